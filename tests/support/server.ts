import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { serveNodeArgs } from "../../scripts/serveNodeArgs.mjs";

/** A normal desktop browser user agent (bot detection blocks curl and HeadlessChrome). */
export const BROWSER_UA = "Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/140.0.0.0 Safari/537.36";

export type TestServer = {
  url: string;
  dataDir: string;
  logs: () => string;
  stop: () => Promise<void>;
  /** SIGKILL, as a crash would: no graceful shutdown, the data folder is left as it is. */
  kill: () => Promise<void>;
};

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on("error", reject);
  });
}

/**
 * Starts the production build (`.next`, made by `npm run build`) as a real
 * server on a free port with its own empty data folder and the given env.
 */
export async function startTestServer(env: Record<string, string | undefined> = {}): Promise<TestServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "darasa-test-"));
  let output = "";
  const root = path.resolve(import.meta.dirname, "../..");
  // Node's flags as `npm start` gives them (the heap cap), so tests run the server users run.
  const child: ChildProcess = spawn(process.execPath, [...serveNodeArgs(root), "scripts/server.mjs"], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      HOST: "127.0.0.1",
      PORT: String(port),
      DARASA_DATA_DIR: dataDir,
      LOG_LEVEL: "info",
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as Record<string, string | undefined> as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const url = `http://127.0.0.1:${port}`;
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}):\n${output}`);
    try {
      const res = await fetch(`${url}/api/health`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill("SIGKILL");
      throw new Error(`server did not become healthy:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    dataDir,
    logs: () => output,
    kill: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill("SIGKILL");
        await exited;
      }
    },
    stop: async () => {
      if (child.exitCode === null) {
        child.kill("SIGTERM");
        const timer = setTimeout(() => child.kill("SIGKILL"), 15_000);
        await exited;
        clearTimeout(timer);
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Runs the server once with `env` and returns its exit code and output (for start-up failures). */
export async function runServerExpectingExit(env: Record<string, string>, timeoutMs = 60_000) {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), "darasa-test-"));
  const child = spawn(process.execPath, ["scripts/server.mjs"], {
    cwd: path.resolve(import.meta.dirname, "../.."),
    env: { PATH: process.env.PATH, HOME: process.env.HOME, HOST: "127.0.0.1", PORT: String(port), DARASA_DATA_DIR: dataDir, ...env } as Record<
      string,
      string | undefined
    > as unknown as NodeJS.ProcessEnv,
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (d) => (output += d));
  child.stderr.on("data", (d) => (output += d));
  const timer = setTimeout(() => child.kill("SIGKILL"), timeoutMs);
  const code = await new Promise<number | null>((resolve) => child.once("exit", resolve));
  clearTimeout(timer);
  rmSync(dataDir, { recursive: true, force: true });
  return { code, output };
}
