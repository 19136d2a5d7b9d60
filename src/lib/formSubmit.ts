"use client";

import { startTransition, type FormEvent } from "react";

/**
 * Submits a form to a server action without React 19's automatic form reset
 * (which puts uncontrolled fields, and the DOM value of controlled selects,
 * back to their defaults after every action): the fields keep what the user
 * chose, on success and on error. Use with `action={formAction}` on the same
 * form: without JavaScript the form still posts to the action.
 */
export function submitWithoutReset(formAction: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const formData = new FormData(event.currentTarget);
    startTransition(() => formAction(formData));
  };
}
