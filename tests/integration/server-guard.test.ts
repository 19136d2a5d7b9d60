/**
 * The checks scripts/server.mjs makes before Next.js sees a request, against
 * the real built server in local mode: DNS rebinding (Host), cross-site
 * requests (CSRF), header sizes. Raw node:http requests, so the Host header
 * and every other header are exactly what the test says.
 */
import { request as httpRequest } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { BROWSER_UA, startTestServer, type TestServer } from "../support/server";

let server: TestServer;
let port: number;

beforeAll(async () => {
  // A larger process-wide header limit, so the 431 below comes from the server's own maxHeaderSize.
  server = await startTestServer({ NODE_OPTIONS: "--max-http-header-size=65536" });
  port = Number(new URL(server.url).port);
});

afterAll(async () => {
  await server?.stop();
});

type RawResponse = { status: number; headers: Record<string, string | string[] | undefined>; text: string };

function raw(path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const req = httpRequest(
      { host: "127.0.0.1", port, path, method: options.method ?? "GET", headers: { "user-agent": BROWSER_UA, ...options.headers }, agent: false },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode!, headers: res.headers, text }));
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.setTimeout(20_000, () => req.destroy(new Error(`timeout: ${path}`)));
    req.end(options.body);
  });
}

describe("DNS rebinding: local mode answers only its own Host names", () => {
  it("refuses a foreign Host with 421 on pages and APIs, before Next.js", async () => {
    const page = await raw("/sign-in", { headers: { host: `rebind.example:${port}` } });
    expect(page.status).toBe(421);
    expect(page.headers["content-type"]).toMatch(/^text\/plain/);
    expect(page.text).not.toContain("<html"); // no sign-in page, no list of local users
    expect(page.headers["x-request-id"]).toBeUndefined(); // src/proxy.ts never ran

    const api = await raw("/api/health", { headers: { host: `rebind.example:${port}` } });
    expect(api.status).toBe(421);
    expect(JSON.parse(api.text)).toMatchObject({ success: false, error: { code: "MISDIRECTED" } });

    // A state change through the rebound name is refused the same way.
    const post = await raw("/api/job-infos/x/coach", {
      method: "POST",
      headers: { host: `rebind.example:${port}`, origin: `http://rebind.example:${port}`, "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body: JSON.stringify({ message: "hi" }),
    });
    expect(post.status).toBe(421);
  });

  it("answers localhost, 127.0.0.1 and [::1] with the server's port", async () => {
    for (const host of [`localhost:${port}`, `127.0.0.1:${port}`, `[::1]:${port}`]) {
      const page = await raw("/sign-in", { headers: { host } });
      expect(page.status, host).toBe(200);
      expect(page.text).toContain("<html");
      const api = await raw("/api/health", { headers: { host } });
      expect(api.status, host).toBe(200);
    }
    expect((await raw("/api/health", { headers: { host: `localhost:${port + 1}` } })).status).toBe(421);
  });
});

describe("CSRF: state changes only from this origin", () => {
  const body = JSON.stringify({ message: "Hello coach" });

  it("refuses a same-site, cross-origin POST to a route handler with 403", async () => {
    const res = await raw("/api/job-infos/x/coach", {
      method: "POST",
      headers: { origin: "http://127.0.0.1:9999", "sec-fetch-site": "same-site", "content-type": "text/plain" },
      body,
    });
    expect(res.status).toBe(403);
    expect(JSON.parse(res.text)).toEqual({ success: false, error: { code: "FORBIDDEN", message: "Cross-site requests are not allowed." } });
  });

  it("lets the same request from our own origin reach the route (401 without a session)", async () => {
    const res = await raw("/api/job-infos/x/coach", {
      method: "POST",
      headers: { origin: `http://127.0.0.1:${port}`, "sec-fetch-site": "same-origin", "content-type": "application/json" },
      body,
    });
    expect(res.status).not.toBe(403);
    expect(res.status).toBe(401);
  });

  it("refuses a server action with a foreign Origin with 403, not 500", async () => {
    const res = await raw("/sign-in", {
      method: "POST",
      headers: { origin: "http://127.0.0.1:9999", "next-action": "0".repeat(42), accept: "text/x-component", "content-type": "text/plain;charset=UTF-8" },
      body: "[]",
    });
    expect(res.status).toBe(403);
  });
});

describe("header sizes", () => {
  it("passes a 15 KB User-Agent on cut to 512 bytes: pages stay fast", async () => {
    // One long word: Next.js's bot regex (/[\w-]+-Google|…/) is quadratic on it (≈ 1 s a request uncut).
    const ua = `Mozilla/5.0 (X11; Linux x86_64) ${"a".repeat(15_000)}`;
    const started = performance.now();
    for (let i = 0; i < 10; i++) {
      const res = await raw("/sign-in", { headers: { "user-agent": ua } });
      expect(res.status).toBeLessThan(500);
    }
    const health = performance.now();
    expect((await raw("/api/health")).status).toBe(200);
    expect(performance.now() - health).toBeLessThan(1_000);
    expect(performance.now() - started).toBeLessThan(4_000);
  });

  it("answers 431 to a request with more than 16 KB of headers", async () => {
    const res = await raw("/api/health", { headers: { "x-padding": "a".repeat(20_000) } });
    expect(res.status).toBe(431);
  });
});

describe("bad input is a 4xx, never a 5xx", () => {
  it("refuses TRACE and unknown methods with 405, and bad percent-encoding in the path with 400", async () => {
    const host = { host: `127.0.0.1:${port}` };
    expect((await raw("/", { method: "TRACE", headers: host })).status).toBe(405);
    expect((await raw("/api/health", { method: "PROPFIND", headers: host })).status).toBe(405);
    for (const path of ["/app/job-infos/%E0%A4%A", "/api/interviews/%E0%A4%A/status", "/api/health%00"]) {
      const response = await raw(path, { headers: host });
      expect(response.status, path).toBe(400);
    }
    expect(JSON.parse((await raw("/api/interviews/%E0%A4%A/status", { headers: host })).text)).toMatchObject({
      success: false,
      error: { code: "BAD_REQUEST" },
    });
  });

  it("a NUL character in a JSON body is a clear 400", async () => {
    const response = await raw("/api/job-infos/00000000-0000-4000-8000-000000000000/coach", {
      method: "POST",
      headers: { host: `127.0.0.1:${port}`, origin: `http://127.0.0.1:${port}`, "content-type": "application/json" },
      body: JSON.stringify({ message: "hi\u0000there" }),
    });
    // Unauthenticated requests stop at 401 first; the JSON check itself is covered in-process.
    expect(response.status).toBeLessThan(500);
  });
});

describe("files the server creates are private to its user", () => {
  it("keeps every folder 0700 (so nothing under it is reachable by other users) and its own files 0600", async () => {
    const { readdirSync, statSync } = await import("node:fs");
    const path = await import("node:path");
    const modes: string[] = [];
    const walk = (dir: string, depth: number) => {
      for (const entry of readdirSync(dir)) {
        const full = path.join(dir, entry);
        const stat = statSync(full);
        modes.push(`${(stat.mode & 0o777).toString(8)} ${stat.isDirectory() ? "dir" : "file"} ${path.relative(server.dataDir, full)}`);
        if (stat.isDirectory() && depth < 3) walk(full, depth + 1);
      }
    };
    walk(server.dataDir, 0);
    expect(modes.length).toBeGreaterThan(5);
    expect(modes.filter((m) => m.includes(" dir ") && !m.startsWith("700 "))).toEqual([]);
    // PGlite (Emscripten's file system) sets its own files to 0666; they sit inside the 0700 folders above.
    expect(modes.filter((m) => m.includes(" file ") && !m.includes(" file pglite/") && !m.startsWith("600 "))).toEqual([]);
    expect(modes.some((m) => m === "700 dir pglite")).toBe(true);
  });
});

describe("Content-Security-Policy", () => {
  it("sends a strict policy with a fresh nonce on every page, and Next's scripts carry it", async () => {
    const first = await raw("/sign-in", { headers: { host: `127.0.0.1:${port}` } });
    const second = await raw("/sign-in", { headers: { host: `127.0.0.1:${port}` } });
    const policy = String(first.headers["content-security-policy"]);
    const nonce = /'nonce-([^']+)'/.exec(policy)?.[1];
    expect(nonce).toBeTruthy();
    expect(String(second.headers["content-security-policy"])).not.toContain(nonce!);
    expect(policy).toMatch(/script-src 'self' 'nonce-[^']+' 'strict-dynamic'/);
    expect(policy).toContain("object-src 'none'");
    expect(policy).toContain("frame-ancestors 'none'");
    expect(policy).not.toContain("unsafe-eval");
    const scripts = [...first.text.matchAll(/<script\b[^>]*>/g)].map((m) => m[0]);
    expect(scripts.length).toBeGreaterThan(0);
    for (const tag of scripts) expect(tag).toContain(`nonce="${nonce}"`);
  });
});

describe("icons and web manifest (public/)", () => {
  it("serves them as static files past the guard and the proxy, and every page links them", async () => {
    const headers = { host: `127.0.0.1:${port}` };
    for (const [file, type] of [
      ["/favicon.ico", /^image\/(x-icon|vnd\.microsoft\.icon)/],
      ["/icon.svg", /^image\/svg\+xml/],
      ["/apple-touch-icon.png", /^image\/png/],
      ["/icon-192.png", /^image\/png/],
      ["/icon-512.png", /^image\/png/],
      ["/manifest.webmanifest", /^application\/manifest\+json/],
    ] as const) {
      const response = await raw(file, { headers });
      expect(response.status, file).toBe(200);
      expect(String(response.headers["content-type"]), file).toMatch(type);
      expect(response.headers["x-request-id"], file).toBeUndefined(); // src/proxy.ts's matcher skips static files
    }
    const page = await raw("/sign-in", { headers });
    for (const href of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png", "/manifest.webmanifest"]) expect(page.text).toContain(`href="${href}"`);
  });
});
