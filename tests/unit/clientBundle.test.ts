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
