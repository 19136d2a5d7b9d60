// Benchmark: decode + analyseSpeech on a 60 s spoken answer (espeak-ng clips
// at mixed rates and voices, concatenated with pauses; 22.05 kHz 16-bit WAV).
// Goal: ≥ 100× real time on one core (< 600 ms per 60 s).
// Run with `node_modules/.bin/node node_modules/.bin/tsx bench/speech.ts`.
import { analyseSpeech } from "../src/speech/analyse";
import { decodeAudio } from "../src/speech/decode";
import { concatPcm, espeakWav, hasEspeak, makeTempDir, readWav, writeWav, type Pcm } from "../tests/support/speechAudio";

const RUNS = Number(process.env.BENCH_RUNS ?? 15);
const TARGET_SECONDS = 60;
const SENTENCES = [
  "In my last role I led a small team that rebuilt the payment service, and we cut the time to process a refund from two days to a few minutes.",
  "When a deadline slips, I first talk with the people who depend on the work, then I split the task into parts that can ship on their own.",
  "I enjoy solving hard problems with simple tools, so I measured each step of our build, removed two slow tests, and cached the rest.",
];
const VOICES = ["en-us", "en+f3", "en-gb-x-rp"];

if (!hasEspeak()) {
  console.error("espeak-ng is not installed; cannot build the benchmark audio.");
  process.exit(1);
}

const tmp = makeTempDir("darasa-speech-bench-");
const clips: Pcm[] = [];
let seconds = 0;
for (let i = 0; seconds < TARGET_SECONDS; i++) {
  const clip = readWav(
    espeakWav({
      wpm: 140 + (i % 3) * 20,
      voice: VOICES[i % VOICES.length] as string,
      text: SENTENCES[i % SENTENCES.length] as string,
      dir: tmp.dir,
      name: `clip-${i}`,
    }),
  );
  clips.push(clip);
  seconds += clip.samples.length / clip.sampleRate + 0.6;
}
const joined = concatPcm(clips, 600);
const sampleRate = joined.sampleRate;
const samples = joined.samples.subarray(0, Math.min(joined.samples.length, TARGET_SECONDS * sampleRate));
const wav = writeWav({ samples, sampleRate });
tmp.cleanup();

const audioSeconds = samples.length / sampleRate;
const times: number[] = [];
let syllables = 0;
for (let i = 0; i < RUNS + 2; i++) {
  const start = performance.now();
  const decoded = await decodeAudio(wav);
  const metrics = analyseSpeech({ samples: decoded.samples, sampleRate: decoded.sampleRate });
  const elapsed = performance.now() - start;
  syllables = metrics.syllables;
  if (i >= 2) times.push(elapsed); // two warm-up runs (JIT, WASM/decoder init)
}
times.sort((a, b) => a - b);
const medianMs = times[Math.floor(times.length / 2)] as number;
console.log(
  JSON.stringify({
    benchmark: "speech: decode + analyseSpeech, 60 s WAV",
    audioSeconds: Math.round(audioSeconds * 100) / 100,
    runs: times.length,
    medianMs: Math.round(medianMs * 10) / 10,
    minMs: Math.round((times[0] as number) * 10) / 10,
    realTimeFactor: Math.round((audioSeconds * 1000) / medianMs),
    goal: "≥ 100×",
    syllables,
  }),
);
