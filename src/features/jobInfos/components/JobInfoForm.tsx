"use client";

import { useActionState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField, describedBy } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { Textarea } from "@/components/ui/textarea";
import { experienceLevels } from "@/lib/domainValues";
import { createJobInfoAction, updateJobInfoAction, type JobInfoFormState } from "../actions";
import { experienceLevelLabels, JOB_LIMITS } from "../labels";
import { ActionForm } from "@/components/ui/action-form";

type Defaults = { id: string; name: string; title: string | null; experienceLevel: string; description: string };

const hints = {
  name: "For you: e.g. “Acme backend role”.",
  description: `Paste the posting: responsibilities, skills, stack. Up to ${JOB_LIMITS.description.toLocaleString("en")} characters.`,
};

export function JobInfoForm({ jobInfo }: { jobInfo?: Defaults }) {
  const [state, formAction, pending] = useActionState<JobInfoFormState, FormData>(jobInfo ? updateJobInfoAction : createJobInfoAction, null);
  const errors = state && !state.success ? (state.error.fieldErrors ?? {}) : {};
  const error = (field: string) => errors[field]?.[0];
  const field = (name: string, hint?: string) => ({
    id: name,
    name,
    "aria-invalid": error(name) ? true : undefined,
    "aria-describedby": describedBy(name, { error: error(name), hint }),
  });

  return (
    <ActionForm action={formAction} className="grid gap-6" noValidate>
      {jobInfo ? <input type="hidden" name="id" value={jobInfo.id} /> : null}
      {state && !state.success && !state.error.fieldErrors ? (
        <Alert variant="destructive">
          <AlertDescription>{state.error.message}</AlertDescription>
        </Alert>
      ) : null}
      <FormField id="name" label="Name" error={error("name")} hint={hints.name}>
        <Input {...field("name", hints.name)} defaultValue={jobInfo?.name} maxLength={JOB_LIMITS.name} required autoComplete="off" />
      </FormField>
      <div className="grid gap-6 sm:grid-cols-2">
        <FormField id="title" label="Job title (optional)" error={error("title")}>
          <Input {...field("title")} defaultValue={jobInfo?.title ?? ""} maxLength={JOB_LIMITS.title} autoComplete="off" />
        </FormField>
        <FormField id="experienceLevel" label="Experience level" error={error("experienceLevel")}>
          <Select {...field("experienceLevel")} defaultValue={jobInfo?.experienceLevel ?? "mid-level"} required>
            {experienceLevels.map((level) => (
              <option key={level} value={level}>
                {experienceLevelLabels[level]}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <FormField id="description" label="Job description" error={error("description")} hint={hints.description}>
        <Textarea {...field("description", hints.description)} defaultValue={jobInfo?.description} maxLength={JOB_LIMITS.description} rows={12} required />
      </FormField>
      <div className="flex gap-3">
        <Button type="submit" disabled={pending}>
          {pending ? "Saving…" : jobInfo ? "Save changes" : "Create job"}
        </Button>
      </div>
    </ActionForm>
  );
}
