// Helpers for bench/load.ts: the production server as a child process, an HTTP
// load generator (node:http, keep-alive), the server's resident memory from
// /proc, first-load JavaScript per page, and a CPU profile's top functions.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import http from "node:http";
import { SourceMap } from "node:module";
import { createServer } from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";

export const ROOT = path.resolve(import.meta.dirname, "..");

// ---------------------------------------------------------------------------
// The server

export type BenchServer = {
  url: string;
  pid: number;
  /** The last 64 kB the server wrote (its access log and any errors). */
  tail: () => string;
  stop: () => Promise<void>;
};

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * `node scripts/server.mjs` from the existing build (.next), on a free port,
 * with only the given environment (no inherited configuration).
 */
export async function startServer(env: Record<string, string>, nodeArgs: string[] = []): Promise<BenchServer> {
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [...nodeArgs, "scripts/server.mjs"], {
    cwd: ROOT,
    env: {
      PATH: process.env.PATH ?? "",
      HOME: process.env.HOME ?? "",
      HOST: "127.0.0.1",
      PORT: String(port),
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as Record<string, string> as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  const keep = (d: Buffer) => {
    output += d.toString();
    if (output.length > 128_000) output = output.slice(-64_000);
  };
  child.stdout!.on("data", keep);
  child.stderr!.on("data", keep);
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 90_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output.slice(-4000)}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become healthy:\n${output.slice(-4000)}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    pid: child.pid!,
    tail: () => output.slice(-64_000),
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill("SIGTERM");
      const timer = setTimeout(() => child.kill("SIGKILL"), 20_000);
      await exited;
      clearTimeout(timer);
    },
  };
}

// ---------------------------------------------------------------------------
// Load generator

export type LoadResult = {
  connections: number;
  seconds: number;
  requests: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  /** Responses other than 2xx, by status (0 = network error or timeout). */
  failures: Record<string, number>;
  bytesPerResponse: number;
};

function percentile(sorted: Float64Array, p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * `connections` loops, each with its own keep-alive socket, sending GET `url`
 * back to back for `durationMs`. Latency is from sending the request to the
 * last byte of the body. Requests still in flight at the end are awaited
 * and counted; the rate is completed requests over the time they took.
 */
export async function runLoad(url: string, headers: Record<string, string>, connections: number, durationMs: number): Promise<LoadResult> {
  const target = new URL(url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: connections, maxFreeSockets: connections });
  const latencies: number[] = [];
  const failures: Record<string, number> = {};
  let bytes = 0;
  let stop = false;
  const once = () =>
    new Promise<number>((resolve) => {
      const req = http.request(
        { host: target.hostname, port: target.port, path: target.pathname + target.search, method: "GET", headers, agent, timeout: 30_000 },
        (res) => {
          res.on("data", (chunk: Buffer) => (bytes += chunk.length));
          res.on("end", () => resolve(res.statusCode ?? 0));
          res.on("error", () => resolve(0));
        },
      );
      req.on("timeout", () => req.destroy(new Error("timeout")));
      req.on("error", () => resolve(0));
      req.end();
    });
  const started = performance.now();
  const timer = setTimeout(() => (stop = true), durationMs);
  await Promise.all(
    Array.from({ length: connections }, async () => {
      while (!stop) {
        const t0 = performance.now();
        const status = await once();
        latencies.push(performance.now() - t0);
        if (status < 200 || status > 299) failures[String(status)] = (failures[String(status)] ?? 0) + 1;
      }
    }),
  );
  const elapsed = performance.now() - started;
  clearTimeout(timer);
  agent.destroy();
  const sorted = Float64Array.from(latencies).sort();
  return {
    connections,
    seconds: elapsed / 1000,
    requests: latencies.length,
    rps: latencies.length / (elapsed / 1000),
    p50: percentile(sorted, 50),
    p95: percentile(sorted, 95),
    p99: percentile(sorted, 99),
    max: sorted[sorted.length - 1] ?? NaN,
    failures,
    bytesPerResponse: latencies.length ? bytes / latencies.length : 0,
  };
}

// ---------------------------------------------------------------------------
// Memory

function children(pid: number): number[] {
  const out: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const list = readFileSync(`/proc/${pid}/task/${task}/children`, "utf8").trim();
      if (list) out.push(...list.split(/\s+/).map(Number));
    }
  } catch {
    // gone
  }
  return out;
}

/** The process and all its descendants. */
export function processTree(pid: number): number[] {
  const all = [pid];
  for (let i = 0; i < all.length; i++) all.push(...children(all[i]!));
  return all;
}

