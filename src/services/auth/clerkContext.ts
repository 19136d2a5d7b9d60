import { createContext } from "react";
import type { PricingTable, SignIn, SignOutButton } from "@clerk/nextjs";

/** Clerk's components, provided by clerkBrowser.tsx in clerk mode; null in local mode. */
export const ClerkComponentsContext = createContext<{
  PricingTable: typeof PricingTable;
  SignIn: typeof SignIn;
  SignOutButton: typeof SignOutButton;
} | null>(null);
