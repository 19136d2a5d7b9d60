"use client";

import { useMemo, type ReactNode } from "react";
import { VoiceProvider, useVoice } from "@humeai/voice-react";
import { messagesFromLive, type ChatMessage, type LiveSocketMessage } from "./transcript";

/**
 * The browser side of Hume EVI, narrowed to what Darasa uses. Audio worklet
 * playback is off: it would load a script from Google's storage host, and
 * clip-by-clip playback works everywhere (including offline tests).
 */
export function LiveVoiceProvider({ children }: { children: ReactNode }) {
  return (
    <VoiceProvider enableAudioWorklet={false} clearMessagesOnDisconnect={false} messageHistoryLimit={400}>
      {children}
    </VoiceProvider>
  );
}

export type LiveCallSettings = {
  accessToken: string;
  hostname: string;
  configId: string | null;
  sessionSettings: { type: "session_settings"; systemPrompt: string; variables: Record<string, string>; customSessionId: string };
};

export function useLiveVoice() {
  const voice = useVoice();
  const metadata = voice.chatMetadata as { chatId?: string; chat_id?: string } | null;
  const messages: ChatMessage[] = useMemo(() => messagesFromLive(voice.messages as unknown as LiveSocketMessage[], null), [voice.messages]);
  return {
    status: voice.status.value,
    error: voice.status.value === "error" ? voice.status.reason : null,
    /** Parsed (camelCase) or, when Hume's schema check failed, raw (snake_case). */
    chatId: metadata?.chatId ?? metadata?.chat_id ?? null,
    messages,
    callDuration: voice.callDurationTimestamp,
    isMuted: voice.isMuted,
    mute: voice.mute,
    unmute: voice.unmute,
    disconnect: voice.disconnect,
    connect: (call: LiveCallSettings) =>
      voice.connect({
        auth: { type: "accessToken", value: call.accessToken },
        hostname: call.hostname,
        ...(call.configId ? { configId: call.configId } : {}),
        sessionSettings: call.sessionSettings,
      }),
  };
}
