"use client";

import Link from "next/link";
import { useActionState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { ActionResult } from "@/lib/result";
import { planSummaries } from "../plans";
import { updateSettingsAction } from "../settingsAction";
import { ActionForm } from "@/components/ui/action-form";

type Props = {
  name: string;
  plan: "free" | "pro";
  aiProvider: string | null;
  providers: { id: string; label: string }[];
  canChangePlan: boolean;
  webhookUrl: string | null;
  webhookSecret: string | null;
};

export function SettingsForm({ name, plan, aiProvider, providers, canChangePlan, webhookUrl, webhookSecret }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<null> | null, FormData>(updateSettingsAction, null);
  const nameError = state && !state.success ? state.error.fieldErrors?.name?.[0] : undefined;
  const webhookError = state && !state.success ? state.error.fieldErrors?.webhookUrl?.[0] : undefined;
  return (
    <ActionForm action={formAction} className="grid gap-6">
      <FormField id="name" label="Display name" error={nameError}>
        <Input id="name" name="name" defaultValue={name} maxLength={80} required aria-invalid={nameError ? true : undefined} />
      </FormField>
      {canChangePlan ? (
        <FormField
          id="plan"
          label="Plan (local mode)"
          hint={`${planSummaries.free} ${planSummaries.pro} In local mode you choose; with Clerk, billing decides.`}
        >
          <Select id="plan" name="plan" defaultValue={plan} aria-describedby="plan-hint">
            <option value="free">Free</option>
            <option value="pro">Pro</option>
          </Select>
        </FormField>
      ) : (
        <p className="text-sm">
          Plan: <strong>{plan === "pro" ? "Pro" : "Free"}</strong> ·{" "}
          <Link href="/app/pricing" className="font-medium text-primary underline-offset-4 hover:underline">
            {plan === "pro" ? "Manage your plan" : "See plans and upgrade"}
          </Link>
        </p>
      )}
      {providers.length > 1 ? (
        <FormField id="aiProvider" label="AI provider" hint="Which engine writes questions and feedback. The others stand by as fallback.">
          <Select id="aiProvider" name="aiProvider" defaultValue={aiProvider ?? "default"} aria-describedby="aiProvider-hint">
            <option value="default">Default ({providers[0]?.label})</option>
            {providers.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </Select>
        </FormField>
      ) : null}
      <FormField
        id="webhookUrl"
        label="Completion webhook (optional)"
        error={webhookError}
        hint={
          webhookSecret
            ? `We POST when a recorded answer's analysis finishes, signed with Standard Webhooks headers (webhook-id, webhook-timestamp, webhook-signature: verify with any Standard Webhooks or svix library) and x-darasa-signature = v1=HMAC-SHA256(secret, "<x-darasa-timestamp>.<body>"). Secret: ${webhookSecret}`
            : "We POST to this URL when a recorded answer's analysis finishes; a signing secret appears here once it is set."
        }
      >
        <Input
          id="webhookUrl"
          name="webhookUrl"
          type="url"
          defaultValue={webhookUrl ?? ""}
          maxLength={500}
          aria-invalid={webhookError ? true : undefined}
          aria-describedby="webhookUrl-hint"
        />
      </FormField>
      {state?.success ? (
        <p role="status" className="text-sm text-success">
          Saved.
        </p>
      ) : state && !state.error.fieldErrors ? (
        <Alert variant="destructive">
          <AlertDescription>{state.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <div>
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : "Save settings"}
        </Button>
      </div>
    </ActionForm>
  );
}
