import { describe, expect, it } from "vitest";
import { createTurnDetector, DEFAULT_TURN_CONFIG, levelDb } from "@/features/interviews/turnTaking";
import { chooseFollowUp } from "@/insights/followUp";
import { getBankQuestion } from "@/insights/questionBank";
import { gradeAnswer } from "@/insights/rubric";
import { espeakWav, hasEspeak, insertSilence, makeTempDir, readWav } from "../support/speechAudio";

/** Level frames every 50 ms from a script of [dB, duration ms] pieces, as the recorder's analyser would give them. */
function frames(script: [number, number][]): [number, number][] {
  const out: [number, number][] = [];
  let at = 0;
  for (const [db, ms] of script) for (let t = 0; t < ms; t += 50, at += 50) out.push([db, at]);
  return out;
}

function endsAt(script: [number, number][], config = DEFAULT_TURN_CONFIG): number | null {
  const detector = createTurnDetector(config);
  for (const [db, at] of frames(script)) if (detector.push(db, at) === "ended") return at;
  return null;
}

describe("turn taking from microphone levels", () => {
  const SPEECH = -25;
  const ROOM = -60;

  it("ends the turn after the configured silence following speech", () => {
    const at = endsAt([
      [ROOM, 1000],
      [SPEECH, 3000],
      [ROOM, 4000],
    ]);
    expect(at).not.toBeNull();
    expect(at! - 4000).toBeGreaterThanOrEqual(DEFAULT_TURN_CONFIG.minSilenceMs - 50);
    expect(at! - 4000).toBeLessThanOrEqual(DEFAULT_TURN_CONFIG.minSilenceMs + 100);
  });

  it("does not end on short pauses between phrases, nor on silence before the first word", () => {
    expect(endsAt([[ROOM, 6000]])).toBeNull(); // thinking before answering never ends the turn
    expect(
      endsAt([
        [SPEECH, 2000],
        [ROOM, 1500],
        [SPEECH, 2000],
        [ROOM, 1200],
        [SPEECH, 1000],
      ]),
    ).toBeNull();
  });

  it("ignores a click or cough shorter than the minimum speech", () => {
    expect(
      endsAt([
        [ROOM, 500],
        [SPEECH, 150],
        [ROOM, 5000],
      ]),
    ).toBeNull();
  });

  it("gives people who need longer pauses the extra thinking time", () => {
    const script: [number, number][] = [
      [SPEECH, 2000],
      [ROOM, 3500],
      [SPEECH, 1000],
      [ROOM, 8000],
    ];
    expect(endsAt(script)).toBeLessThan(5000); // default: the 3.5 s pause ends it
    const patient = endsAt(script, { ...DEFAULT_TURN_CONFIG, extraThinkingMs: 2000 });
    expect(patient).toBeGreaterThan(6500); // +2 s: the pause is kept, the final silence ends it
  });

  it("detects the candidate speaking over the interviewer (barge-in) within the minimum speech time", () => {
    const detector = createTurnDetector({ ...DEFAULT_TURN_CONFIG, minSpeechMs: 400 });
    const states = frames([
      [ROOM, 1000],
      [SPEECH, 600],
    ]).map(([db, at]) => detector.push(db, at));
    expect(states.indexOf("speaking")).toBe(1000 / 50 + 400 / 50);
  });

  it("measures frame levels in dBFS", () => {
    expect(levelDb(new Float32Array(512).fill(0))).toBe(-100);
    expect(Math.round(levelDb(new Float32Array(512).fill(0.1)))).toBe(-20);
  });
});

describe("the insights engine's follow-up", () => {
  const question = getBankQuestion("bh-conflict-with-teammate")!;

  it("asks about a key point the answer missed, never one it covered", () => {
    const answer =
      "At my last job I had to work with a colleague who disagreed with my code reviews. I asked him for a one-on-one and listened to understand his concerns. As a result our reviews went from days to hours.";
    const followUp = chooseFollowUp(question, answer)!;
    const graded = gradeAnswer(question, answer);
    expect(followUp.keyPoint).not.toBeNull();
    expect(graded.covered.map((c) => c.point)).not.toContain(followUp.keyPoint);
    expect([...graded.missed.map((m) => m.point), ...graded.partial.map((p) => p.point)]).toContain(followUp.keyPoint);
    expect(followUp.text).toContain(followUp.keyPoint!.charAt(0).toLowerCase() + followUp.keyPoint!.slice(1));
  });

  it("asks a very short answer to go on, and asks nothing of an answer that covers every point", () => {
    expect(chooseFollowUp(question, "It was fine.")!.keyPoint).toBeNull();
    const full = gradeAnswer(question, question.modelAnswer);
    if (full.missed.length === 0 && full.partial.length === 0) expect(chooseFollowUp(question, question.modelAnswer)).toBeNull();
  });
});

describe.skipIf(!hasEspeak())("turn taking on recorded speech (espeak-ng)", () => {
  it("keeps a 1.2 s mid-answer pause inside the turn and ends 2.5 s into the final silence", () => {
    const temp = makeTempDir();
    try {
      const clip = espeakWav({ wpm: 160, voice: "en-us", text: "I led the migration. It took three months and we cut costs by half.", dir: temp.dir });
      // 0.8 s of thinking, a 1.2 s pause after the first sentence (~1.4 s in), then 5 s of silence at the end.
      const wav = insertSilence(insertSilence(insertSilence(clip, 0, 800), 2300, 1200), Number.MAX_SAFE_INTEGER, 5000);
      const { samples, sampleRate } = readWav(wav);
      const frame = Math.round(sampleRate * 0.05);
      const speechEndMs = ((samples.length - 5 * sampleRate) / sampleRate) * 1000;
      const detector = createTurnDetector();
      let endedAt: number | null = null;
      for (let i = 0; i + frame <= samples.length && endedAt === null; i += frame) {
        const at = (i / sampleRate) * 1000;
        if (detector.push(levelDb(samples.subarray(i, i + frame)), at) === "ended") endedAt = at;
      }
      expect(endedAt).not.toBeNull();
      expect(endedAt! - speechEndMs).toBeGreaterThan(DEFAULT_TURN_CONFIG.minSilenceMs - 600); // espeak's own trailing quiet counts as silence
      expect(endedAt! - speechEndMs).toBeLessThan(DEFAULT_TURN_CONFIG.minSilenceMs + 200);
    } finally {
      temp.cleanup();
    }
  });
});
