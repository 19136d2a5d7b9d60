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
import { deleteJobInfoAction, type JobInfoFormState } from "../actions";

export function DeleteJobInfoButton({ id, name }: { id: string; name: string }) {
  const [state, formAction, pending] = useActionState<JobInfoFormState, FormData>(deleteJobInfoAction, null);
  return (
    <AlertDialog>
      <AlertDialogTrigger asChild>
        <Button variant="outline">
          <Trash2 aria-hidden className="size-4" /> Delete
        </Button>
      </AlertDialogTrigger>
      <AlertDialogContent>
        <form action={formAction}>
          <input type="hidden" name="id" value={id} />
          <AlertDialogHeader>
            <AlertDialogTitle>Delete “{name}”?</AlertDialogTitle>
            <AlertDialogDescription>
              This deletes the job and everything practised for it. It cannot be undone.
            </AlertDialogDescription>
          </AlertDialogHeader>
          {state && !state.ok ? (
            <p role="alert" className="mt-3 text-sm text-destructive">
              {state.message}
            </p>
          ) : null}
          <AlertDialogFooter className="mt-6">
            <AlertDialogCancel type="button">Cancel</AlertDialogCancel>
            <Button type="submit" variant="destructive" disabled={pending}>
              {pending ? "Deleting…" : "Delete job"}
            </Button>
          </AlertDialogFooter>
        </form>
      </AlertDialogContent>
    </AlertDialog>
  );
}
