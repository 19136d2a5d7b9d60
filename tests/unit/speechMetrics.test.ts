import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { analyseSpeech } from "@/speech/analyse";
import { decodeAudio } from "@/speech/decode";
import type { SpeechMetrics } from "@/speech/types";
import {
  countSyllables,
  ESPEAK_MISSING,
  espeakIpa,
  espeakWav,
  firstSoundSample,
  glide,
  hasEspeak,
  insertSilence,
  makeTempDir,
  readWav,
  sineTone,
  whiteNoise,
  words,
  writeWav,
  type Pcm,
} from "../support/speechAudio";

/**
 * Speech metrics against synthetic ground truth: espeak-ng speech at known
 * texts and rates, silences spliced in at known positions, pure tones.
 */

const espeak = hasEspeak();
if (!espeak) console.warn(ESPEAK_MISSING);

/** Three ~50-word interview answers whose syllable count is unambiguous (the heuristic agrees with espeak-ng's phonemes). */
const TEXTS = [
  "In my last role I led a small team that rebuilt the payment service. We moved from a single large database to smaller services, and we cut the time to process a refund from two days to a few minutes. I learned to write clear plans and to ask for help early.",
  "When a deadline slips, I first talk with the people who depend on the work. Then I split the task into parts that can ship on their own, and I pick the part that gives the most value. Last year this helped us launch a mobile app on time for a big client.",
  "I enjoy solving hard problems with simple tools. At my current company I found that the build took forty minutes, so I measured each step, removed two slow tests that did nothing, and cached the rest. Now the build runs in nine minutes and the team ships twice as often.",
];
const RATES = [100, 130, 160, 190, 220];
const VOICES = ["en", "en-us", "en-gb-x-rp", "en+f3"];

let tmp: { dir: string; cleanup: () => void };
beforeAll(() => {
  tmp = makeTempDir();
});
afterAll(() => tmp?.cleanup());

async function analyseWav(wav: Uint8Array): Promise<SpeechMetrics> {
  const audio = await decodeAudio(wav);
  return analyseSpeech({ samples: audio.samples, sampleRate: audio.sampleRate });
}

/** Vowel nuclei in espeak-ng's IPA: each vowel letter starts a syllable unless tied to the previous one (ZWJ in --ipa=3 output is not used here, so diphthongs are matched as pairs). */
function ipaSyllables(ipa: string): number {
  const diphthongs = /(eɪ|aɪ|ɔɪ|oʊ|aʊ|əʊ|ɪə|eə|ʊə)/g;
  const collapsed = ipa.replace(diphthongs, "V");
  return collapsed.match(/[Vaæɐɑɒəɚɛɜɝeiɪᵻoɔʊuʌyɨʉɵøœ]/g)?.length ?? 0;
}

describe.skipIf(!espeak)("speech rate from syllable nuclei (espeak-ng matrix)", () => {
  it("the text syllable heuristic agrees with espeak-ng's own phonemes", () => {
    for (const text of TEXTS) {
      const heuristic = countSyllables(text);
      const phonemes = ipaSyllables(espeakIpa(text, "en-us"));
      expect(Math.abs(heuristic - phonemes) / phonemes).toBeLessThanOrEqual(0.03);
    }
  });

  it("estimates the rate within ±15% for ≥ 90% of 60 files (3 texts × 4 voices × 5 rates)", async () => {
    type Row = {
      text: number;
      voice: string;
      espeakS: number;
      words: number;
      syllables: number;
      detected: number;
      speakingS: number;
      trueWpm: number;
      estWpm: number;
      fixedWpm: number;
      error: number;
    };
    const rows: Row[] = [];
    for (const [t, text] of TEXTS.entries()) {
      const wordCount = words(text).length;
      const syllables = countSyllables(text);
      const syllablesPerWord = syllables / wordCount;
      for (const voice of VOICES) {
        for (const rate of RATES) {
          const m = await analyseWav(espeakWav({ wpm: rate, voice, text, dir: tmp.dir, name: `matrix-${t}-${voice}-${rate}` }));
          const speakingMin = m.speakingMs / 60000;
          // Ground truth: espeak's -s is only nominal, so true wpm = words / speaking time measured by the VAD.
          const trueWpm = wordCount / speakingMin;
          // Audio-only estimate: detected syllables over the same speaking time, ÷ this text's syllables per word.
          const estWpm = (m.syllablesPerSecond.articulation * 60) / syllablesPerWord;
          rows.push({
            text: t,
            voice,
            espeakS: rate,
            words: wordCount,
            syllables,
            detected: m.syllables,
            speakingS: Number((m.speakingMs / 1000).toFixed(2)),
            trueWpm: Math.round(trueWpm),
            estWpm: Math.round(estWpm),
            fixedWpm: Math.round((m.syllablesPerSecond.articulation * 60) / 1.5),
            error: Number(((estWpm / trueWpm - 1) * 100).toFixed(1)),
          });
        }
      }
    }
    const hits = rows.filter((r) => Math.abs(r.error) <= 15).length;
    const hitRate = hits / rows.length;
    console.table(rows);
    const meanAbs = rows.reduce((s, r) => s + Math.abs(r.error), 0) / rows.length;
    console.log(
      `speech-rate hit rate (±15%): ${hits}/${rows.length} = ${(hitRate * 100).toFixed(1)}%; mean |error| ${meanAbs.toFixed(1)}%; worst ${Math.max(...rows.map((r) => Math.abs(r.error))).toFixed(1)}%`,
    );
    expect(rows.length).toBeGreaterThanOrEqual(24);
    expect(hitRate).toBeGreaterThanOrEqual(0.9);
    // The estimate must follow the rate: faster espeak settings give higher estimates.
    for (const [t] of TEXTS.entries()) {
      for (const voice of VOICES) {
        const series = rows.filter((r) => r.text === t && r.voice === voice).map((r) => r.estWpm);
        expect(series[series.length - 1]).toBeGreaterThan(series[0] as number);
      }
    }
  }, 90_000);
});

