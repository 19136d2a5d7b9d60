"use client";

import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { deleteQuestionAction } from "../actions";

export function DeleteQuestionButton({ id }: { id: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteQuestionAction}
      id={id}
      title="Delete this question?"
      description="The question, your answer and its feedback will be deleted."
      confirmLabel="Delete"
      trigger={{ label: "Delete", ariaLabel: "Delete this question", variant: "ghost", size: "sm" }}
    />
  );
}
