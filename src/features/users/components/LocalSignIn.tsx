"use client";

import { useActionState } from "react";
import { Alert, AlertDescription } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from "@/components/ui/card";
import { FormField, describedBy } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { localSignInAction, localSignUpAction, type LocalAuthState } from "../actions";
import { ActionForm } from "@/components/ui/action-form";

type LocalUser = { id: string; name: string; email: string };

/**
 * Local sign-in: pick a user from the list, or, when the machine has a
 * passphrase (LOCAL_PASSPHRASE), give an e-mail and the passphrase (the list
 * is not shown). Creating a user needs the passphrase too.
 */
export function LocalSignIn({ users, passphrase }: { users: LocalUser[]; passphrase: boolean }) {
  const [signInState, signIn, signingIn] = useActionState<LocalAuthState, FormData>(localSignInAction, null);
  const [signUpState, signUp, signingUp] = useActionState<LocalAuthState, FormData>(localSignUpAction, null);
  const fieldError = (name: string) => (signUpState && !signUpState.success ? signUpState.error.fieldErrors?.[name]?.[0] : undefined);
  const signInError = (name: string) => (signInState && !signInState.success ? signInState.error.fieldErrors?.[name]?.[0] : undefined);

  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground">
        {passphrase
          ? "Local mode: accounts live only in this machine's data folder, behind this machine's passphrase. Configure Clerk to offer real accounts."
          : "Local mode: accounts live only in this machine's data folder and no password is asked. Configure Clerk to offer real accounts."}
      </p>
      {passphrase ? (
        <Card>
          <CardHeader>
            <CardTitle as="h1">Sign in</CardTitle>
            <CardDescription>Your e-mail and this machine&apos;s passphrase.</CardDescription>
          </CardHeader>
          <CardContent>
            <ActionForm action={signIn} className="grid gap-4" noValidate aria-label="Sign in">
              <FormField id="signin-email" label="Email" error={signInError("email")}>
                <Input
                  id="signin-email"
                  name="email"
                  type="email"
                  autoComplete="email"
                  required
                  maxLength={200}
                  aria-invalid={signInError("email") ? true : undefined}
                  aria-describedby={describedBy("signin-email", { error: signInError("email") })}
                />
              </FormField>
              <FormField id="signin-passphrase" label="Passphrase" error={signInError("passphrase")}>
                <Input
                  id="signin-passphrase"
                  name="passphrase"
                  type="password"
                  autoComplete="current-password"
                  required
                  maxLength={200}
                  aria-invalid={signInError("passphrase") ? true : undefined}
                  aria-describedby={describedBy("signin-passphrase", { error: signInError("passphrase") })}
                />
              </FormField>
              {signInState && !signInState.success && !signInState.error.fieldErrors ? (
                <Alert variant="destructive">
                  <AlertDescription>{signInState.error.message}</AlertDescription>
                </Alert>
              ) : null}
              <Button type="submit" disabled={signingIn}>
                {signingIn ? "Signing in…" : "Sign in"}
              </Button>
            </ActionForm>
          </CardContent>
        </Card>
      ) : null}
      {!passphrase && users.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle as="h1">Continue as</CardTitle>
            <CardDescription>Pick the local user to sign in as.</CardDescription>
          </CardHeader>
          <CardContent>
            {signInState && !signInState.success ? (
              <Alert variant="destructive" className="mb-3">
                <AlertDescription>{signInState.error.message}</AlertDescription>
              </Alert>
            ) : null}
            <ul className="grid gap-2">
              {users.map((user) => (
                <li key={user.id}>
                  <ActionForm action={signIn}>
                    <input type="hidden" name="userId" value={user.id} />
                    <Button type="submit" variant="outline" className="h-auto w-full justify-start py-2 text-left" disabled={signingIn}>
                      <span className="grid min-w-0">
                        <span className="truncate font-medium">{user.name}</span>
                        <span className="truncate text-sm text-muted-foreground">{user.email}</span>
                      </span>
                    </Button>
                  </ActionForm>
                </li>
              ))}
            </ul>
          </CardContent>
        </Card>
      ) : null}
      <Card>
        <CardHeader>
          <CardTitle as={passphrase || users.length > 0 ? "h2" : "h1"}>Create a local user</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={signUp} className="grid gap-4" noValidate>
            <FormField id="name" label="Name" error={fieldError("name")}>
              <Input
                id="name"
                name="name"
                autoComplete="name"
                required
                maxLength={80}
                aria-invalid={fieldError("name") ? true : undefined}
                aria-describedby={describedBy("name", { error: fieldError("name") })}
              />
            </FormField>
            <FormField id="email" label="Email" error={fieldError("email")}>
              <Input
                id="email"
                name="email"
                type="email"
                autoComplete="email"
                required
                maxLength={200}
                aria-invalid={fieldError("email") ? true : undefined}
                aria-describedby={describedBy("email", { error: fieldError("email") })}
              />
            </FormField>
            {passphrase ? (
              <FormField id="passphrase" label="Passphrase" error={fieldError("passphrase")}>
                <Input
                  id="passphrase"
                  name="passphrase"
                  type="password"
                  autoComplete="current-password"
                  required
                  maxLength={200}
                  aria-invalid={fieldError("passphrase") ? true : undefined}
                  aria-describedby={describedBy("passphrase", { error: fieldError("passphrase") })}
                />
              </FormField>
            ) : null}
            {signUpState && !signUpState.success && !signUpState.error.fieldErrors ? (
              <Alert variant="destructive">
                <AlertDescription>{signUpState.error.message}</AlertDescription>
              </Alert>
            ) : null}
            <Button type="submit" disabled={signingUp}>
              {signingUp ? "Creating…" : "Create and continue"}
            </Button>
          </ActionForm>
        </CardContent>
      </Card>
    </div>
  );
}
