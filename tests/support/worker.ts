import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "../..");

export type WorkerProcess = {
  child: ChildProcess;
  logs: () => string;
  exited: Promise<number | null>;
  /** Resolves once `text` appears in the worker's output; throws if it exits first or `ms` pass. */
  waitFor: (text: string, ms?: number) => Promise<void>;
  /** SIGTERM to npm, which passes it on (as a process manager's stop would); resolves with the exit code. */
  stop: () => Promise<number | null>;
  /** SIGKILL to the whole group (npm, tsx and the worker), as a crash: no shutdown. */
  kill: () => Promise<void>;
};

/**
 * Starts `npm run worker` (the real script) with only `env` (plus PATH and
 * HOME), in its own process group (npm → tsx → node) so a kill reaches the
 * worker itself.
 */
export function startWorkerProcess(env: Record<string, string>): WorkerProcess {
  let output = "";
  const child: ChildProcess = spawn("npm", ["run", "--silent", "worker"], {
    cwd: root,
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      PATH: `${path.join(root, "node_modules", ".bin")}:${process.env.PATH}`,
      HOME: process.env.HOME,
      LOG_LEVEL: "info",
      ...env,
    } as Record<string, string | undefined> as unknown as NodeJS.ProcessEnv,
  });
  child.stdout!.on("data", (d) => (output += d));
  child.stderr!.on("data", (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  const running = () => child.exitCode === null && child.signalCode === null;
  return {
    child,
    logs: () => output,
    exited,
    waitFor: async (text, ms = 30_000) => {
      const deadline = Date.now() + ms;
      while (!output.includes(text)) {
        if (!running()) throw new Error(`worker exited (${child.exitCode ?? child.signalCode}) before "${text}":\n${output}`);
        if (Date.now() > deadline) throw new Error(`no "${text}" from the worker within ${ms} ms:\n${output}`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    stop: async () => {
      if (running()) process.kill(child.pid!, "SIGTERM");
      return exited;
    },
    kill: async () => {
      try {
        process.kill(-child.pid!, "SIGKILL"); // also when npm is gone but tsx or the worker is not
      } catch {
        // the group has already exited
      }
      await exited;
    },
  };
}