function statusField(pid: number, field: "VmRSS" | "VmHWM"): number {
  try {
    const m = new RegExp(`^${field}:\\s+(\\d+) kB`, "m").exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Resident memory of the process and its descendants, bytes. */
export function treeRss(pid: number): { bytes: number; processes: number } {
  const pids = processTree(pid);
  return { bytes: pids.reduce((sum, p) => sum + statusField(p, "VmRSS"), 0), processes: pids.length };
}

/** The kernel's high-water mark of resident memory, summed over the tree (each process's own peak). */
export function treePeakRss(pid: number): number {
  return processTree(pid).reduce((sum, p) => sum + statusField(p, "VmHWM"), 0);
}

/** Samples the tree's RSS every `everyMs` until stopped; returns the highest sample. */
export function sampleRss(pid: number, everyMs = 100) {
  let peak = 0;
  let samples = 0;
  const tick = () => {
    peak = Math.max(peak, treeRss(pid).bytes);
    samples += 1;
  };
  tick();
  const timer = setInterval(tick, everyMs);
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return { peak, samples };
    },
  };
}

// ---------------------------------------------------------------------------
// First-load JavaScript

const CHUNK_RE = /\/_next\/static\/[^"'\s\\<>]+?\.js/g;

/**
 * The JavaScript files a first visit to the page loads: every `<script src>`
 * in its HTML except `nomodule` ones (polyfills modern browsers skip), plus
 * any other chunk its HTML or RSC payload names (client components loaded
 * while hydrating). Local chunks only.
 */
export function scriptChunks(html: string): { tags: string[]; all: string[]; skipped: string[] } {
  const tags = new Set<string>();
  const skipped = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>/g)) {
    const src = /\bsrc="([^"]+)"/.exec(m[1]!)?.[1]?.replace(/&amp;/g, "&").split("?")[0];
    if (!src?.startsWith("/_next/")) continue;
    if (/\bnomodule\b/i.test(m[1]!)) skipped.add(src);
    else tags.add(src);
  }
  const all = new Set(tags);
  for (const m of html.matchAll(CHUNK_RE)) if (!skipped.has(m[0])) all.add(m[0]);
  return { tags: [...tags], all: [...all], skipped: [...skipped] };
}

/**
 * The same from the build's manifests, without a request: the root main files
 * plus every chunk the route's client reference manifest lists for its
 * segments (layouts, error and not-found boundaries, the page). A slight
 * over-count (a not-found boundary's chunk is not loaded up front); used for
 * pages the server does not render in this configuration, and as a cross-check.
 */
export function manifestChunks(route: string): string[] | undefined {
  const file = path.join(ROOT, ".next", "server", "app", route === "/" ? "" : route, "page_client-reference-manifest.js");
  if (!existsSync(file)) return undefined;
  const sandbox: { __RSC_MANIFEST?: Record<string, { entryJSFiles: Record<string, string[]> }> } = {};
  new Function("globalThis", readFileSync(file, "utf8"))(sandbox);
  const entry = Object.values(sandbox.__RSC_MANIFEST ?? {})[0];
  if (!entry) return undefined;
  const build = JSON.parse(readFileSync(path.join(ROOT, ".next", "build-manifest.json"), "utf8")) as { rootMainFiles: string[] };
  const files = new Set(build.rootMainFiles.map((f) => `/_next/${f}`));
  for (const list of Object.values(entry.entryJSFiles)) for (const f of list) files.add(`/_next/${f}`);
  return [...files];
}

const gzipCache = new Map<string, { raw: number; gzip: number }>();

