"use client";

import { useActionState, useState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { updateSpeakingProfileAction, type SpeakingProfileState } from "../speakingProfileActions";
import { ActionForm } from "@/components/ui/action-form";

/**
 * Speaking profile: which English variety recognition listens for, and
 * whether the browser may send recordings to its vendor's recognition
 * service when it cannot recognise on the device. Controlled fields, so the
 * form shows what was saved without a reload.
 */
export function SpeakingProfileForm({
  speechLanguage,
  cloudRecognition,
  extraFillers,
  languages,
}: {
  speechLanguage: string;
  cloudRecognition: boolean;
  extraFillers: string[];
  languages: readonly { tag: string; label: string }[];
}) {
  const [state, formAction, pending] = useActionState<SpeakingProfileState | null, FormData>(updateSpeakingProfileAction, null);
  const [language, setLanguage] = useState(speechLanguage);
  const [cloud, setCloud] = useState(cloudRecognition);
  const [fillers, setFillers] = useState(extraFillers.join(", "));
  const fillersError = state && !state.success ? state.error.fieldErrors?.extraFillers?.[0] : undefined;
  return (
    <ActionForm action={formAction} className="grid gap-4" aria-labelledby="speaking-profile-heading">
      <h2 id="speaking-profile-heading" className="text-lg font-semibold">
        Speaking profile
      </h2>
      <FormField id="speechLanguage" label="Language and accent" hint="Speech recognition listens for this variety of English.">
        <Select id="speechLanguage" name="speechLanguage" value={language} onChange={(e) => setLanguage(e.target.value)} aria-describedby="speechLanguage-hint">
          {languages.map((l) => (
            <option key={l.tag} value={l.tag}>
              {l.label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField
        id="extraFillers"
        label="Your own filler words"
        error={fillersError}
        hint="Comma-separated words or two-word phrases you tend to repeat (e.g. basically, you know, na). They are counted and highlighted with the usual ones (um, uh, like…)."
      >
        <Input
          id="extraFillers"
          name="extraFillers"
          value={fillers}
          onChange={(e) => setFillers(e.target.value)}
          maxLength={400}
          aria-invalid={fillersError ? true : undefined}
          aria-describedby="extraFillers-hint"
        />
      </FormField>
      <label className="flex items-start gap-2 text-sm">
        <input type="checkbox" name="cloudRecognition" value="on" checked={cloud} onChange={(e) => setCloud(e.target.checked)} className="mt-1" />
        <span>
          Live captions through my browser&apos;s online recognition service. When your browser cannot recognise speech on this device, it sends the audio of
          your answers to its vendor (Google for Chrome and Edge) to turn it into text. Darasa never sends it anywhere itself.
        </span>
      </label>
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
        <Button type="submit" variant="outline" disabled={pending}>
          {pending ? "Saving…" : "Save speaking profile"}
        </Button>
      </div>
    </ActionForm>
  );
}
