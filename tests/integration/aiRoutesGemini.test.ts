import { vi } from "vitest";
import { defineAiRouteSuite, makeDataDir, type RouteSession } from "../support/aiRouteSuite";
import { startFakeHume } from "../support/fakeHume";
import { startFakeLlmServer } from "../support/fakeLlmServer";

/**
 * Every AI feature through its route, as a user holding a Gemini key sees
 * it: GOOGLE_GENERATIVE_AI_API_KEY set and GOOGLE_BASE_URL pointing at a local
 * server speaking the Gemini API that @ai-sdk/google calls
 * (streamGenerateContent over SSE, generateContent; here a fake,
 * tests/support/fakeLlmServer.ts).
 * Stubbed: the signed-in user, the queue (jobs are run by the test with the
 * workers' own wiring), next/server's `after` (outside a request), and the
 * resilience timings (shortened; the product values are tested in
 * tests/unit/aiResilience.test.ts).
 */
const session = vi.hoisted((): RouteSession => ({ user: null, after: [], queued: { answers: [], live: [] } }));
vi.mock("@/features/users/currentUser", () => ({ getCurrentUser: async () => session.user }));
vi.mock("@/services/queue", () => ({
  enqueueAnswerAnalysis: async (id: string) => void session.queued.answers.push(id),
  enqueueLiveInterviewAnalysis: async (id: string) => void session.queued.live.push(id),
}));
vi.mock("next/server", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next/server")>()),
  after: (task: Promise<unknown> | (() => unknown)) => void session.after.push(Promise.resolve(typeof task === "function" ? task() : task)),
}));
vi.mock("@/services/ai/resilience", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/services/ai/resilience")>();
  return {
    ...real,
    DEFAULT_RESILIENCE: {
      ...real.DEFAULT_RESILIENCE,
      backoff: { initialDelayMs: 20, maxDelayMs: 2_000 },
      timeouts: { connectMs: 1_000, betweenChunksMs: 400, generateMs: 3_000 },
    },
  };
});

const llm = await startFakeLlmServer();
const hume = await startFakeHume();
const dataDir = makeDataDir();
Object.assign(process.env, {
  DARASA_DATA_DIR: dataDir,
  LOG_LEVEL: "error",
  GOOGLE_GENERATIVE_AI_API_KEY: "gemini-test-key",
  GOOGLE_BASE_URL: `${llm.url}/v1beta`,
  GOOGLE_MODEL: "gemini-2.5-flash",
  HUME_API_KEY: hume.apiKey,
  HUME_SECRET_KEY: hume.secretKey,
  HUME_API_URL: hume.url,
  HUME_EVI_HOST: hume.eviHost,
});
delete process.env.OPENAI_COMPATIBLE_BASE_URL;
delete process.env.STT_BASE_URL;

defineAiRouteSuite({ kind: "gemini", model: "gemini-2.5-flash", apiKey: "gemini-test-key", llm, hume, session, dataDir });
