"use server";

import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { z } from "zod";
import { env } from "@/config/env";
import { isLoopbackHost } from "@/config/adapters";
import { getDb } from "@/drizzle/db";
import { AppError } from "@/lib/errors";
import type { ActionResult } from "@/lib/result";
import { defineAction, parseForm } from "@/server/action";
import { getAuthMode } from "@/services/auth";
import { createSessionToken, LOCAL_SESSION_COOKIE, LOCAL_SESSION_MAX_AGE_SECONDS } from "@/services/auth/localSession";
import { getSessionSecret } from "@/services/auth/sessionSecret";
import { passphraseMatches } from "@/services/auth/passphrase";
import { getCurrentUser } from "./currentUser";
import { createLocalUser, findLocalUserByEmail, getUser, revokeLocalSessions } from "./db";
import { localPassphraseSignInSchema, localSignInSchema, localSignUpSchema } from "./schemas";

/** Success redirects into the app, so the state only ever holds a refusal. */
export type LocalAuthState = ActionResult<never> | null;

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
const wrongPassphrase = () => new AppError("FORBIDDEN", WRONG_PASSPHRASE, { fieldErrors: { passphrase: [WRONG_PASSPHRASE] } });

export const localSignInAction = defineAction({ name: "localSignIn", auth: "public" }, async ({ formData }) => {
  assertLocalMode();
  const db = await getDb();
  if (env.LOCAL_PASSPHRASE) {
    // The user list is hidden: e-mail plus the machine's passphrase.
    const input = parseForm(localPassphraseSignInSchema, formData);
    if (!passphraseMatches(input.passphrase, env.LOCAL_PASSPHRASE)) throw wrongPassphrase();
    const user = await findLocalUserByEmail(db, input.email);
    if (!user)
      throw new AppError("NOT_FOUND", "No local user has that e-mail. Create one below.", { fieldErrors: { email: ["No local user has that e-mail."] } });
    await startLocalSession(user);
  } else {
    const input = parseForm(localSignInSchema, formData);
    const user = await getUser(db, input.userId);
    if (!user) throw new AppError("NOT_FOUND", "That local user no longer exists.");
    await startLocalSession(user);
  }
  redirect("/app");
});

export const localSignUpAction = defineAction({ name: "localSignUp", auth: "public" }, async ({ formData }) => {
  assertLocalMode();
  const { passphrase, ...profile } = parseForm(localSignUpSchema.extend({ passphrase: z.string().optional() }), formData);
  if (!passphraseMatches(passphrase, env.LOCAL_PASSPHRASE)) throw wrongPassphrase();
  const user = await createLocalUser(await getDb(), profile);
  await startLocalSession(user);
  redirect("/app");
});

/** Signs out and revokes the session: a copied cookie stops working too (every session of this user ends). */
export const localSignOutAction = defineAction({ name: "localSignOut", auth: "public" }, async () => {
  assertLocalMode();
  const user = await getCurrentUser();
  if (user) await revokeLocalSessions(await getDb(), user.id);
  (await cookies()).delete(LOCAL_SESSION_COOKIE);
  redirect("/");
});
