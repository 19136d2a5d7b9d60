"use client";

import { useId, useRef, useState } from "react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { Label } from "@/components/ui/label";
import { Textarea } from "@/components/ui/textarea";
import { useProducedObject, type ApiFailure, type ProducerDrafts } from "@/lib/useProducedObject";
import { ANSWER_MAX } from "../labels";
import { FeedbackView, type FeedbackDraft } from "./FeedbackView";

export function ErrorNotice({ failure }: { failure: ApiFailure }) {
  return (
    <Alert variant="destructive">
      <AlertDescription>
        {failure.message}{" "}
        {failure.code === "QUOTA_EXCEEDED" ? (
          <Link href="/app/settings" className="font-medium underline">
            See plans
          </Link>
        ) : null}
      </AlertDescription>
    </Alert>
  );
}

/**
 * An answer to one question, graded as it streams (POST /api/questions/:id/feedback).
 * Used for a new question and for a past one (answered later or again: each
 * submission is a new attempt, earlier ones are kept); the page refreshes once
 * the feedback is saved, so the past-questions list shows the new attempt.
 * `drafts`: the producers' feedback schemas (`feedbackDrafts()` in ../schemas).
 */
export function AnswerForm({ questionId, drafts, title = "Your answer" }: { questionId: string; drafts: ProducerDrafts; title?: string }) {
  const router = useRouter();
  const [answer, setAnswer] = useState("");
  const [invalid, setInvalid] = useState<ApiFailure | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const fieldId = useId();
  const {
    object,
    producer,
    submit,
    isLoading,
    failure: streamFailure,
  } = useProducedObject({
    api: `/api/questions/${questionId}/feedback`,
    drafts,
    onFinish: () => router.refresh(),
  });
  const failure = invalid ?? streamFailure;
  const feedback = object as FeedbackDraft | undefined;

  return (
    <Card>
      <CardHeader>
        <CardTitle as="h2">{title}</CardTitle>
      </CardHeader>
      <CardContent className="grid gap-4">
        <form
          ref={formRef}
          className="grid gap-3"
          onSubmit={(event) => {
            event.preventDefault();
            if (!answer.trim()) {
              setInvalid({ code: "VALIDATION_FAILED", message: "Write your answer first." });
              return;
            }
            setInvalid(null);
            void submit({ answer });
          }}
        >
          <Label htmlFor={fieldId}>Answer (Ctrl+Enter to submit)</Label>
          <Textarea
            id={fieldId}
            value={answer}
            onChange={(e) => setAnswer(e.target.value)}
            onKeyDown={(e) => {
              if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) formRef.current?.requestSubmit();
            }}
            rows={10}
            maxLength={ANSWER_MAX}
            aria-describedby={`${fieldId}-hint`}
          />
          <p id={`${fieldId}-hint`} className="text-sm text-muted-foreground">
            Answer as you would out loud: explain your reasoning, give an example. {answer.length.toLocaleString("en")}/{ANSWER_MAX.toLocaleString("en")}
          </p>
          <div>
            <Button type="submit" disabled={isLoading}>
              {isLoading ? "Grading…" : feedback ? "Grade again" : "Get feedback"}
            </Button>
          </div>
        </form>
        {failure ? <ErrorNotice failure={failure} /> : null}
        {producer ? (
          <section aria-live="polite" aria-label="Feedback" className="border-t border-border pt-4">
            {/* The label comes from the server with the first token; the feedback fills in below it. */}
            <FeedbackView feedback={feedback ?? {}} source={producer.kind} modelLabel={producer.label} />
          </section>
        ) : null}
      </CardContent>
    </Card>
  );
}
