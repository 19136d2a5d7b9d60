import { selectAdapters, type AdapterEnv } from "@/config/adapters";
import type { PrivacyFacts } from "./components/PrivacySummary";

/** Which outside services this server's configuration sends user data to, and what each receives. */
export function privacyFacts(env: AdapterEnv, cloudRecognition: boolean): PrivacyFacts {
  const adapters = selectAdapters(env);
  const vendors: PrivacyFacts["vendors"] = [];
  if (adapters.auth === "clerk") vendors.push({ name: "Clerk (sign-in)", receives: "your name and e-mail address." });
  if (env.GOOGLE_GENERATIVE_AI_API_KEY)
    vendors.push({
      name: "Google Gemini",
      receives: "job descriptions, your answers and transcripts, resumes you ask it to analyse, coach messages; recordings when it transcribes.",
    });
  if (env.OPENAI_COMPATIBLE_BASE_URL)
    vendors.push({
      name: `The AI server at ${new URL(env.OPENAI_COMPATIBLE_BASE_URL).host}`,
      receives: "job descriptions, your answers and transcripts, resumes you ask it to analyse, coach messages.",
    });
  if (env.STT_BASE_URL) vendors.push({ name: `The speech-to-text server at ${new URL(env.STT_BASE_URL).host}`, receives: "the recordings of your answers." });
  if (env.TTS_BASE_URL)
    vendors.push({
      name: `The text-to-speech server at ${new URL(env.TTS_BASE_URL).host}`,
      receives: "the interviewer's questions (and your name in the greeting).",
    });
  if (adapters.voice === "hume")
    vendors.push({
      name: "Hume (live interviews)",
      receives:
        "the audio and transcript of your live calls, kept in its chat history; Darasa cannot delete that copy (Hume's API has no call for it), and Hume deletes all account data after its service ended on 13 November 2026.",
    });
  if (adapters.storage === "s3") vendors.push({ name: "Object storage", receives: "your resume files and recordings." });
  return { database: adapters.database, storage: adapters.storage, vendors, cloudRecognition };
}
