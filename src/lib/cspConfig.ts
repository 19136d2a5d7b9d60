import { adapterEnv, env } from "@/config/env";
import { clerkPublishableKey, selectAdapters } from "@/config/adapters";
import type { CspOptions } from "./csp";

/** Clerk's frontend API host, encoded in the publishable key (`pk_live_` + base64 of `<host>$`). */
export function clerkFrontendHost(publishableKey: string | undefined): string | null {
  const encoded = publishableKey?.replace(/^pk_(live|test)_/, "");
  if (!encoded || encoded === publishableKey) return null;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  return /^[a-z0-9.-]+\$$/i.test(decoded) ? decoded.slice(0, -1) : null;
}

/** The parts of the policy that follow this server's configuration (read once). */
export function cspSettingsFromEnv(): Omit<CspOptions, "nonce"> {
  const adapters = selectAdapters(adapterEnv());
  return {
    clerkHost: adapters.auth === "clerk" ? clerkFrontendHost(clerkPublishableKey(adapterEnv())) : null,
    hume: adapters.voice === "hume" ? { eviHost: env.HUME_EVI_HOST, apiUrl: env.HUME_API_URL } : null,
    development: process.env.NODE_ENV !== "production",
  };
}