/** Time (ms) at the centre of the loudest 20 ms window within ±searchMs of targetMs: splicing there cuts through a vowel, so the true pause edges are sharp. */
function loudestPointMs(pcm: Pcm, targetMs: number, searchMs = 300): number {
  const { samples, sampleRate } = pcm;
  const win = Math.round(0.02 * sampleRate);
  let best = targetMs;
  let bestEnergy = -1;
  for (let ms = targetMs - searchMs; ms <= targetMs + searchMs; ms += 5) {
    const start = Math.round((ms / 1000) * sampleRate) - (win >> 1);
    if (start < 0 || start + win > samples.length) continue;
    let e = 0;
    for (let i = start; i < start + win; i++) e += (samples[i] as number) ** 2;
    if (e > bestEnergy) {
      bestEnergy = e;
      best = ms;
    }
  }
  return best;
}

function addNoise(wav: Uint8Array, rmsDb: number): Uint8Array {
  const pcm = readWav(wav);
  const noise = whiteNoise(pcm.samples.length, rmsDb);
  const out = new Float32Array(pcm.samples.length);
  for (let i = 0; i < out.length; i++) out[i] = (pcm.samples[i] as number) + (noise[i] as number);
  return writeWav({ samples: out, sampleRate: pcm.sampleRate });
}

/** The clip with its leading silence cut (first sample above 2% of peak). */
function trimLeading(wav: Uint8Array): Uint8Array {
  const pcm = readWav(wav);
  return writeWav({ samples: pcm.samples.subarray(firstSoundSample(pcm.samples)), sampleRate: pcm.sampleRate });
}

