"use client";

import { useActionState } from "react";
import { Trash2 } from "lucide-react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import { ActionForm } from "@/components/ui/action-form";
import type { ActionResult } from "@/lib/result";

type DeleteAction = (previous: ActionResult<unknown> | null, formData: FormData) => Promise<ActionResult<unknown>>;

type Props = {
  action: DeleteAction;
  id: string;
  /** Other hidden fields the action needs (never trusted for authorisation). */
  extraFields?: Record<string, string>;
  title: string;
  description: string;
  confirmLabel: string;
  trigger?: { label: string; ariaLabel?: string; variant?: "outline" | "ghost"; size?: "sm" | "default" };
};

/** A delete button that asks for confirmation and posts the record id to a server action. */
export function ConfirmDeleteButton({ action, id, extraFields, title, description, confirmLabel, trigger }: Props) {
  const [state, formAction, pending] = useActionState<ActionResult<unknown> | null, FormData>(action, null);
  const failure = state && !state.success ? state.error : null;
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant={trigger?.variant ?? "outline"} size={trigger?.size ?? "default"} aria-label={trigger?.ariaLabel}>
          <Trash2 aria-hidden className="size-4" /> {trigger?.label ?? "Delete"}
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <ActionForm action={formAction}>
          <input type="hidden" name="id" value={id} />
          {Object.entries(extraFields ?? {}).map(([name, value]) => (
            <input key={name} type="hidden" name={name} value={value} />
          ))}
          <AlertDialogHeader>
            <AlertDialogTitle>{title}</AlertDialogTitle>
            <AlertDialogDescription>{description}</AlertDialogDescription>
          </AlertDialogHeader>
          {failure ? (
            <p role="alert" className="mt-3 text-sm text-destructive">
              {failure.message}
            </p>
          ) : null}
          <AlertDialogFooter className="mt-6">
            <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" disabled={pending}>
              {pending ? "Deleting…" : confirmLabel}
            </Button>
          </AlertDialogFooter>
        </ActionForm>
      </AlertDialogContent>
    </AlertDialog>
  );
}
