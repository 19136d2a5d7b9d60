"use client";

import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { deleteJobInfoAction } from "../actions";

export function DeleteJobInfoButton({ id, name }: { id: string; name: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteJobInfoAction}
      id={id}
      title={`Delete “${name}”?`}
      description="This deletes the job and everything practised for it. It cannot be undone, and its questions already counted against a monthly limit stay counted."
      confirmLabel="Delete job"
    />
  );
}
