"use client";

import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { deleteQuestionAction } from "../actions";

/** `description` says what deleting does to the monthly count (permissions.ts#deleteQuestionDescription). */
export function DeleteQuestionButton({ id, description }: { id: string; description: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteQuestionAction}
      id={id}
      title="Delete this question?"
      description={description}
      confirmLabel="Delete"
      trigger={{ label: "Delete", ariaLabel: "Delete this question", variant: "ghost", size: "sm" }}
    />
  );
}
