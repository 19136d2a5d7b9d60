"use client";

import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { deleteInterviewAction } from "../actions";

export function DeleteInterviewButton({ id, jobInfoId }: { id: string; jobInfoId: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteInterviewAction}
      id={id}
      extraFields={{ jobInfoId }}
      title="Delete this recorded interview?"
      description="Every recording, transcript, measure and piece of feedback of this interview is deleted."
      confirmLabel="Delete"
    />
  );
}
