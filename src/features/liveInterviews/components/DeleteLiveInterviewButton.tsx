"use client";

import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { deleteLiveInterviewAction } from "../actions";

export function DeleteLiveInterviewButton({ id, jobInfoId }: { id: string; jobInfoId: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteLiveInterviewAction}
      id={id}
      extraFields={{ jobInfoId }}
      title="Delete this live interview?"
      description="The transcript, measures and feedback are deleted from Darasa."
      confirmLabel="Delete"
    />
  );
}
