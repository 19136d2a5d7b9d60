"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card";
import { questionDifficulties } from "@/lib/domainValues";
import { producerFromHeaders, type ProducerInfo } from "@/lib/producedStream";
import { readApiFailure, type ApiFailure, type ProducerDrafts } from "@/lib/useProducedObject";
import { difficultyLabels, questionKindChoices, questionKindLabels, type QuestionKindChoice } from "../labels";
import { AnswerForm, ErrorNotice } from "./AnswerForm";

/** Who wrote the question, as the server said before its first word. */
function questionAuthor(producer: ProducerInfo | null) {
  if (!producer) return null;
  return producer.kind === "insights"
    ? "From Darasa's question bank, chosen by the offline insights engine (not an AI model)"
    : `Written by an AI model${producer.label ? ` (${producer.label})` : ""}`;
}

/** A row of radio buttons styled as chips. */
function RadioChips<T extends string>(props: {
  legend: string;
  name: string;
  options: readonly T[];
  labels: Record<T, string>;
  value: T;
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="grid gap-2">
      <legend className="mb-1 text-sm font-medium">{props.legend}</legend>
      <div className="flex flex-wrap gap-2">
        {props.options.map((option) => (
          <label
            key={option}
            className="flex cursor-pointer items-center gap-2 rounded-md border border-border px-3 py-2 text-sm has-[:checked]:border-primary has-[:checked]:bg-primary/10 has-[:focus-visible]:ring-2 has-[:focus-visible]:ring-ring"
          >
            <input
              type="radio"
              name={props.name}
              value={option}
              checked={props.value === option}
              onChange={() => props.onChange(option)}
              className="accent-[var(--color-primary)]"
            />
            {props.labels[option]}
          </label>
        ))}
      </div>
    </fieldset>
  );
}

/**
 * `allowance`: what the plan's month has left (features/users/plans.ts), said
 * before the click; null when the plan has no limit. The page is refreshed
 * after each new question so the number stays true.
 */
export function QuestionPractice({
  jobInfoId,
  engineLabel,
  allowance,
  drafts,
}: {
  jobInfoId: string;
  engineLabel: string;
  allowance: { text: string; exhausted: boolean } | null;
  /** The producers' feedback schemas for the answer form (`feedbackDrafts()` in ../schemas). */
  drafts: ProducerDrafts;
}) {
  const router = useRouter();
  const [difficulty, setDifficulty] = useState<(typeof questionDifficulties)[number]>("medium");
  const [kind, setKind] = useState<QuestionKindChoice>("any");
  const [question, setQuestion] = useState<{ id: string; text: string; done: boolean; producer: ProducerInfo | null } | null>(null);
  const [failure, setFailure] = useState<ApiFailure | null>(null);
  const [generating, setGenerating] = useState(false);

  async function generate() {
    setGenerating(true);
    setFailure(null);
    setQuestion(null);
    try {
      const response = await fetch(`/api/job-infos/${jobInfoId}/questions`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ difficulty, kind }),
      });
      if (!response.ok || !response.body) {
        setFailure(await readApiFailure(response));
        return;
      }
      const id = response.headers.get("x-question-id") ?? "";
      const producer = producerFromHeaders(response.headers);
      setQuestion({ id, text: "", done: false, producer });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let text = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += value;
        setQuestion({ id, text, done: false, producer });
      }
      setQuestion({ id, text: text.trim(), done: true, producer });
    } catch {
      setFailure({ code: "NETWORK", message: "The connection dropped while the question was written. Please try again." });
    } finally {
      setGenerating(false);
      // The month's count changed (or was refused): the page says the new number.
      if (allowance) router.refresh();
    }
  }

  return (
    <div className="grid gap-6">
      <Card>
        <CardHeader>
          <CardTitle as="h2">New question</CardTitle>
          <p className="text-sm text-muted-foreground">{engineLabel}</p>
        </CardHeader>
        <CardContent className="grid gap-4">
          <RadioChips
            legend="Difficulty"
            name="difficulty"
            options={questionDifficulties}
            labels={difficultyLabels}
            value={difficulty}
            onChange={setDifficulty}
          />
          <RadioChips legend="Kind" name="kind" options={questionKindChoices} labels={questionKindLabels} value={kind} onChange={setKind} />
          {allowance ? (
            <p className="text-sm" data-testid="question-allowance">
              {allowance.text}
              {allowance.exhausted ? (
                <>
                  {" "}
                  <Link href="/app/pricing" className="font-medium text-primary underline-offset-4 hover:underline">
                    See plans
                  </Link>
                </>
              ) : null}
            </p>
          ) : null}
          <div>
            <Button onClick={generate} disabled={generating}>
              {generating ? "Writing a question…" : question ? "Another question" : "Generate question"}
            </Button>
          </div>
          {failure ? <ErrorNotice failure={failure} /> : null}
          {question ? (
            <div aria-live="polite" className="rounded-lg border border-border bg-muted/50 p-4">
              <h3 className="mb-1 text-sm font-medium text-muted-foreground">Question</h3>
              <p className="whitespace-pre-wrap text-base" data-testid="question-text">
                {question.text}
              </p>
              {question.producer ? (
                <p className="mt-2 text-xs text-muted-foreground" data-testid="question-producer">
                  {questionAuthor(question.producer)}
                </p>
              ) : null}
            </div>
          ) : null}
        </CardContent>
      </Card>
      {question?.done && question.id ? <AnswerForm key={question.id} questionId={question.id} drafts={drafts} /> : null}
    </div>
  );
}
