import { env } from "@/config/env";
import { AccountDataSection } from "@/features/account/components/AccountDataSection";
import { PrivacySummary } from "@/features/account/components/PrivacySummary";
import { privacyFacts } from "@/features/account/privacyFacts";
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
      <PrivacySummary counts={await getCachedUserDataCounts(user.id)} facts={privacyFacts(env, user.cloudRecognitionConsentAt !== null)} />
      <AccountDataSection userId={user.id} />
    </div>
  );
}
