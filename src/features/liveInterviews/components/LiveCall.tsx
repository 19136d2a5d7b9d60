"use client";

import { useEffect, useMemo, useRef, useState } from "react";
import { useRouter } from "next/navigation";
import { Mic, MicOff, PhoneOff } from "lucide-react";
import { Button } from "@/components/ui/button";
import { formatClock } from "@/lib/format";
import { condenseMessages } from "@/services/hume/transcript";
import { LiveVoiceProvider, useLiveVoice } from "@/services/hume/voice";
import { postJson } from "../liveApi";
import type { LiveSession } from "../service";

const ATTACH_ATTEMPTS = 4;

type Props = {
  jobInfoId: string;
  session: LiveSession;
  /** The call cannot go on: the room shows the message instead. */
  onError: (message: string, interviewId: string) => void;
};

/**
 * The live call with Hume's interviewer, from connecting to saving it. Loaded
 * by LiveInterviewRoom only once the interview starts (next/dynamic): Hume's
 * voice SDK (about 80 kB gzip) is not part of the page's first load.
 */
export default function LiveCall(props: Props) {
  return (
    <LiveVoiceProvider>
      <Call {...props} />
    </LiveVoiceProvider>
  );
}

function Call({ jobInfoId, session, onError }: Props) {
  const router = useRouter();
  const voice = useLiveVoice();
  const interviewId = session.interviewId;
  const [ending, setEnding] = useState(false);
  const [attach, setAttach] = useState<"pending" | "verified" | "refused">("pending");
  const attachedChat = useRef<string | null>(null);
  const ended = useRef(false);
  const connecting = useRef(false);

  // Connect as soon as the call is shown (the room created the session on the user's click).
  useEffect(() => {
    if (connecting.current) return;
    connecting.current = true;
    voice.connect(session).catch((error: unknown) => onError(`The call could not start: ${(error as Error).message}`, interviewId));
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Attach the chat id as soon as Hume announces it; the server verifies it with Hume.
  const chatId = voice.chatId;
  useEffect(() => {
    if (!chatId || attachedChat.current === chatId) return;
    attachedChat.current = chatId;
    void (async () => {
      // The provider may be briefly unreachable: the call goes on while we try again.
      for (let attempt = 1; ; attempt++) {
        const result = await postJson(`/api/live-interviews/${interviewId}/chat`, { chatId });
        if (result.success) return setAttach("verified");
        const transient = result.error.code === "VOICE_UNAVAILABLE" || result.error.code === "NETWORK";
        if (!transient || attempt >= ATTACH_ATTEMPTS) {
          setAttach("refused");
          void voice.disconnect();
          return onError(result.error.message, interviewId);
        }
        await new Promise((resolve) => setTimeout(resolve, 3000));
      }
    })();
  }, [chatId, interviewId, voice, onError]);

  async function end() {
    if (ended.current) return;
    ended.current = true;
    setEnding(true);
    await voice.disconnect();
    const result = await postJson(`/api/live-interviews/${interviewId}/analysis`);
    if (!result.success && result.error.code !== "NO_CALL") {
      onError(result.error.message, interviewId);
      return;
    }
    router.push(result.success ? `/app/job-infos/${jobInfoId}/interviews/live/${interviewId}` : `/app/job-infos/${jobInfoId}/interviews`);
  }

  // Hume (or the network) closed the call: analyse what was recorded.
  const status = voice.status;
  useEffect(() => {
    if (status === "disconnected" && attach === "verified" && !ended.current) void end();
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [status, attach]);

  const turns = useMemo(() => condenseMessages(voice.messages), [voice.messages]);
  const voiceError = voice.error;

  const connected = status === "connected";
  return (
    <div className="grid gap-5">
      <div className="flex flex-wrap items-center justify-between gap-3 rounded-xl border border-border bg-card p-4">
        <p className="text-sm" aria-live="polite">
          {ending
            ? "Ending the call and saving it…"
            : connected
              ? attach === "verified"
                ? "Connected: the interview is being recorded."
                : "Connected: checking the call with the voice provider…"
              : voiceError
                ? `The call failed: ${voiceError}`
                : "Connecting to the interviewer…"}
        </p>
        <span className="font-mono text-sm tabular-nums" aria-label="Call time">
          {voice.callDuration ?? "00:00:00"}
        </span>
      </div>
      <section aria-labelledby="live-transcript" className="grid gap-2">
        <h2 id="live-transcript" className="text-lg font-semibold">
          Transcript
        </h2>
        <ol
          aria-live="polite"
          aria-relevant="additions text"
          className="grid max-h-[50vh] gap-3 overflow-y-auto rounded-xl border border-border p-4"
          data-testid="live-transcript"
        >
          {turns.length === 0 ? <li className="text-sm text-muted-foreground">The conversation will appear here as you talk.</li> : null}
          {turns.map((t, i) => (
            <li key={i} className={t.speaker === "candidate" ? "justify-self-end rounded-lg bg-primary/10 p-3" : "rounded-lg bg-muted p-3"}>
              <p className="text-xs font-medium text-muted-foreground">
                {t.speaker === "candidate" ? "You" : "Interviewer"}
                {t.speaker === "candidate" && t.firstAtMs > 0 ? ` · ${formatClock(t.firstAtMs)}` : ""}
              </p>
              <p>{t.text}</p>
            </li>
          ))}
        </ol>
      </section>
      <div className="flex flex-wrap gap-2">
        <Button
          type="button"
          variant="outline"
          onClick={() => (voice.isMuted ? voice.unmute() : voice.mute())}
          disabled={!connected}
          aria-pressed={voice.isMuted}
        >
          {voice.isMuted ? <MicOff aria-hidden /> : <Mic aria-hidden />} {voice.isMuted ? "Unmute" : "Mute"}
        </Button>
        <Button type="button" variant="destructive" onClick={end} disabled={ending}>
          <PhoneOff aria-hidden /> End interview
        </Button>
      </div>
    </div>
  );
}
