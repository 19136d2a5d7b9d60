// `npm test`: builds the app if the sources changed (server and browser tests
// run the production build), then runs every Vitest project: unit,
// integration (PGlite, plus Postgres when TEST_DATABASE_URL is set) and e2e.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const started = Date.now();
buildIfNeeded();
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "vitest", "vitest.mjs"), "run", ...process.argv.slice(2)], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`test suite finished in ${Math.round((Date.now() - started) / 1000)} s`);
process.exit(result.status ?? 1);