/** Raw and gzip (level 6, what Next's compression sends) size of a chunk, read from .next/static. */
export function chunkSize(src: string): { raw: number; gzip: number } {
  const known = gzipCache.get(src);
  if (known) return known;
  const file = path.join(ROOT, ".next", decodeURIComponent(src.replace(/^\/_next\//, "")));
  if (!existsSync(file)) throw new Error(`chunk ${src} not found in .next (is the build the one the server runs?)`);
  const body = readFileSync(file);
  const size = { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
  gzipCache.set(src, size);
  return size;
}

// ---------------------------------------------------------------------------
// CPU profile

type ProfileNode = {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  hitCount?: number;
  children?: number[];
};
type CpuProfile = { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[]; startTime: number; endTime: number };

const sourceMaps = new Map<string, SourceMap | null>();

function sourceMapFor(url: string): SourceMap | null {
  if (sourceMaps.has(url)) return sourceMaps.get(url)!;
  let map: SourceMap | null = null;
  try {
    const file = url.startsWith("file://") ? fileURLToPath(url) : url;
    if (existsSync(`${file}.map`)) map = new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8")));
  } catch {
    map = null;
  }
  sourceMaps.set(url, map);
  return map;
}

function shortPath(file: string): string {
  let f = file.replace(/^file:\/\//, "").replace(/^turbopack:\/\/\/?/, "");
  f = f.replace(/^\[project\]\//, "");
  const nm = f.lastIndexOf("node_modules/");
  if (nm >= 0) return f.slice(nm);
  return f.startsWith(ROOT) ? path.relative(ROOT, f) : f;
}

export type HotSpot = {
  selfMs: number;
  share: number;
  fn: string;
  where: string;
  /** The nearest caller outside Node's internals, and the part of this entry's time it accounts for. */
  caller?: { where: string; share: number };
  callers?: Map<string, number>;
};

/** Where a profile frame's code came from: the original source through the build's source map when there is one. */
function frameSource(url: string, lineNumber: number, columnNumber: number): { where: string; file: string; name?: string } {
  if (!url) return { where: "(native)", file: "(native)" };
  if (url.startsWith("wasm://")) return { where: url, file: url };
  const generated = `${shortPath(url)}:${lineNumber + 1}`;
  const map = sourceMapFor(url);
  if (!map) return { where: generated, file: shortPath(url) };
  const entry = map.findEntry(lineNumber, columnNumber) as { originalSource?: string; originalLine?: number; name?: string };
  if (!entry.originalSource) return { where: generated, file: shortPath(url) };
  let source = entry.originalSource;
  if (!/^[a-z]+:/i.test(source) && !path.isAbsolute(source)) {
    const dir = path.dirname(url.startsWith("file://") ? fileURLToPath(url) : url);
    source = path.resolve(dir, source);
  }
  let file = shortPath(source);
  // A package's map may point outside the published folder (its repository's src/): name the package.
  const pkg = /.*node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(url)?.[1];
  if (pkg && !file.includes(`node_modules/${pkg}/`) && !/^[a-z]+:/i.test(file)) file = `${pkg} ${entry.originalSource.replace(/^(\.\.\/)+/, "")}`;
  // A bundled package whose own map points at its repository's src/: the bundle chunk's name says which package.
  if (file.startsWith("node_modules/src/")) file = `${file} [${path.basename(url)}]`;
  return { where: `${file}:${(entry.originalLine ?? 0) + 1}`, file, name: entry.name };
}

/**
 * Self time per function in a V8 CPU profile, mapped through the build's
 * source maps; WebAssembly is summed per module (its functions have no
 * names). Only samples taken within `window` (CLOCK_MONOTONIC microseconds,
 * as process.hrtime gives in any process on this machine) when given.
 */
export function topSelfTime(
  profileFile: string,
  limit = 10,
  window?: { fromUs: number; toUs: number },
): { windowed: boolean; total: number; idle: number; gc: number; program: number; top: HotSpot[]; files: HotSpot[] } {
  const profile = JSON.parse(readFileSync(profileFile, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const callerOf = (id: number): string => {
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) {
      const { functionName, url, lineNumber, columnNumber } = byId.get(p)!.callFrame;
      if (!url || url.startsWith("node:") || url.startsWith("wasm://")) continue;
      return `${functionName || "(anonymous)"} ${frameSource(url, lineNumber, columnNumber).where}`;
    }
    return "";
  };
  const collect = (from: number, to: number) => {
    const selfUs = new Map<number, number>();
    let t = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      t += profile.timeDeltas[i] ?? 0;
      if (t < from || t > to) continue;
      const id = profile.samples[i]!;
      selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
    }
    return selfUs;
  };
  let windowed = false;
  let selfUs = new Map<number, number>();
  if (window) {
    selfUs = collect(window.fromUs, window.toUs);
    windowed = selfUs.size > 0;
  }
  if (!windowed) selfUs = collect(-Infinity, Infinity);
  const functions = new Map<string, HotSpot>();
  const files = new Map<string, HotSpot>();
  let total = 0;
  let idle = 0;
  let gc = 0;
  let program = 0;
  const add = (into: Map<string, HotSpot>, key: string, ms: number, fn: string, where: string, caller?: string) => {
    const spot = into.get(key) ?? { selfMs: 0, share: 0, fn, where, callers: new Map<string, number>() };
    spot.selfMs += ms;
    if (caller) spot.callers!.set(caller, (spot.callers!.get(caller) ?? 0) + ms);
    into.set(key, spot);
  };
  for (const [id, us] of selfUs) {
    const node = byId.get(id)!;
    const ms = us / 1000;
    total += ms;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    if (functionName === "(idle)") idle += ms;
    else if (functionName === "(garbage collector)") gc += ms;
    else if (functionName === "(program)") program += ms;
    else if (url.startsWith("wasm://")) {
      add(functions, url, ms, "(all functions of a WebAssembly module)", url);
      add(files, url, ms, "", url);
    } else {
      const source = frameSource(url, lineNumber, columnNumber);
      const fn = functionName || (source.name ? `${source.name} (anonymous)` : "(anonymous)");
      add(functions, `${fn}\u0000${source.where}`, ms, fn, source.where, !url || url.startsWith("node:") ? callerOf(id) || "(event loop)" : undefined);
      add(files, source.file, ms, "", source.file);
    }
  }
  const busy = total - idle;
  const rank = (m: Map<string, HotSpot>) =>
    [...m.values()]
      .sort((a, b) => b.selfMs - a.selfMs)
      .slice(0, limit)
      .map(({ callers, ...x }) => {
        const [where, ms] = [...(callers ?? new Map<string, number>())].sort((a, b) => b[1] - a[1])[0] ?? [];
        return { ...x, share: busy > 0 ? x.selfMs / busy : 0, caller: where ? { where, share: ms! / x.selfMs } : undefined };
      });
  return { windowed, total, idle, gc, program, top: rank(functions), files: rank(files) };
}
