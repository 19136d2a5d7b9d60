// Benchmark: the delay between a local fake streaming model's first token and
// the first byte an HTTP client receives through our question stream.
// Goal ≤ 30 ms. Run with `npm run bench`.
import { createServer } from "node:http";
import type { LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { MockLanguageModelV4 } from "ai/test";
import pino from "pino";
import { openDatabase } from "../src/drizzle/client";
import { insertJobInfo } from "../src/features/jobInfos/db";
import { streamNewQuestion } from "../src/features/questions/streams";
import { createLocalUser, setPlan } from "../src/features/users/db";

const RUNS = Number(process.env.BENCH_RUNS ?? 60);
const usage = { inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 }, outputTokens: { total: 1, text: 1, reasoning: 0 } };

const database = await openDatabase({ kind: "pglite" });
const created = await createLocalUser(database.db, { name: "Bench", email: "bench@example.test" });
await setPlan(database.db, created.id, "pro"); // no quota in the way of the runs
const user = { ...created, plan: "pro" as const };
const job = await insertJobInfo(database.db, user.id, {
  name: "Bench",
  title: "Engineer",
  experienceLevel: "mid-level",
  description: "TypeScript and Postgres.",
});

let firstTokenAt = 0;
function fakeStreamingModel() {
  return new MockLanguageModelV4({
    doStream: async () => ({
      stream: new ReadableStream<LanguageModelV4StreamPart>({
        async start(controller) {
          controller.enqueue({ type: "stream-start", warnings: [] });
          controller.enqueue({ type: "text-start", id: "0" });
          await new Promise((r) => setTimeout(r, 5)); // the model "thinks"
          firstTokenAt = performance.now();
          controller.enqueue({ type: "text-delta", id: "0", delta: "How would you " });
          await new Promise((r) => setTimeout(r, 20));
          controller.enqueue({ type: "text-delta", id: "0", delta: "index this query?" });
          controller.enqueue({ type: "text-end", id: "0" });
          controller.enqueue({ type: "finish", usage, finishReason: { unified: "stop", raw: "stop" } });
          controller.close();
        },
      }),
    }),
  });
}

const log = pino({ level: "silent" });
const server = createServer(async (_req, res) => {
  const { response, saved } = await streamNewQuestion(
    { db: database.db, user, producers: [{ id: "openai-compatible", kind: "llm", label: "fake", model: fakeStreamingModel() }], log },
    { jobInfoId: job.id, difficulty: "medium" },
  );
  res.writeHead(response.status, Object.fromEntries(response.headers));
  const reader = response.body!.getReader();
  for (let next = await reader.read(); !next.done; next = await reader.read()) res.write(next.value);
  res.end();
  await saved;
});
await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
const { port } = server.address() as { port: number };

const delays: number[] = [];
for (let i = 0; i < RUNS; i++) {
  const response = await fetch(`http://127.0.0.1:${port}/`, { method: "POST" });
  if (response.status !== 200) throw new Error(`run ${i}: status ${response.status} ${await response.text()}`);
  const reader = response.body!.getReader();
  await reader.read();
  const firstByteAt = performance.now();
  delays.push(firstByteAt - firstTokenAt);
  while (!(await reader.read()).done);
}
server.close();
await database.close();

delays.sort((a, b) => a - b);
const pct = (p: number) => delays[Math.min(delays.length - 1, Math.floor((p / 100) * delays.length))]!;
console.log(
  JSON.stringify({
    benchmark: "first model token → first byte at the client (question stream over HTTP)",
    runs: RUNS,
    medianMs: +pct(50).toFixed(2),
    p95Ms: +pct(95).toFixed(2),
    maxMs: +delays[delays.length - 1]!.toFixed(2),
    goalMs: 30,
  }),
);
