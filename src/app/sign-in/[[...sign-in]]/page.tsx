import { redirect } from "next/navigation";
import { ClerkSignIn } from "@/services/auth/clerkWidgets";
import { Logo } from "@/components/shell/Logo";
import { LocalModeBadge } from "@/components/shell/LocalModeBadge";
import { env } from "@/config/env";
import { LocalSignIn } from "@/features/users/components/LocalSignIn";
import { getCachedLocalUsers } from "@/features/users/dbCache";
import { getAuthMode } from "@/services/auth";
import { getCurrentUser } from "@/features/users/currentUser";

export const metadata = { title: "Sign in" };

export default async function SignInPage() {
  if (await getCurrentUser()) redirect("/app");
  const mode = getAuthMode();
  return (
    <main id="main" className="mx-auto grid min-h-dvh w-full max-w-md content-center gap-6 px-4 py-10">
      <div className="flex items-center justify-between">
        <Logo />
        {mode === "local" ? <LocalModeBadge /> : null}
      </div>
      {mode === "clerk" ? (
        <ClerkSignIn />
      ) : (
        // With a passphrase, nobody is shown the list of local users.
        <LocalSignIn passphrase={Boolean(env.LOCAL_PASSPHRASE)} users={env.LOCAL_PASSPHRASE ? [] : await getCachedLocalUsers()} />
      )}
    </main>
  );
}
