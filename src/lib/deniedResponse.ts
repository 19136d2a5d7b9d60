import { NextResponse } from "next/server";
import type { ErrorCode } from "./errors";

export type Denial = { status: number; code: ErrorCode; message: string; retryAfterSeconds?: number };

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c]!);

/** A refusal a person can read: JSON envelope for APIs, a small HTML page otherwise. */
export function deniedResponse(request: Request, denial: Denial, requestId: string): NextResponse {
  const headers = new Headers({ "x-request-id": requestId, "cache-control": "no-store" });
  if (denial.retryAfterSeconds) headers.set("retry-after", String(Math.max(1, Math.ceil(denial.retryAfterSeconds))));
  const url = new URL(request.url);
  const wantsJson = url.pathname.startsWith("/api/") || (request.headers.get("accept") ?? "").includes("application/json");
  if (wantsJson) {
    return NextResponse.json({ success: false, error: { code: denial.code, message: denial.message } }, { status: denial.status, headers });
  }
  headers.set("content-type", "text/html; charset=utf-8");
  const title = denial.status === 429 ? "Slow down a little" : "Request blocked";
  const body = `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${title} · Darasa</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}@media(prefers-color-scheme:dark){body{background:#0b1120;color:#e5e7eb}}</style></head>
<body><main><h1>${title}</h1><p>${escapeHtml(denial.message)}</p>${denial.retryAfterSeconds ? `<p>You can try again in about ${Math.ceil(denial.retryAfterSeconds)} seconds.</p>` : ""}<p><small>Reference: ${escapeHtml(requestId)}</small></p></main></body></html>`;
  return new NextResponse(body, { status: denial.status, headers });
}
