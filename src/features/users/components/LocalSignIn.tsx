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

export function LocalSignIn({ users }: { users: LocalUser[] }) {
  const [signInState, signIn, signingIn] = useActionState<LocalAuthState, FormData>(localSignInAction, null);
  const [signUpState, signUp, signingUp] = useActionState<LocalAuthState, FormData>(localSignUpAction, null);
  const fieldError = (name: string) => (signUpState && !signUpState.ok ? signUpState.fieldErrors?.[name]?.[0] : undefined);

  return (
    <div className="grid gap-6">
      <p className="text-sm text-muted-foreground">
        Local mode: accounts live only in this machine&apos;s data folder and no password is asked. Configure Clerk to
        offer real accounts.
      </p>
      {users.length > 0 ? (
        <Card>
          <CardHeader>
            <CardTitle as="h1">Continue as</CardTitle>
            <CardDescription>Pick the local user to sign in as.</CardDescription>
          </CardHeader>
          <CardContent>
            {signInState && !signInState.ok ? (
              <Alert variant="destructive" className="mb-3">
                <AlertDescription>{signInState.message}</AlertDescription>
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
          <CardTitle as={users.length > 0 ? "h2" : "h1"}>Create a local user</CardTitle>
        </CardHeader>
        <CardContent>
          <ActionForm action={signUp} className="grid gap-4" noValidate>
            <FormField id="name" label="Name" error={fieldError("name")}>
              <Input id="name" name="name" autoComplete="name" required maxLength={80} aria-invalid={fieldError("name") ? true : undefined} aria-describedby={describedBy("name", { error: fieldError("name") })} />
            </FormField>
            <FormField id="email" label="Email" error={fieldError("email")}>
              <Input id="email" name="email" type="email" autoComplete="email" required maxLength={200} aria-invalid={fieldError("email") ? true : undefined} aria-describedby={describedBy("email", { error: fieldError("email") })} />
            </FormField>
            {signUpState && !signUpState.ok && !signUpState.fieldErrors ? (
              <Alert variant="destructive">
                <AlertDescription>{signUpState.message}</AlertDescription>
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
