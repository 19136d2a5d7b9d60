// Benchmark: extraction + deterministic report for a 2-page PDF resume.
// Goal ≤ 150 ms on this machine. Run with `npm run bench`.
import { extractResumeText } from "../src/resume/extract";
import { buildResumeReport } from "../src/resume/report";
import { REALISTIC_RESUME_TEXT, makeResumePdf } from "../tests/support/resumeFiles";

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const JOB = {
  jobTitle: "Senior Backend Engineer",
  jobDescription:
    "We are hiring a senior backend engineer. Requirements: TypeScript, Node.js, PostgreSQL, Kubernetes, AWS, CI/CD, distributed systems. Nice to have: GraphQL, Terraform, Kafka, observability, mentoring.",
};

const pdf = await makeResumePdf(REALISTIC_RESUME_TEXT, { pages: 2 });
const times: number[] = [];
let first = 0;
for (let i = 0; i < RUNS; i++) {
  const started = performance.now();
  const extracted = await extractResumeText(pdf.slice(), "pdf");
  if (!extracted.ok) throw new Error(extracted.message);
  buildResumeReport({ resumeText: extracted.text, ...JOB, pageCount: extracted.pageCount ?? undefined });
  const ms = performance.now() - started;
  if (i === 0) first = ms;
  else times.push(ms);
}
times.sort((a, b) => a - b);
const pct = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))]!;
console.log(
  JSON.stringify({
    benchmark: "2-page PDF resume: extraction + deterministic report",
    bytes: pdf.byteLength,
    runs: RUNS,
    firstRunMs: +first.toFixed(1),
    medianMs: +pct(50).toFixed(1),
    p95Ms: +pct(95).toFixed(1),
    goalMs: 150,
  }),
);
