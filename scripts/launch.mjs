#!/usr/bin/env node
// Entry point of `npm start` and `npm test` on any Node >= 18: installs the
// locked dependencies when they are missing or stale (they include Node 24,
// which the app needs), then runs the real task with that Node.
import { spawnSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const task = process.argv[2];
if (!task) {
  console.error("usage: node scripts/launch.mjs <npm script>");
  process.exit(2);
}

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const bundledNode = path.join(root, "node_modules", ".bin", "node");
const installedLock = path.join(root, "node_modules", ".package-lock.json");
const lock = path.join(root, "package-lock.json");

const stale = !existsSync(bundledNode) || !existsSync(installedLock) || statSync(lock).mtimeMs > statSync(installedLock).mtimeMs;

function run(cmd, args) {
  const result = spawnSync(cmd, args, { cwd: root, stdio: "inherit", env: process.env });
  if (result.error) throw result.error;
  return result.status ?? 1;
}

if (stale) {
  // `npm ci`: exactly the locked versions, and a lock out of step with
  // package.json fails here instead of being rewritten on the user's machine.
  console.log("Installing dependencies…");
  const status = run(npm, ["ci", "--no-audit", "--no-fund"]);
  if (status !== 0) process.exit(status);
}

// npm puts node_modules/.bin (with Node 24) first on PATH for scripts.
process.exit(run(npm, ["run", "--silent", task, "--", ...process.argv.slice(3)]));
