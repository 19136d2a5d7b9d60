// Benchmark: a 30-minute live interview after the call — every chat event
// read page by page through the hume SDK from a local fake of Hume's REST API,
// then condensation, timestamp metrics, the offline analysis and grounding.
// Goal ≤ 500 ms on this machine (network to Hume excluded). Run with `npm run bench`.
import { HumeClient } from "hume";
import { groundFeedback } from "../src/features/liveInterviews/grounding";
import { computeLiveMetrics } from "../src/features/liveInterviews/metrics";
import { analyseLiveInterview } from "../src/insights/liveInterview";
import { condenseMessages, messagesFromEvents, type StoredChatEvent } from "../src/services/hume/transcript";
import { scriptedEvents, startFakeHume } from "../tests/support/fakeHume";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const MINUTES = 30;

const hume = await startFakeHume();
const startedAtMs = Date.now() - MINUTES * 60_000;
const chat = hume.addChat({ startedAtMs, endedAtMs: startedAtMs + MINUTES * 60_000 });
// A question every 45 s, answered in three utterances: 39 questions, 156 events, 78 turns (2 pages).
const lines: { at: number; speaker: "interviewer" | "candidate"; text: string }[] = [];
for (let t = 0, q = 0; t < MINUTES * 60_000 - 45_000; t += 45_000, q++) {
  lines.push({ at: t + 500, speaker: "interviewer", text: `Question ${q}: tell me about a time you had to make a trade-off under pressure.` });
  lines.push({ at: t + 14_000, speaker: "candidate", text: "At my previous job we had a checkout API that was slow, about 900 ms at p95." });
  lines.push({ at: t + 26_000, speaker: "candidate", text: "Um, I decided to add a cache because correctness mattered, and latency dropped to 200 ms." });
  lines.push({ at: t + 38_000, speaker: "candidate", text: "As a result conversion improved by 3%, and I learned to measure first." });
}
chat.events = scriptedEvents(chat.id, startedAtMs, lines);
const client = new HumeClient({ apiKey: hume.apiKey, environment: hume.url, maxRetries: 0 });

const times: number[] = [];
let turns = 0;
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  let page = await client.empathicVoice.chats.listChatEvents(chat.id, { pageSize: 100, pageNumber: 0, ascendingOrder: true });
  const events: StoredChatEvent[] = [...(page.data as StoredChatEvent[])];
  while (page.hasNextPage()) {
    page = await page.getNextPage();
    events.push(...(page.data as StoredChatEvent[]));
  }
  const condensed = condenseMessages(messagesFromEvents(events, startedAtMs));
  const metrics = computeLiveMetrics(condensed, MINUTES * 60_000);
  groundFeedback(analyseLiveInterview(condensed, metrics), condensed, "insights");
  times.push(performance.now() - started);
  turns = condensed.length;
}
await hume.close();
const first = times.shift()!;
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(
  JSON.stringify({
    benchmark: `${MINUTES}-minute live interview: fetch events (paged) + condense + metrics + offline analysis`,
    events: chat.events.length,
    turns,
    runs: RUNS,
    firstRunMs: +first.toFixed(1),
    medianMs: +pct(50).toFixed(1),
    p95Ms: +pct(95).toFixed(1),
    goalMs: 500,
  }),
);
