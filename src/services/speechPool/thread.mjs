// One thread of the speech pool (src/services/speechPool/index.ts): decodes a
// recording and measures it off the main thread, so a CPU-bound analysis never
// holds up request handling or the queue's own work.
//
// Plain JavaScript, loaded by path (piscina's worker imports it), never
// imported by the app: it is outside the Next.js bundle and runs the same in
// the production server, under tsx (`npm run worker`) and under vitest. It
// loads src/speech's TypeScript itself with Node's own type stripping (Node
// ≥ 22.18), resolving the extensionless relative imports and the `@/` alias
// that TypeScript allows and Node does not. So the code it runs is exactly the
// code the main thread would run: src/speech uses only erasable syntax (no
// enums, namespaces or parameter properties) — if it ever does not, the pool
// fails its start-up probe and the app falls back to the main thread, logged.
import { existsSync, statSync } from "node:fs";
import { registerHooks } from "node:module";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { move, transferableSymbol, valueSymbol } from "piscina";

const srcDir = fileURLToPath(new URL("../../", import.meta.url));

/** `./x` → `./x.ts` or `./x/index.ts` (as TypeScript's bundler resolution finds them), only for our own .ts files. */
function resolveSource(base) {
  for (const candidate of [`${base}.ts`, path.join(base, "index.ts")]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return pathToFileURL(candidate).href;
  }
  return undefined;
}

registerHooks({
  resolve(specifier, context, nextResolve) {
    const parent = context.parentURL?.startsWith("file:") ? fileURLToPath(context.parentURL) : undefined;
    if (parent && parent.startsWith(srcDir) && parent.endsWith(".ts")) {
      let base;
      if (specifier.startsWith("./") || specifier.startsWith("../")) base = path.resolve(path.dirname(parent), specifier);
      else if (specifier.startsWith("@/")) base = path.join(srcDir, specifier.slice(2));
      if (base !== undefined && !path.extname(base)) {
        const url = resolveSource(base);
        if (url) return nextResolve(url, context);
      }
    }
    return nextResolve(specifier, context);
  },
});

let speech;
const loadSpeech = () => (speech ??= import("../../speech/index.ts"));

/** A typed array that owns its whole buffer, so transferring the buffer sends exactly these samples. */
function ownBuffer(samples) {
  return samples.byteOffset === 0 && samples.byteLength === samples.buffer.byteLength ? samples : samples.slice();
}

/**
 * Tasks: `{ kind: "ping" }` (loads the speech code: the pool's start-up probe),
 * `{ kind: "decode", bytes }` → `{ samples, sampleRate, durationMs }` (samples
 * transferred, not copied) or `{ decodeError }` for audio that cannot be
 * decoded, `{ kind: "analyse", input }` → the speech metrics.
 */
export default async function run(task) {
  const { AudioDecodeError, analyseSpeech, decodeAudio } = await loadSpeech();
  switch (task.kind) {
    case "ping":
      return { ok: true };
    case "decode": {
      let decoded;
      try {
        decoded = await decodeAudio(task.bytes);
      } catch (error) {
        if (error instanceof AudioDecodeError) return { decodeError: error.message };
        throw error;
      }
      const samples = ownBuffer(decoded.samples);
      const value = { samples, sampleRate: decoded.sampleRate, durationMs: decoded.durationMs };
      return move({ [transferableSymbol]: [samples.buffer], [valueSymbol]: value });
    }
    case "analyse":
      return analyseSpeech(task.input);
    default:
      throw new Error(`unknown speech task: ${String(task.kind)}`);
  }
}
