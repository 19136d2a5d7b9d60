"use client";

import { use, type ReactNode } from "react";
import { ClerkComponentsContext } from "./clerkContext";

// Clerk's widgets, rendered in clerk mode inside ClerkRoot (./clerkUi.tsx), which provides them.

function useClerkComponents() {
  const components = use(ClerkComponentsContext);
  if (!components) throw new Error("Clerk's components are rendered outside ClerkRoot (clerk mode only).");
  return components;
}

/** Clerk's sign-in form on /sign-in. */
export function ClerkSignIn() {
  const { SignIn } = useClerkComponents();
  return <SignIn routing="path" path="/sign-in" forceRedirectUrl="/app" />;
}

/** Clerk Billing's plans. */
export function ClerkPricingTable() {
  const { PricingTable } = useClerkComponents();
  return <PricingTable />;
}

/** Clerk's sign-out around its one child (a menu item): signs out on click. */
export function ClerkSignOut({ children }: { children: ReactNode }) {
  const { SignOutButton } = useClerkComponents();
  return <SignOutButton>{children}</SignOutButton>;
}
