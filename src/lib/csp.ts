/**
 * The Content-Security-Policy of every response: scripts only from this
 * origin with the request's nonce ('strict-dynamic' lets those load their own
 * chunks), no plugins, no framing, forms and connections to this origin plus
 * the configured voice and sign-in providers. Styles allow inline attributes
 * (positioning by the UI primitives); scripts never run inline without the nonce.
 */
export type CspOptions = {
  nonce: string;
  /** Clerk's frontend API host (Clerk mode), for its browser script and API. */
  clerkHost?: string | null;
  /** Hume's EVI WebSocket host and API origin (live interviews configured). */
  hume?: { eviHost: string; apiUrl: string } | null;
  /** Next's development server evaluates code. */
  development?: boolean;
};

const isLoopback = (host: string) => /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/.test(host);

export function buildCsp({ nonce, clerkHost, hume, development }: CspOptions): string {
  const script = ["'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])];
  const connect = ["'self'"];
  const worker = ["'self'", "blob:"];
  const frame: string[] = [];
  if (clerkHost) {
    script.push(`https://${clerkHost}`, "https://challenges.cloudflare.com");
    connect.push(`https://${clerkHost}`);
    frame.push("https://challenges.cloudflare.com");
  }
  if (hume) {
    // HUME_EVI_HOST is a host ("api.hume.ai") or, for a local server, a URL ("http://127.0.0.1:9000").
    const evi = hume.eviHost.includes("://") ? new URL(hume.eviHost) : null;
    const eviHost = evi ? evi.host : hume.eviHost;
    const secure = evi ? evi.protocol === "https:" || evi.protocol === "wss:" : true;
    connect.push(`${secure ? "wss" : "ws"}://${eviHost}`, new URL(hume.apiUrl).origin);
    if (secure && isLoopback(eviHost)) connect.push(`ws://${eviHost}`);
    // The Hume browser SDK's audio worklet is fetched from Google's storage host.
    worker.push("https://storage.googleapis.com");
    script.push("https://storage.googleapis.com");
  }
  const directives: [string, string[]][] = [
    ["default-src", ["'self'"]],
    ["script-src", script],
    ["style-src", ["'self'", "'unsafe-inline'"]],
    ["img-src", ["'self'", "blob:", "data:", "https:"]],
    ["media-src", ["'self'", "blob:"]],
    ["font-src", ["'self'", "data:"]],
    ["connect-src", connect],
    ["worker-src", worker],
    ["frame-src", frame.length ? frame : ["'none'"]],
    ["object-src", ["'none'"]],
    ["base-uri", ["'self'"]],
    ["form-action", ["'self'"]],
    ["frame-ancestors", ["'none'"]],
  ];
  return directives.map(([name, values]) => `${name} ${values.join(" ")}`).join("; ");
}

/** A fresh, unguessable nonce per request (128 bits, base64). */
export function createNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}
