// Node's own flags from the `serve` script in package.json (what `npm start` runs),
// so benchmarks and tests start the production server exactly as users do.
import { readFileSync } from "node:fs";
import path from "node:path";

/** @param {string} root the repository root @returns {string[]} */
export function serveNodeArgs(root) {
  const serve = JSON.parse(readFileSync(path.join(root, "package.json"), "utf8")).scripts.serve;
  const words = serve.split(/\s+/);
  return words.slice(words.indexOf("node") + 1, words.indexOf("scripts/server.mjs")).filter((word) => word.startsWith("--"));
}
