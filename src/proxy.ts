import { NextResponse, type NextFetchEvent, type NextMiddleware, type NextRequest } from "next/server";
import { clerkMiddleware } from "@clerk/nextjs/server";
import { buildCsp, createNonce } from "@/lib/csp";
import { cspSettingsFromEnv } from "@/lib/cspConfig";
import { deniedResponse } from "@/lib/deniedResponse";
import { REQUEST_ID_HEADER } from "@/lib/requestHeaders";
import { getAuthMode, getClerkOptions } from "@/services/auth/mode";
import { protectRequest } from "@/services/protection";

// Paths that must not be bot-checked or rate limited per IP: health probes and
// signed webhooks (their senders are machines by design).
const UNPROTECTED = [/^\/api\/health$/, /^\/api\/webhooks\//];

function requestIdFor(request: NextRequest): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given && /^[A-Za-z0-9._-]{8,128}$/.test(given) ? given : crypto.randomUUID();
}

let cspSettings: ReturnType<typeof cspSettingsFromEnv> | undefined;
const getCspSettings = () => (cspSettings ??= cspSettingsFromEnv());

/**
 * Passes the request on with its request id, visible to the app and the
 * client, and the Content-Security-Policy with a fresh nonce: Next.js reads
 * the nonce from the request's policy header and puts it on its own scripts.
 */
function forward(request: NextRequest, requestId: string): NextResponse {
  const csp = buildCsp({ nonce: createNonce(), ...getCspSettings() });
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  headers.set("content-security-policy", csp);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  response.headers.set("content-security-policy", csp);
  return response;
}

let clerkHandler: NextMiddleware | undefined;

function getClerkHandler(): NextMiddleware {
  clerkHandler ??= clerkMiddleware(async (_auth, request) => forward(request, requestIdFor(request)), getClerkOptions());
  return clerkHandler;
}

export default async function proxy(request: NextRequest, event: NextFetchEvent) {
  const requestId = requestIdFor(request);
  request.headers.set(REQUEST_ID_HEADER, requestId);
  const { pathname } = request.nextUrl;
  if (!UNPROTECTED.some((re) => re.test(pathname))) {
    const decision = await protectRequest(request);
    if (!decision.allowed) return deniedResponse(request, decision, requestId);
  }
  if (getAuthMode() === "clerk") return getClerkHandler()(request, event);
  return forward(request, requestId);
}

export const config = {
  matcher: [
    // Everything except Next internals and static files.
    "/((?!_next/static|_next/image|favicon.ico|.*\\.(?:svg|png|jpg|jpeg|gif|webp|ico|css|js|woff2?|txt|webmanifest)$).*)",
  ],
};
