"use client";

import { useEffect, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Send } from "lucide-react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { producerFromHeaders } from "@/lib/producedStream";
import { COACH_MESSAGE_MAX } from "../schemas";

export type ChatMessage = { id: string; role: "user" | "coach"; content: string; source: "llm" | "insights" | null };

function speaker(message: Pick<ChatMessage, "role" | "source">) {
  if (message.role === "user") return "You";
  return message.source === "insights"
    ? "Coach (offline: rule-based questions about what you wrote, not an AI model)"
    : message.source === "llm"
      ? "Coach (AI model)"
      : "Coach";
}

/** The coaching conversation: the reply streams in, then the page reloads the saved history. */
export function CoachChat({ jobInfoId, initial }: { jobInfoId: string; initial: ChatMessage[] }) {
  const router = useRouter();
  // Shown until the refreshed history (which then includes them) arrives.
  const [pending, setPending] = useState<{ baseline: number; messages: ChatMessage[] }>({ baseline: -1, messages: [] });
  const [reply, setReply] = useState<{ text: string; source: ChatMessage["source"] } | null>(null);
  const [draft, setDraft] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const end = useRef<HTMLLIElement>(null);
  const messages = pending.baseline === initial.length ? [...initial, ...pending.messages] : initial;

  useEffect(() => {
    end.current?.scrollIntoView({ block: "nearest" });
  }, [messages.length, reply]);

  async function send(event: React.FormEvent) {
    event.preventDefault();
    const message = draft.trim();
    if (!message || busy) return;
    setBusy(true);
    setError(null);
    const mine: ChatMessage = { id: `local-${Date.now()}`, role: "user", content: message, source: null };
    setPending({ baseline: initial.length, messages: [mine] });
    setDraft("");
    try {
      const response = await fetch(`/api/job-infos/${jobInfoId}/coach`, {
        method: "POST",
        headers: { "content-type": "application/json" },
        body: JSON.stringify({ message }),
      });
      if (!response.ok || !response.body) {
        const body = (await response.json().catch(() => null)) as { error?: { message: string } } | null;
        setError(body?.error?.message ?? "The coach could not answer. Try again.");
        return;
      }
      // Who answers is named by the server before the first word.
      const source = producerFromHeaders(response.headers)?.kind ?? null;
      setReply({ text: "", source });
      const reader = response.body.pipeThrough(new TextDecoderStream()).getReader();
      let text = "";
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        text += value;
        setReply({ text, source });
      }
      setPending({ baseline: initial.length, messages: [mine, { id: `local-reply-${Date.now()}`, role: "coach", content: text, source }] });
    } catch {
      setError("The server could not be reached. Your message may not have been sent; try again.");
    } finally {
      setBusy(false);
      setReply(null);
      router.refresh();
    }
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
              {error}
            </p>
          ) : null}
        </div>
      </form>
    </div>
  );
}
