"use server";

import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/config/env";
import { isLoopbackHost } from "@/config/adapters";
import { getDb } from "@/drizzle/db";
import { runAction } from "@/lib/action";
import { fail, messages, ok, type ActionResult } from "@/lib/result";
import { getAuthMode } from "@/services/auth";
import { getCurrentUser } from "./currentUser";
import { createSessionToken, LOCAL_SESSION_COOKIE, LOCAL_SESSION_MAX_AGE_SECONDS } from "@/services/auth/localSession";
import { getSessionSecret } from "@/services/auth/sessionSecret";
import { passphraseMatches } from "@/services/auth/passphrase";
import { createLocalUser, findLocalUserByEmail, getUser, revokeLocalSessions } from "./db";
import { formDataToObject } from "@/lib/formData";
import { localPassphraseSignInSchema, localSignInSchema, localSignUpSchema } from "./schemas";

export type LocalAuthState = ActionResult<null> | null;

/** Local sign-in exists only when Clerk is not configured. */
function assertLocalMode() {
  if (getAuthMode() !== "local") notFound();
}

async function startLocalSession(user: { id: string; sessionVersion: number }) {
  (await cookies()).set(LOCAL_SESSION_COOKIE, createSessionToken(user.id, getSessionSecret(), Date.now(), user.sessionVersion), {
    httpOnly: true,
    sameSite: "lax",
    // Plain http is fine on loopback; anywhere else the cookie needs HTTPS.
    secure: !isLoopbackHost(env.HOST),
    path: "/",
    maxAge: LOCAL_SESSION_MAX_AGE_SECONDS,
  });
}

const WRONG_PASSPHRASE = "That passphrase is not right for this machine.";

export async function localSignInAction(_prev: LocalAuthState, formData: FormData): Promise<LocalAuthState> {
  assertLocalMode();
  const result = await runAction("localSignIn", async () => {
    const input = formDataToObject(formData);
    if (env.LOCAL_PASSPHRASE) {
      // The user list is hidden: e-mail plus the machine's passphrase.
      const parsed = localPassphraseSignInSchema.safeParse(input);
      if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
      if (!passphraseMatches(parsed.data.passphrase, env.LOCAL_PASSPHRASE)) return fail("FORBIDDEN", WRONG_PASSPHRASE, { passphrase: [WRONG_PASSPHRASE] });
      const user = await findLocalUserByEmail(await getDb(), parsed.data.email);
      if (!user) return fail("NOT_FOUND", "No local user has that e-mail. Create one below.", { email: ["No local user has that e-mail."] });
      await startLocalSession(user);
      return ok(null);
    }
    const parsed = localSignInSchema.safeParse(input);
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    const user = await getUser(await getDb(), parsed.data.userId);
    if (!user) return fail("NOT_FOUND", "That local user no longer exists.");
    await startLocalSession(user);
    return ok(null);
  });
  if (result.ok) redirect("/app");
  return result;
}

export async function localSignUpAction(_prev: LocalAuthState, formData: FormData): Promise<LocalAuthState> {
  assertLocalMode();
  const result = await runAction("localSignUp", async () => {
    const input = formDataToObject(formData);
    const parsed = localSignUpSchema.safeParse(input);
    if (!parsed.success) return fail("VALIDATION_FAILED", messages.VALIDATION_FAILED, z.flattenError(parsed.error).fieldErrors);
    if (!passphraseMatches(typeof input.passphrase === "string" ? input.passphrase : undefined, env.LOCAL_PASSPHRASE)) {
      return fail("FORBIDDEN", WRONG_PASSPHRASE, { passphrase: [WRONG_PASSPHRASE] });
    }
    const user = await createLocalUser(await getDb(), parsed.data);
    await startLocalSession(user);
    return ok(null);
  });
  if (result.ok) redirect("/app");
  return result;
}

/** Signs out and revokes the session: a copied cookie stops working too (every session of this user ends). */
export async function localSignOutAction() {
  assertLocalMode();
  const user = await getCurrentUser();
  if (user) await revokeLocalSessions(await getDb(), user.id);
  (await cookies()).delete(LOCAL_SESSION_COOKIE);
  redirect("/");
}
