"use client";

import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { deleteResumeAnalysisAction } from "../actions";

export function DeleteResumeAnalysisButton({ id, jobInfoId }: { id: string; jobInfoId: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteResumeAnalysisAction}
      id={id}
      extraFields={{ jobInfoId }}
      title="Delete this analysis?"
      description="The analysis and the uploaded file are deleted."
      confirmLabel="Delete"
    />
  );
}
