// Benchmark: the spoken-answer steps added on top of the audio analysis, for a
// 60 s answer (~160 words): the browser transcript's word timing
// (interpolateWords), content grading of the transcript by the insights
// engine through the AI SDK (generateText + schema), quote placement, and
// filler highlighting; plus one OpenAI-compatible transcription round trip
// (multipart out, verbose_json back) for 1 MB of audio against the local fake.
// Goals: grading + timing ≤ 30 ms; STT client overhead ≤ 50 ms.
// Run with `node_modules/.bin/node node_modules/.bin/tsx bench/spokenAnswer.ts`.
import { gradeSpokenAnswer } from "../src/features/interviews/contentGrading";
import { interpolateWords } from "../src/features/interviews/transcriptTiming";
import { getBankQuestion } from "../src/insights/questionBank";
import { createInsightsModel } from "../src/services/ai/insightsModel";
import { getSpeechToText } from "../src/services/stt";
import { markFillers } from "../src/speech/fillers";
import { startFakeSttServer } from "../tests/support/fakeSttServer";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const question = getBankQuestion("bh-conflict-with-teammate")!;
const transcript = `${question.modelAnswer} Um, so, basically that is, you know, what I did.`;
const segments = transcript.split(/(?<=\.) /).map((text, i) => ({ text, startMs: i * 6000, endMs: i * 6000 + 5500 }));
const job = { title: "Backend engineer", description: "Node.js, PostgreSQL, payments and code review.", experienceLevel: "mid-level" as const };
const producers = [{ id: "insights" as const, kind: "insights" as const, label: "insights engine", model: createInsightsModel() }];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const grading: number[] = [];
for (let i = 0; i < RUNS + 3; i++) {
  const start = performance.now();
  const words = interpolateWords(segments);
  await gradeSpokenAnswer({ producers, job, questionText: question.question, bankQuestionId: question.id, transcript, words });
  markFillers(transcript);
  if (i >= 3) grading.push(performance.now() - start);
}

const fake = await startFakeSttServer();
const stt = getSpeechToText({ STT_BASE_URL: `${fake.url}/v1`, STT_MODEL: "whisper-1" })!;
const audio = new Uint8Array(1024 * 1024).map((_, i) => (i * 31) % 251);
audio.set(new TextEncoder().encode("RIFF\0\0\0\0WAVE"));
const stt1: number[] = [];
for (let i = 0; i < 12; i++) {
  const start = performance.now();
  await stt.transcribe(audio, "audio/wav", { language: "en-GB" });
  if (i >= 2) stt1.push(performance.now() - start);
}
await fake.close();

console.log(
  JSON.stringify({
    benchmark: "spoken answer: timing + content grading + fillers (insights engine), 60 s answer",
    words: transcript.split(/\s+/).length,
    runs: grading.length,
    medianMs: Math.round(median(grading) * 10) / 10,
    goal: "≤ 30 ms",
  }),
);
console.log(
  JSON.stringify({
    benchmark: "speech-to-text client: 1 MB multipart to a local OpenAI-compatible fake and back",
    runs: stt1.length,
    medianMs: Math.round(median(stt1) * 10) / 10,
    goal: "≤ 50 ms",
  }),
);
