// First-load JavaScript per page route from the last `next build`, without a server:
// gzip (level 6, what Next's compression sends; 1 kB = 1000 B) of the chunks the build's
// .next/diagnostics/route-bundle-stats.json lists for each route (polyfills excluded, as
// modern browsers skip them). bench/load.ts measures the same from the served HTML
// (npx tsx bench/load.ts --bundles-only). Also, per route, what next/dynamic loads
// only where it is rendered (react-loadable-manifest.json; preloaded from the HTML
// then): Clerk in clerk mode, a mode's own runner.
// Run: npx tsx bench/bundles.ts          (--chunks: also every chunk with the routes that load it)
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { gzipSync } from "node:zlib";

const ROOT = path.resolve(import.meta.dirname, "..");
const GOAL_KB = 180;
const statsFile = path.join(ROOT, ".next", "diagnostics", "route-bundle-stats.json");
if (!existsSync(statsFile)) throw new Error(`${statsFile} not found: run next build first`);

const stats = JSON.parse(readFileSync(statsFile, "utf8")) as { route: string; firstLoadChunkPaths: string[] }[];
const build = JSON.parse(readFileSync(path.join(ROOT, ".next", "build-manifest.json"), "utf8")) as { polyfillFiles: string[] };
const polyfills = new Set(build.polyfillFiles.map((f) => `.next/${f}`));

const sizes = new Map<string, { raw: number; gzip: number }>();
function size(chunk: string) {
  let s = sizes.get(chunk);
  if (!s) {
    const body = readFileSync(path.join(ROOT, chunk));
    s = { raw: body.length, gzip: gzipSync(body, { level: 6 }).length };
    sizes.set(chunk, s);
  }
  return s;
}

const pages = stats
  .filter((r) => !r.route.startsWith("/_") && !r.route.startsWith("/api/"))
  .map((r) => {
    const chunks = r.firstLoadChunkPaths.filter((c) => c.endsWith(".js") && !polyfills.has(c));
    return { route: r.route, chunks, gzip: chunks.reduce((s, c) => s + size(c).gzip, 0), raw: chunks.reduce((s, c) => s + size(c).raw, 0) };
  })
  .sort((a, b) => a.route.localeCompare(b.route));

const shared = pages.map((p) => new Set(p.chunks)).reduce((a, b) => new Set([...a].filter((c) => b.has(c))));
const kb = (n: number) => (n / 1000).toFixed(1);
console.log(`first-load JS per route (gzip kB; goal ≤ ${GOAL_KB})`);
/** What next/dynamic may add to a route where it renders: each lazily loaded module's chunks not already loaded. */
function lazyParts(route: string, loaded: string[]): string[] {
  const file = path.join(ROOT, ".next", "server", "app", route === "/" ? "page" : `${route.slice(1)}/page`, "react-loadable-manifest.json");
  if (!existsSync(file)) return [];
  const manifest = JSON.parse(readFileSync(file, "utf8")) as Record<string, { files: string[] }>;
  // A manifest left by an older build names chunks that are gone: skipped.
  if (Object.values(manifest).some(({ files }) => files.some((f) => !existsSync(path.join(ROOT, ".next", f))))) return ["(stale manifest)"];
  return Object.entries(manifest).map(([id, { files }]) => {
    const extra = files.map((f) => `.next/${f}`).filter((f) => f.endsWith(".js") && !loaded.includes(f));
    const gzip = extra.reduce((sum, f) => sum + size(f).gzip, 0);
    const clerk = extra.some((f) => readFileSync(path.join(ROOT, f), "utf8").includes("ClerkProvider"));
    return `${clerk ? "Clerk (clerk mode)" : `module ${id}`} +${kb(gzip)}`;
  });
}

for (const p of pages) {
  const lazy = lazyParts(p.route, p.chunks);
  const note = lazy.length ? `   where rendered: ${lazy.join(", ")}` : "";
  console.log(`  ${p.route.padEnd(72)}${String(p.chunks.length).padStart(4)}${kb(p.gzip).padStart(8)}${p.gzip / 1000 > GOAL_KB ? "  OVER" : ""}${note}`);
}
console.log(`  shared by every route: ${shared.size} chunks, ${kb([...shared].reduce((s, c) => s + size(c).gzip, 0))} kB`);
console.log(`  worst: ${kb(Math.max(...pages.map((p) => p.gzip)))} kB; ${pages.filter((p) => p.gzip / 1000 > GOAL_KB).length}/${pages.length} over`);
if (process.argv.includes("--chunks")) {
  const all = [...new Set(pages.flatMap((p) => p.chunks))].sort((a, b) => size(b).gzip - size(a).gzip);
  for (const c of all) {
    const users = pages.filter((p) => p.chunks.includes(c)).map((p) => p.route);
    console.log(`  ${path.basename(c).padEnd(24)}${kb(size(c).gzip).padStart(8)}  ${users.length === pages.length ? "every route" : users.join(" ")}`);
  }
}
