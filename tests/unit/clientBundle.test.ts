import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Nothing server-only reaches the browser: starting from every "use client"
 * module, follow its runtime imports (type-only imports are erased) through
 * our own files and fail on any database, queue, server SDK or server-only
 * module. The Hume voice client is the one vendor SDK a page may load (the
 * live interview page); the `ai` core (partial-JSON parsing) is browser-safe.
 */
const SRC = path.resolve(import.meta.dirname, "../../src");
const FORBIDDEN = [
  /^drizzle-orm/,
  /^postgres$/,
  /^@electric-sql\//,
  /^pg-boss/,
  /^server-only$/,
  /^@aws-sdk\//,
  /^@arcjet\//,
  /^@ai-sdk\/(google|openai|openai-compatible)$/,
  /^hume$/,
  /^node:/,
  /^unpdf$|^mammoth$|^yauzl$|^pdf-lib$/,
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? files(full) : /\.(ts|tsx)$/.test(name) ? [full] : [];
  });
}

/** Runtime import specifiers of a module (not `import type`, not `export type`). */
function runtimeImports(source: string): string[] {
  const out: string[] = [];
  for (const m of source.matchAll(/^\s*(import|export)\s+(type\s+)?([^;]*?)\s+from\s+["']([^"']+)["']/gm)) {
    if (m[2]) continue; // import type … / export type …
    const clause = m[3]!;
    // `import { type A, type B }` only: erased too.
    const names = /^\{([^}]*)\}$/.exec(clause.trim())?.[1];
    if (names && names.split(",").every((n) => !n.trim() || n.trim().startsWith("type "))) continue;
    out.push(m[4]!);
  }
  for (const m of source.matchAll(/^\s*import\s+["']([^"']+)["']/gm)) out.push(m[1]!);
  for (const m of source.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g)) out.push(m[1]!);
  return out;
}

function resolveLocal(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(SRC, specifier.slice(2)) : path.resolve(path.dirname(from), specifier);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts"), path.join(base, "index.tsx")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

function forbiddenReachable(entry: string): string[] {
  const seen = new Set<string>();
  const problems: string[] = [];
  const visit = (file: string, trail: string[]) => {
    if (seen.has(file)) return;
    seen.add(file);
    const source = readFileSync(file, "utf8");
    // A "use server" module reaches the browser only as references to its actions.
    if (trail.length > 1 && /^\s*["']use server["']/.test(source)) return;
    for (const specifier of runtimeImports(source)) {
      if (specifier.startsWith("@/") || specifier.startsWith(".")) {
        const target = resolveLocal(file, specifier);
        if (target && /\.(ts|tsx)$/.test(target)) visit(target, [...trail, path.relative(SRC, target)]);
      } else if (FORBIDDEN.some((re) => re.test(specifier))) {
        problems.push(`${[...trail].join(" → ")} imports ${specifier}`);
      }
    }
  };
  visit(entry, [path.relative(SRC, entry)]);
  return problems;
}

const clientModules = files(SRC).filter((f) => /^\s*["']use client["']/.test(readFileSync(f, "utf8")));

describe("client bundles carry nothing server-only", () => {
  it("finds the client modules", () => {
    expect(clientModules.length).toBeGreaterThan(20);
  });

  it.each(clientModules.map((f) => [path.relative(SRC, f), f]))("%s", (_name, file) => {
    expect(forbiddenReachable(file)).toEqual([]);
  });
});

/**
 * What every page loads up front (first-load JavaScript, goal ≤ 180 kB gzip;
 * bench/bundles.ts measures it). Next loads every client module a layout or
 * page reaches, rendered or not; on the server, a dynamic `import()` counts
 * too. Only what a client module imports with `import()` (next/dynamic) is
 * left for later. Following those rules from every layout and page, none may
 * reach these packages up front: Clerk (its provider and widgets load in
 * clerk mode only, services/auth/clerkUi.tsx), zod and the AI SDK (the
 * browser gets JSON schemas from the page and parses with lib/partialJson.ts),
 * Hume's voice SDK (loaded when a live call starts, LiveCall.tsx).
 */
const NOT_UP_FRONT = [/^@clerk\/(nextjs|react|shared)$/, /^@clerk\/(react|shared)\//, /^zod(\/|$)/, /^ai$/, /^@ai-sdk\//, /^@humeai\//, /^swr$/];

const isClient = (source: string) => /^\s*["']use client["']/.test(source);
const isServerActions = (source: string) => /^\s*["']use server["']/.test(source);

function staticImports(source: string): string[] {
  return runtimeImports(source.replace(/\bimport\(\s*["'][^"']+["']\s*\)/g, ""));
}

/** Packages a route entry's first-load JavaScript reaches, each with the path that reaches it. */
function upFront(entry: string, { followLazy = false } = {}): string[] {
  const seen = new Set<string>();
  const found: string[] = [];
  const visit = (file: string, trail: string[], client: boolean) => {
    const key = `${client}:${file}`;
    if (seen.has(key)) return;
    seen.add(key);
    const source = readFileSync(file, "utf8");
    const inClient = client || isClient(source);
    // A client module sees a server actions module only as references to its actions.
    if (client && isServerActions(source)) return;
    for (const specifier of inClient && !followLazy ? staticImports(source) : runtimeImports(source)) {
      if (specifier.startsWith("@/") || specifier.startsWith(".")) {
        const target = resolveLocal(file, specifier);
        if (target && /\.(ts|tsx)$/.test(target)) visit(target, [...trail, path.relative(SRC, target)], inClient);
      } else if ((inClient || /^@clerk\/nextjs$|^@humeai\//.test(specifier)) && NOT_UP_FRONT.some((re) => re.test(specifier))) {
        found.push(`${trail.join(" → ")} imports ${specifier}`);
      }
    }
  };
  visit(entry, [path.relative(SRC, entry)], false);
  return found;
}

const routeEntries = files(path.join(SRC, "app")).filter((f) => /\/(layout|page|error|not-found|global-error|loading|template)\.tsx$/.test(f));

describe("first-load JavaScript", () => {
  it("finds the layouts and pages, and sees Clerk and Hume behind their lazy imports", () => {
    expect(routeEntries.length).toBeGreaterThan(15);
    const root = path.join(SRC, "app/layout.tsx");
    expect(upFront(root, { followLazy: true }).some((p) => p.endsWith("imports @clerk/nextjs"))).toBe(true);
    const live = routeEntries.find((f) => f.endsWith("interviews/live/page.tsx"))!;
    expect(upFront(live, { followLazy: true }).some((p) => p.includes("@humeai/voice-react"))).toBe(true);
  });

  it.each(routeEntries.map((f) => [path.relative(SRC, f), f]))("%s loads no Clerk, zod, AI SDK or Hume up front", (_name, file) => {
    expect(upFront(file)).toEqual([]);
  });
});
