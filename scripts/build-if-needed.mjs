// Builds the app unless the existing build matches the sources.
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { buildFingerprint } from "./fingerprint.mjs";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const stampFile = path.join(root, ".next", "darasa-build-stamp");

export function buildIfNeeded() {
  const fingerprint = buildFingerprint(root);
  const current = existsSync(stampFile) && existsSync(path.join(root, ".next", "BUILD_ID")) ? readFileSync(stampFile, "utf8") : "";
  if (current === fingerprint) return;
  console.log("Building Darasa (first start or sources changed)…");
  const result = spawnSync(process.execPath, [path.join(root, "node_modules", "next", "dist", "bin", "next"), "build"], {
    cwd: root,
    stdio: "inherit",
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  if (result.status !== 0) process.exit(result.status ?? 1);
  writeFileSync(stampFile, fingerprint);
}

if (import.meta.url === `file://${process.argv[1]}`) buildIfNeeded();
