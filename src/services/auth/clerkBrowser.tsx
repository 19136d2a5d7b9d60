"use client";

import type { ReactNode } from "react";
import { ClerkProvider, PricingTable, SignIn, SignOutButton } from "@clerk/nextjs";
import { ClerkComponentsContext } from "./clerkContext";

const components = { PricingTable, SignIn, SignOutButton };

/**
 * Clerk's client code (about 55 kB gzip): loaded only by `ClerkRoot`
 * (./clerkUi.tsx) through next/dynamic, so only pages rendered in clerk mode
 * load it. Its components reach the rest of the app through
 * ClerkComponentsContext.
 */
export default function ClerkBrowserProvider({ publishableKey, children }: { publishableKey: string | undefined; children: ReactNode }) {
  return (
    <ClerkProvider publishableKey={publishableKey}>
      <ClerkComponentsContext value={components}>{children}</ClerkComponentsContext>
    </ClerkProvider>
  );
}
