"use client";

import { useActionState } from "react";
import { Trash2 } from "lucide-react";
import {
  AlertDialog,
  AlertDialogCancel,
  AlertDialogContent,
  AlertDialogDescription,
  AlertDialogFooter,
  AlertDialogHeader,
  AlertDialogTitle,
  AlertDialogTrigger,
} from "@/components/ui/alert-dialog";
import { Button } from "@/components/ui/button";
import type { ActionResult } from "@/lib/result";
import { deleteQuestionAction } from "../actions";

export function DeleteQuestionButton({ id }: { id: string }) {
  const [state, formAction, pending] = useActionState<ActionResult<null> | null, FormData>(deleteQuestionAction, null);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="ghost" size="sm" aria-label="Delete this question">
          <Trash2 aria-hidden className="size-4" /> Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form action={formAction}>
          <input type="hidden" name="id" value={id} />
          <AlertDialogHeader>
            <AlertDialogTitle>Delete this question?</AlertDialogTitle>
            <AlertDialogDescription>The question, your answer and its feedback will be deleted.</AlertDialogDescription>
          </AlertDialogHeader>
          {state && !state.ok ? (
            <p role="alert" className="mt-3 text-sm text-destructive">
              {state.message}
            </p>
          ) : null}
          <AlertDialogFooter className="mt-6">
            <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" disabled={pending}>
              {pending ? "Deleting…" : "Delete"}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
