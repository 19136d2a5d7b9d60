"use client";

import type { ComponentProps } from "react";
import { submitWithoutReset } from "@/lib/formSubmit";

type ActionFormProps = Omit<ComponentProps<"form">, "action" | "onSubmit"> & {
  /** The dispatcher returned by `useActionState`. */
  action: (formData: FormData) => void;
};

/**
 * The one way this app renders a form bound to a server action: it posts to
 * the action without JavaScript, and with JavaScript it submits without React
 * 19's automatic reset, so every field keeps what the user typed after an
 * error and shows the saved value after a success.
 */
export function ActionForm({ action, ...props }: ActionFormProps) {
  return <form {...props} action={action} onSubmit={submitWithoutReset(action)} />;
}
