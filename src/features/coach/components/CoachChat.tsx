"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { useTextCompletion } from "@/lib/useTextCompletion";
import { coachErrorMessage, coachReplyFetch } from "../replyRequest";
import { COACH_MESSAGE_MAX } from "../limits";

export type ChatMessage = { id: string; role: "user" | "coach"; content: string; source: "llm" | "insights" | null };

function speaker(message: Pick<ChatMessage, "role" | "source">) {
  if (message.role === "user") return "You";
  return message.source === "insights"
    ? "Coach (offline: rule-based questions about what you wrote, not an AI model)"
    : message.source === "llm"
      ? "Coach (AI model)"
      : "Coach";
}

/**
 * The coaching conversation: the reply streams in (`useTextCompletion`, plain
 * text), then the page reloads the saved history.
 */
export function CoachChat({ jobInfoId, initial }: { jobInfoId: string; initial: ChatMessage[] }) {
  const router = useRouter();
  // Shown until the refreshed history (which then includes them) arrives; `replying` names who is writing the
  // streamed reply, known from the response headers before the first word (null until they arrive).
  const [pending, setPending] = useState<{ baseline: number; messages: ChatMessage[]; replying: { source: ChatMessage["source"] } | null }>({
    baseline: -1,
    messages: [],
    replying: null,
  });
  // useTextCompletion posts `{ prompt }`; the request is adapted to the route (`{ message }`, producer headers, error envelope).
  const fetchReply = useMemo(() => coachReplyFetch((kind) => setPending((p) => ({ ...p, replying: { source: kind } }))), []);
  const {
    completion,
    complete,
    error,
    input: draft,
    setInput: setDraft,
    isLoading: busy,
  } = useTextCompletion({ api: `/api/job-infos/${jobInfoId}/coach`, fetch: fetchReply });
  const end = useRef<HTMLLIElement>(null);
  const messages = pending.baseline === initial.length ? [...initial, ...pending.messages] : initial;
  const reply = pending.replying ? { text: completion, source: pending.replying.source } : null;

  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [messages.length, completion, pending.replying]);

  async function send(event: { preventDefault: () => void }) {
    event.preventDefault();
    const message = draft.trim();
    if (!message || busy) return;
    const mine: ChatMessage = { id: `local-${Date.now()}`, role: "user", content: message, source: null };
    setPending({ baseline: initial.length, messages: [mine], replying: null });
    setDraft("");
    // The reply's text, or undefined when the request failed (the error is in `error`).
    const text = await complete(message);
    const id = `local-reply-${Date.now()}`;
    setPending((p) => ({
      baseline: p.baseline,
      messages: typeof text === "string" ? [...p.messages, { id, role: "coach", content: text, source: p.replying?.source ?? null }] : p.messages,
      replying: null,
    }));
    router.refresh();
  }

  return (
    <div className="grid gap-4">
      <ol
        className="grid max-h-[60vh] gap-3 overflow-y-auto rounded-xl border border-border p-4"
        aria-label="Conversation with the coach"
        data-testid="coach-conversation"
      >
        {messages.length === 0 && reply === null ? (
          <li className="text-sm text-muted-foreground">
            Say hello, or tell the coach what you want to work on. It answers with questions that help you find your own answers.
          </li>
        ) : null}
        {messages.map((m) => (
          <li key={m.id} className={m.role === "user" ? "justify-self-end rounded-lg bg-primary/10 p-3" : "rounded-lg bg-muted p-3"}>
            <p className="text-xs font-medium text-muted-foreground">{speaker(m)}</p>
            <p className="whitespace-pre-wrap">{m.content}</p>
          </li>
        ))}
        {reply !== null ? (
          <li className="rounded-lg bg-muted p-3" aria-live="polite" data-testid="coach-reply">
            <p className="text-xs font-medium text-muted-foreground">{speaker({ role: "coach", source: reply.source })}</p>
            <p className="whitespace-pre-wrap">{reply.text}</p>
          </li>
        ) : null}
        <li ref={end} aria-hidden className="h-0" />
      </ol>
      <form onSubmit={send} className="grid gap-2">
        <label htmlFor="coach-message" className="text-sm font-medium">
          Your message
        </label>
        <Textarea
          id="coach-message"
          value={draft}
          onChange={(e) => setDraft(e.target.value)}
          maxLength={COACH_MESSAGE_MAX}
          rows={3}
          onKeyDown={(e) => {
            if (e.key === "Enter" && (e.metaKey || e.ctrlKey)) void send(e);
          }}
        />
        <div className="flex items-center gap-3">
          <Button type="submit" disabled={busy || !draft.trim()}>
            <Send aria-hidden className="size-4" /> {busy ? "Coach is replying…" : "Send"}
          </Button>
          {error ? (
            <p role="alert" className="text-sm text-destructive">
              {coachErrorMessage(error)}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  );
}
