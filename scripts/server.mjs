// Production server: binds HOST:PORT (127.0.0.1:3000 by default), serves the
// Next.js build, and shuts down gracefully (stop accepting, drain, close db).
import { createServer } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { buildIfNeeded } from "./build-if-needed.mjs";
import { MAX_HEADER_BYTES, capUserAgent, checkRequest, guardConfig, refusalResponse } from "./requestGuard.mjs";
import { watchStalledBody } from "./stalledBody.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const hostname = process.env.HOST || "127.0.0.1";
const port = Number(process.env.PORT || 3000);
const DRAIN_MS = 10_000;
// Behind a reverse proxy that sets X-Forwarded-For, set TRUST_PROXY=1. Otherwise
// the header is replaced by the socket's address so clients cannot spoof
// their IP past the per-IP rate limit.
const trustProxy = process.env.TRUST_PROXY === "1";

if (process.argv.includes("--build")) buildIfNeeded();
// Everything this process creates (the PGlite data folder, uploads, the session secret) is
// readable by this user only: folders 0700, files 0600.
process.umask(0o077);
process.env.NODE_ENV = "production";

// Next names loopback origins "localhost"; given 127.0.0.1 here, Clerk's
// rewrites would look cross-origin and loop back into the server.
const loopback = ["127.0.0.1", "::1", "localhost"].includes(hostname);
const app = next({ dev: false, dir: root, hostname: loopback ? "localhost" : hostname, port });
await app.prepare(); // runs src/instrumentation.ts: config check, adapter log, migrations
const handle = app.getRequestHandler();
// After prepare(): Next has loaded .env files into process.env by now.
// Local mode: only our own Host names (DNS rebinding); always: no cross-site
// state changes (CSRF). See scripts/requestGuard.mjs.
const guard = guardConfig(process.env, { hostname, port });
// maxHeaderSize: a request with more header bytes gets 431 from Node itself.
const server = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, (req, res) => {
  if (!trustProxy) {
    req.headers["x-forwarded-for"] = req.socket.remoteAddress ?? "";
    delete req.headers["x-real-ip"];
    delete req.headers["x-forwarded-host"];
  }
  // Next.js runs regexes on the User-Agent: keep it short.
  const userAgent = capUserAgent(req.headers["user-agent"]);
  if (userAgent !== undefined) req.headers["user-agent"] = userAgent;
  const started = performance.now();
  res.once("finish", () => {
    // Access log: path without the query string (it may carry tokens).
    const line = {
      level: res.statusCode >= 500 ? 50 : 30,
      time: Date.now(),
      service: "darasa",
      requestId: res.getHeader("x-request-id"),
      method: req.method,
      path: (req.url ?? "").split("?")[0],
      status: res.statusCode,
      ms: Math.round(performance.now() - started),
      msg: "request",
    };
    if (!line.path.startsWith("/_next/static")) console.log(JSON.stringify(line));
  });
  const refusal = checkRequest(req, guard);
  if (refusal) {
    const { status, headers, body } = refusalResponse(req, refusal);
    // The body (if any) is not read: close the connection rather than drain it.
    res.writeHead(status, { ...headers, connection: "close" });
    res.end(body);
    return;
  }
  watchStalledBody(req, res);
  return handle(req, res);
});
server.keepAliveTimeout = 5_000;

server.listen(port, hostname, () => {
  const shown = hostname.includes(":") ? `[${hostname}]` : hostname;
  console.log(JSON.stringify({ level: 30, time: Date.now(), service: "darasa", msg: `listening on http://${shown}:${port}` }));
});

let stopping = false;
async function shutdown(signal) {
  if (stopping) return;
  stopping = true;
  console.log(JSON.stringify({ level: 30, time: Date.now(), service: "darasa", msg: `${signal}: shutting down` }));
  const force = setTimeout(() => server.closeAllConnections(), DRAIN_MS);
  server.closeIdleConnections();
  await new Promise((resolve) => server.close(resolve));
  clearTimeout(force);
  await globalThis.__darasaShutdown?.();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
