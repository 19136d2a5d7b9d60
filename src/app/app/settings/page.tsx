import { AccountDataSection } from "@/features/account/components/AccountDataSection";
import { SettingsForm } from "@/features/users/components/SettingsForm";
import { SpeakingProfileForm } from "@/features/users/components/SpeakingProfileForm";
import { speechLanguages } from "@/features/users/schemas";
import { getModel } from "@/services/ai";
import { getAuthMode, requireUser } from "@/services/auth";

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
        speechLanguage={user.speechLanguage} cloudRecognition={user.cloudRecognitionConsentAt !== null}
        extraFillers={user.extraFillers}
        languages={speechLanguages}
      />
      <AccountDataSection userId={user.id} />
    </div>
  );
}