describe.skipIf(!espeak)("pauses and thinking time (spliced silences)", () => {
  const SENTENCE = "We moved from a single large database to smaller services and we cut the time to process a refund from two days to a few minutes";

  for (const noiseDb of [null, -55] as const) {
    const label = noiseDb === null ? "clean" : `with white noise at ${noiseDb} dBFS`;

    it(`finds inserted 800 ms and 1500 ms pauses within 100 ms (${label})`, async () => {
      const base = espeakWav({ wpm: 160, voice: "en-us", text: SENTENCE, dir: tmp.dir, name: "pause-base" });
      const pcm = readWav(base);
      const durationMs = (pcm.samples.length / pcm.sampleRate) * 1000;
      const at1 = loudestPointMs(pcm, durationMs * 0.35);
      const at2 = loudestPointMs(pcm, durationMs * 0.7);
      // Insert the later one first so the earlier position is unaffected.
      let wav = insertSilence(insertSilence(base, at2, 1500), at1, 800);
      if (noiseDb !== null) wav = addNoise(wav, noiseDb);
      const m = await analyseWav(wav);
      const truths = [
        { startMs: at1, endMs: at1 + 800 },
        { startMs: at2 + 800, endMs: at2 + 800 + 1500 },
      ];
      for (const truth of truths) {
        const found = m.pauses.list.reduce((a, b) => (Math.abs(b.startMs - truth.startMs) < Math.abs(a.startMs - truth.startMs) ? b : a));
        console.log(`pause truth ${Math.round(truth.startMs)}–${Math.round(truth.endMs)} ms, found ${found.startMs}–${found.endMs} ms (${label})`);
        expect(Math.abs(found.startMs - truth.startMs)).toBeLessThanOrEqual(100);
        expect(Math.abs(found.endMs - truth.endMs)).toBeLessThanOrEqual(100);
      }
      expect(m.speakingMs + m.silenceMs).toBeCloseTo(m.durationMs, 6);
    });

    it(`measures leading silence as thinking time within 100 ms and excludes trailing silence (${label})`, async () => {
      const speech = trimLeading(espeakWav({ wpm: 150, voice: "en-gb-x-rp", text: SENTENCE, dir: tmp.dir, name: "lead-base" }));
      const speechMs = (readWav(speech).samples.length / readWav(speech).sampleRate) * 1000;
      let wav = insertSilence(insertSilence(speech, speechMs, 2000), 0, 1500);
      if (noiseDb !== null) wav = addNoise(wav, noiseDb);
      const m = await analyseWav(wav);
      console.log(`thinking time truth 1500 ms, found ${m.thinkingTimeMs} ms; trailing ${Math.round(m.trailingSilenceMs)} ms (${label})`);
      expect(m.thinkingTimeMs).not.toBeNull();
      expect(Math.abs((m.thinkingTimeMs as number) - 1500)).toBeLessThanOrEqual(100);
      expect(m.trailingSilenceMs).toBeGreaterThanOrEqual(1900);
      const lastSegment = m.segments[m.segments.length - 1];
      expect(m.pauses.list.every((p) => p.endMs <= (lastSegment?.startMs ?? 0))).toBe(true);
      expect(m.pauses.list.every((p) => p.startMs >= (m.thinkingTimeMs as number))).toBe(true);
    });
  }

  it("flags a 3.5 s mid-answer pause as a long-pause moment", async () => {
    const base = espeakWav({ wpm: 150, voice: "en", text: SENTENCE, dir: tmp.dir, name: "long-base" });
    const pcm = readWav(base);
    const at = loudestPointMs(pcm, (pcm.samples.length / pcm.sampleRate) * 500);
    const m = await analyseWav(insertSilence(base, at, 3500));
    expect(m.pauses.longCount).toBe(1);
    const moment = m.moments.find((x) => x.kind === "long-pause");
    expect(moment).toBeDefined();
    expect(Math.abs((moment?.startMs ?? 0) - at)).toBeLessThanOrEqual(100);
    expect(m.pauses.longestMs).toBeGreaterThanOrEqual(3400);
  });
});

describe("pitch (YIN) on synthetic tones", () => {
  for (const sampleRate of [16000, 22050, 48000]) {
    for (const hz of [110, 220, 440]) {
      it(`median of a ${hz} Hz tone at ${sampleRate} Hz is within 2%`, () => {
        const m = analyseSpeech({ samples: sineTone(hz, 2000, sampleRate), sampleRate });
        expect(m.pitch.medianHz).not.toBeNull();
        expect(Math.abs((m.pitch.medianHz as number) / hz - 1)).toBeLessThanOrEqual(0.02);
      });
    }
  }

  it("a glide varies more than a steady tone, and only the steady tone is monotone", () => {
    const sampleRate = 22050;
    const steady = analyseSpeech({ samples: sineTone(200, 3000, sampleRate), sampleRate });
    const glided = analyseSpeech({ samples: glide(150, 300, 3000, sampleRate), sampleRate });
    console.log(
      `variability: steady ${steady.pitch.variabilitySemitones?.toFixed(2)} st, glide ${glided.pitch.variabilitySemitones?.toFixed(2)} st (uniform over 12 st → 3.46)`,
    );
    expect(steady.pitch.variabilitySemitones as number).toBeLessThan(0.5);
    expect(glided.pitch.variabilitySemitones as number).toBeGreaterThan((steady.pitch.variabilitySemitones as number) + 2);
    expect(steady.pitch.monotone).toBe(true);
    expect(glided.pitch.monotone).toBe(false);
  });

  it("silence has no pitch, no speech and no syllables", () => {
    const m = analyseSpeech({ samples: new Float32Array(16000), sampleRate: 16000 });
    expect(m.pitch.medianHz).toBeNull();
    expect(m.speakingMs).toBe(0);
    expect(m.syllables).toBe(0);
    expect(m.thinkingTimeMs).toBeNull();
    expect(m.waveform.every((v) => v === 0)).toBe(true);
  });

  it("steady white noise is not speech (no voicing)", () => {
    const m = analyseSpeech({ samples: whiteNoise(3 * 16000, -40), sampleRate: 16000 });
    expect(m.speakingMs).toBe(0);
    expect(m.segments).toEqual([]);
    expect(m.pitch.medianHz).toBeNull();
  });
});
