"use client";

import { Download } from "lucide-react";
import { ConfirmDeleteButton } from "@/components/shell/ConfirmDeleteButton";
import { buttonVariants } from "@/components/ui/button";
import { deleteAccountAction } from "../actions";

export function AccountDataSection({ userId }: { userId: string }) {
  return (
    <section aria-labelledby="data-heading" className="grid gap-3 border-t border-border pt-6">
      <h2 id="data-heading" className="text-lg font-semibold">
        Your data
      </h2>
      <p className="text-sm text-muted-foreground">
        Download everything you have in Darasa as JSON, or delete your account with all its jobs, answers, resumes and recordings.
      </p>
      <div className="flex flex-wrap gap-2">
        <a href="/api/account/export" className={buttonVariants({ variant: "outline" })} download>
          <Download aria-hidden className="size-4" /> Export my data
        </a>
        <ConfirmDeleteButton
          action={deleteAccountAction}
          id={userId}
          title="Delete your account and all your data?"
          description="Jobs, questions, resume analyses, interviews, uploaded files and recordings are deleted for good. Export them first if you want a copy."
          confirmLabel="Delete my account"
          trigger={{ label: "Delete my account", variant: "outline" }}
        />
      </div>
    </section>
  );
}
