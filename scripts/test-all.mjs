// `npm test`: builds the app if the sources changed (server and browser tests
// run the production build), then runs every Vitest project: unit,
// integration (PGlite, plus Postgres when TEST_DATABASE_URL is set) and e2e.
// One test file at a time: servers, browsers and audio analysis share 2 cores,
// and timing-sensitive browser tests must not compete with CPU-heavy suites.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildIfNeeded } from "./build-if-needed.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const started = Date.now();
buildIfNeeded();
const report = path.join(root, "test-results", "vitest.json");
rmSync(report, { force: true });
const vitestArgs = ["run", "--maxWorkers=1", "--reporter=default", "--reporter=json", `--outputFile.json=${report}`, ...process.argv.slice(2)];
const result = spawnSync(process.execPath, [path.join(root, "node_modules", "vitest", "vitest.mjs"), ...vitestArgs], {
  cwd: root,
  stdio: "inherit",
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
});
console.log(`test suite finished in ${Math.round((Date.now() - started) / 1000)} s`);
if (existsSync(report)) {
  const { numPassedTests, numFailedTests, numPendingTests } = JSON.parse(readFileSync(report, "utf8"));
  console.log(`${numPassedTests} passed, ${numFailedTests} failed, ${numPendingTests} skipped`);
}
process.exit(result.status ?? 1);
