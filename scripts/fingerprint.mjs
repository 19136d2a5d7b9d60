// A hash of everything a production build depends on, so `npm start`
// rebuilds only when the sources changed.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

const INPUTS = ["src", "public", "drizzle", "next.config.ts", "package-lock.json", "postcss.config.mjs", "tsconfig.json"];

function walk(file, out) {
  let stat;
  try {
    stat = statSync(file);
  } catch {
    return;
  }
  if (stat.isDirectory()) for (const entry of readdirSync(file).sort()) walk(path.join(file, entry), out);
  else out.push(file);
}

export function buildFingerprint(root) {
  const files = [];
  for (const input of INPUTS) walk(path.join(root, input), files);
  const hash = createHash("sha256");
  for (const file of files) hash.update(path.relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}
