import { env } from "@/config/env";
import { selectAdapters } from "@/config/adapters";
import { AccountDataSection } from "@/features/account/components/AccountDataSection";
import { PrivacySummary, type PrivacyFacts } from "@/features/account/components/PrivacySummary";
import { getCachedUserDataCounts } from "@/features/account/dbCache";
import { SettingsForm } from "@/features/users/components/SettingsForm";
import { SpeakingProfileForm } from "@/features/users/components/SpeakingProfileForm";
import { speechLanguages } from "@/features/users/schemas";
import { getModel } from "@/services/ai";
import { getAuthMode } from "@/services/auth";
import { requireUser } from "@/features/users/currentUser";

export const metadata = { title: "Settings" };

export default async function SettingsPage() {
  const user = await requireUser();
  const { available } = getModel(user.aiProvider);
  return (
    <div className="mx-auto grid max-w-2xl gap-6">
      <h1 className="text-2xl font-semibold tracking-tight">Settings</h1>
      <SettingsForm
        name={user.name}
        plan={user.plan}
        aiProvider={user.aiProvider}
        providers={available}
        canChangePlan={getAuthMode() === "local"}
        webhookUrl={user.webhookUrl}
        webhookSecret={user.webhookSecret}
      />
      <SpeakingProfileForm
        speechLanguage={user.speechLanguage}
        cloudRecognition={user.cloudRecognitionConsentAt !== null}
        extraFillers={user.extraFillers}
        languages={speechLanguages}
      />
      <PrivacySummary counts={await getCachedUserDataCounts(user.id)} facts={privacyFacts(user.cloudRecognitionConsentAt !== null)} />
      <AccountDataSection userId={user.id} />
    </div>
  );
}

/** Which outside services this server's configuration sends user data to, and what each receives. */
function privacyFacts(cloudRecognition: boolean): PrivacyFacts {
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
    vendors.push({ name: "Hume (live interviews)", receives: "the audio and transcript of your live calls, kept in its chat history." });
  if (adapters.storage === "s3") vendors.push({ name: "Object storage", receives: "your resume files and recordings." });
  return { database: adapters.database, storage: adapters.storage, vendors, cloudRecognition };
}
