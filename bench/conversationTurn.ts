// Benchmark: the server's side of a spoken conversation turn with the
// insights engine on PGlite — the candidate's turn is stored (browser
// transcript + recording row), then advanceConversation grades it against
// the bank question, writes and inserts the follow-up and answers with the
// next turn. The browser adds its upload and rendering (the e2e run reports
// end-of-turn → next words shown). Goal: ≤ 150 ms median here, inside the
// 1.5 s end-of-turn → interviewer budget.
// Run with `node_modules/.bin/node node_modules/.bin/tsx bench/conversationTurn.ts`.
import pino from "pino";
import { advanceConversation } from "../src/features/interviews/conversation";
import { attachRecording, createInterview, listAnswerSummaries, saveBrowserTranscript } from "../src/features/interviews/db";
import { interpolateWords } from "../src/features/interviews/transcriptTiming";
import { getBankQuestion } from "../src/insights/questionBank";
import { insightsProducer } from "../src/services/ai";
import { createTestDatabase } from "../tests/support/database";
import { makeJob, makeUser } from "../tests/support/questionFactories";

const RUNS = Number(process.env.BENCH_RUNS ?? 20);
const ANSWER =
  "At my last job a colleague and I disagreed in code reviews. I asked him for a one-on-one and listened to understand his concerns. As a result our reviews went from days to hours.";

const t = await createTestDatabase("pglite");
const user = { ...(await makeUser(t.db, "free")), aiProvider: null };
const job = await makeJob(t.db, user.id);
const questions = ["bh-conflict-with-teammate", "bh-learning-from-failure", "bh-tight-deadline"].map((id) => getBankQuestion(id)!);
const deps = { db: t.db, user, producers: [insightsProducer()], log: pino({ level: "silent" }) };
const times: number[] = [];
for (let i = 0; i < RUNS + 3; i++) {
  const interview = await createInterview(t.db, {
    userId: user.id,
    jobInfoId: job.id,
    mode: "conversation",
    questions: questions.map((q) => ({ text: q.question, bankQuestionId: q.id })),
  });
  const [first] = await listAnswerSummaries(t.db, user.id, interview.id);
  const segments = [{ text: ANSWER, startMs: 800, endMs: 12_000 }];
  await saveBrowserTranscript(t.db, user.id, interview.id, first!.id, {
    text: ANSWER,
    timing: { segments, words: interpolateWords(segments), wordTimings: "interpolated" },
  });
  await attachRecording(t.db, user.id, first!.id, { storageKey: `recordings/bench/${i}.webm`, audioBytes: 1000, keepBrowserTranscript: true });
  const start = performance.now();
  const result = await advanceConversation(deps, { interviewId: interview.id, answerId: first!.id });
  const elapsed = performance.now() - start;
  if (!result.ok || !result.next?.followUp) throw new Error("expected a follow-up");
  if (i >= 3) times.push(elapsed);
}
await t.dispose();
times.sort((a, b) => a - b);
console.log(
  JSON.stringify({
    benchmark: "conversation turn on the server: grade, follow-up, insert, next turn (insights engine, PGlite)",
    runs: times.length,
    medianMs: Math.round(times[Math.floor(times.length / 2)]! * 10) / 10,
    p90Ms: Math.round(times[Math.floor(times.length * 0.9)]! * 10) / 10,
    goal: "≤ 150 ms",
  }),
);
