"use client";

import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { deleteTakeAction } from "../actions";

export function DeleteTakeButton({ id, back, label }: { id: string; back: string; label: string }) {
  return (
    <ConfirmDeleteButton
      action={deleteTakeAction}
      id={id}
      extraFields={{ back }}
      title={`Delete ${label}?`}
      description="This take's recording, transcript, measures and feedback are deleted. Your other takes stay."
      confirmLabel="Delete take"
      trigger={{ label: "Delete take", ariaLabel: `Delete ${label}`, variant: "ghost", size: "sm" }}
    />
  );
}
