"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ProducerDrafts } from "@/lib/useProducedObject";
import { AnswerForm } from "./AnswerForm";

/** "Answer now" on an unanswered past question, "Answer again" on an answered one: a new attempt, the earlier ones kept. */
export function PastQuestionAnswer({ questionId, answered, drafts }: { questionId: string; answered: boolean; drafts: ProducerDrafts }) {
  const [open, setOpen] = useState(false);
  if (!open) {
    return (
      <div>
        <Button variant={answered ? "outline" : "default"} size="sm" onClick={() => setOpen(true)}>
          {answered ? "Answer again" : "Answer now"}
        </Button>
      </div>
    );
  }
  return <AnswerForm questionId={questionId} drafts={drafts} title={answered ? "A new attempt" : "Your answer"} />;
}
