import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { getSpeechToText, isSttConfigured, resetSttPolicies, SttError, type SttSettings, type SttTranscript } from "@/services/stt";
import { DEFAULT_STT_RESILIENCE, interpolateWords, iso639_1, type SttResilienceOptions } from "@/services/stt/shared";
import { audioFileName } from "@/services/stt/openaiCompatible";
import { geminiSegments, parseClock } from "@/services/stt/gemini";
import { espeakWav, hasEspeak, makeTempDir, writeWav } from "../support/speechAudio";
import { hang, ok, raw, SAMPLE_TRANSCRIPT, startFakeSttServer, status, type FakeSttServer } from "../support/fakeSttServer";

/**
 * Speech-to-text adapters end to end: the real adapter code (fetch +
 * FormData for OpenAI-compatible servers, @ai-sdk/google for Gemini) talking
 * HTTP to a local fake that parses and records the exact wire format.
 * Timings are shortened through the resilience options.
 */

const FAST: SttResilienceOptions = {
  attempts: 3,
  backoff: { initialDelayMs: 5, maxDelayMs: 20 },
  timeoutMs: 250,
  breaker: { consecutiveFailures: 5, failureRatio: 0.5, windowMs: 60_000, halfOpenAfterMs: 250 },
};

const STT_KEY = "sk-test-stt-0123456789";
const GEMINI_KEY = "AIza-test-gemini-0123456789";
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

let fake: FakeSttServer;
let wav: Uint8Array;

/** A real WAV: espeak-ng saying a sentence when installed, else a 0.6 s synthetic voiced tone. */
function makeWav(): Uint8Array {
  if (hasEspeak()) {
    const temp = makeTempDir("darasa-stt-");
    try {
      return espeakWav({ wpm: 160, voice: "en-gb", text: "Um, I led the migration to Postgres.", dir: temp.dir, name: "stt" });
    } finally {
      temp.cleanup();
    }
  }
  const sampleRate = 16_000;
  const samples = new Float32Array(Math.round(sampleRate * 0.6));
  for (let i = 0; i < samples.length; i++) {
    const t = i / sampleRate;
    const envelope = Math.sin((Math.PI * i) / samples.length);
    samples[i] = 0.4 * envelope * (Math.sin(2 * Math.PI * 140 * t) + 0.5 * Math.sin(2 * Math.PI * 280 * t) + 0.25 * Math.sin(2 * Math.PI * 420 * t));
  }
  return writeWav({ samples, sampleRate });
}

const openAiSettings = (extra: Partial<SttSettings> = {}): SttSettings => ({
  STT_BASE_URL: `${fake.url}/v1`,
  STT_MODEL: "whisper-large-v3",
  STT_API_KEY: STT_KEY,
  ...extra,
});
const geminiSettings = (extra: Partial<SttSettings> = {}): SttSettings => ({
  GOOGLE_GENERATIVE_AI_API_KEY: GEMINI_KEY,
  GOOGLE_MODEL: "gemini-2.5-flash",
  GOOGLE_BASE_URL: `${fake.url}/v1beta`,
  ...extra,
});
const sttFor = (settings: SttSettings) => {
  const stt = getSpeechToText(settings, { resilience: FAST });
  if (!stt) throw new Error("expected an STT adapter");
  return stt;
};

async function expectSttError(promise: Promise<unknown>): Promise<SttError> {
  const error = await promise.then(
    () => {
      throw new Error("expected the transcription to fail");
    },
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SttError);
  return error as SttError;
}

function expectWordsInsideSegments(transcript: SttTranscript) {
  let previousEnd = 0;
  for (const word of transcript.words) {
    expect(word.endMs).toBeGreaterThanOrEqual(word.startMs);
    expect(word.startMs).toBeGreaterThanOrEqual(previousEnd);
    previousEnd = word.endMs;
    const inside = transcript.segments.some((s) => word.startMs >= s.startMs && word.endMs <= s.endMs);
    expect(inside, `${word.word} ${word.startMs}-${word.endMs} is inside a segment`).toBe(true);
  }
}

beforeAll(async () => {
  fake = await startFakeSttServer();
  wav = makeWav();
});

afterAll(async () => {
  await fake.close();
});

beforeEach(() => {
  fake.reset();
  resetSttPolicies();
});

describe("OpenAI-compatible transcription", () => {
  it("posts the exact multipart request and converts word and segment timings to ms", async () => {
    expect(wav.byteLength).toBeGreaterThan(44);
    expect(new TextDecoder().decode(wav.subarray(0, 4))).toBe("RIFF");
    const transcript = await sttFor(openAiSettings()).transcribe(wav, "audio/wav", { language: "en-GB" });

    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1/audio/transcriptions");
    expect(request.headers.authorization).toBe(`Bearer ${STT_KEY}`);
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    const form = request.form!;
    expect(form.fields).toEqual({
      model: ["whisper-large-v3"],
      response_format: ["verbose_json"],
      "timestamp_granularities[]": ["word", "segment"],
      language: ["en"],
    });
    expect(form.files).toHaveLength(1);
    const file = form.files[0]!;
    expect(file.name).toBe("file");
    expect(file.filename).toBe("audio.wav");
    expect(file.contentType).toBe("audio/wav");
    expect(Buffer.from(file.bytes).equals(Buffer.from(wav))).toBe(true);

    expect(transcript).toMatchObject({
      text: SAMPLE_TRANSCRIPT.text,
      wordTimings: "exact",
      engine: "openai-compatible",
      model: "whisper-large-v3",
    });
    expect(transcript.words).toHaveLength(11);
    expect(transcript.words[0]).toEqual({ word: "Um", startMs: 0, endMs: 320 });
    expect(transcript.words[4]).toEqual({ word: "migration", startMs: 1040, endMs: 1620 });
    expect(transcript.words[10]).toEqual({ word: "months", startMs: 3500, endMs: 3960 });
    expect(transcript.segments).toEqual([
      { text: "Um, I led the migration to Postgres.", startMs: 0, endMs: 2400 },
      { text: "It took three months.", startMs: 2800, endMs: 4000 },
    ]);
  });

  it("sends no Authorization without a key, no language without one, and names webm/ogg/mp4 files by their type", async () => {
    const stt = sttFor(openAiSettings({ STT_API_KEY: undefined }));
    await stt.transcribe(wav, "audio/webm;codecs=opus");
    await stt.transcribe(wav, "audio/ogg");
    await stt.transcribe(wav, "audio/mp4");
    expect(fake.requests).toHaveLength(3);
    expect(fake.requests[0]!.headers.authorization).toBeUndefined();
    expect(fake.requests[0]!.form!.fields.language).toBeUndefined();
    expect(fake.requests.map((r) => r.form!.files[0]!.filename)).toEqual(["audio.webm", "audio.ogg", "audio.mp4"]);
    expect(fake.requests[0]!.form!.files[0]!.contentType).toBe("audio/webm;codecs=opus");
  });

  it("interpolates words inside the segments when the server gives only segment timings (whisper.cpp, faster-whisper)", async () => {
    fake.enqueue(ok({ text: SAMPLE_TRANSCRIPT.text, segments: SAMPLE_TRANSCRIPT.segments, duration: 4.2 }));
    const transcript = await sttFor(openAiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.wordTimings).toBe("interpolated");
    expect(transcript.segments).toHaveLength(2);
    expect(transcript.words.map((w) => w.word)).toEqual(["Um,", "I", "led", "the", "migration", "to", "Postgres.", "It", "took", "three", "months."]);
    expectWordsInsideSegments(transcript);
    // Each segment's first word starts at its start, the last ends at its end, and time follows character length.
    expect(transcript.words[0]!.startMs).toBe(0);
    expect(transcript.words[6]!.endMs).toBe(2400);
    expect(transcript.words[7]!.startMs).toBe(2800);
    expect(transcript.words[10]!.endMs).toBe(4000);
    const duration = (i: number) => transcript.words[i]!.endMs - transcript.words[i]!.startMs;
    expect(duration(4)).toBeGreaterThan(duration(1) * 5); // "migration" (9 chars) vs "I" (1 char)
  });

  it("builds one segment per sentence when the server gives only word timings", async () => {
    fake.enqueue(
      ok({
        text: "Yes. I did.",
        words: [
          { word: " Yes.", start: 0.1, end: 0.5 },
          { word: " I", start: 0.9, end: 1.0 },
          { word: " did.", start: 1.0, end: 1.3 },
        ],
      }),
    );
    const transcript = await sttFor(openAiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.wordTimings).toBe("exact");
    expect(transcript.words[0]).toEqual({ word: "Yes.", startMs: 100, endMs: 500 });
    expect(transcript.segments).toEqual([
      { text: "Yes.", startMs: 100, endMs: 500 },
      { text: "I did.", startMs: 900, endMs: 1300 },
    ]);
  });

  it("tolerates whisper.cpp-style segments (no compression_ratio / no_speech_prob) and bad entries", async () => {
    fake.enqueue(
      raw(
        JSON.stringify({
          task: "transcribe",
          language: "en",
          duration: 2,
          text: " Hello there.",
          segments: [
            { id: 0, text: " Hello there.", start: 0.0, end: 1.5, tokens: [1, 2], temperature: 0, avg_logprob: -0.3 },
            { id: 1, text: "broken", start: "soon" },
          ],
        }),
      ),
    );
    const transcript = await sttFor(openAiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.text).toBe("Hello there.");
    expect(transcript.segments).toEqual([{ text: "Hello there.", startMs: 0, endMs: 1500 }]);
    expect(transcript.words).toEqual([
      { word: "Hello", startMs: 0, endMs: 682 },
      { word: "there.", startMs: 682, endMs: 1500 },
    ]);
  });

  it("retries a 429 and succeeds on the second request", async () => {
    fake.enqueue(status(429));
    const transcript = await sttFor(openAiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.text).toBe(SAMPLE_TRANSCRIPT.text);
    expect(fake.requests).toHaveLength(2);
  });

  it("gives up after 3 attempts on 500 with a retryable SttError", async () => {
    fake.setDefault(status(500));
    const error = await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav"));
    expect(error.retryable).toBe(true);
    expect(error.message).toBe("Speech-to-text is unavailable right now.");
    expect(fake.requests).toHaveLength(3);
  });

  it("does not retry a 401 and never shows the key", async () => {
    fake.enqueue(
      status(401, { error: { message: `Incorrect API key provided: ${STT_KEY}`, type: "invalid_request_error", param: null, code: "invalid_api_key" } }),
    );
    const error = await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav"));
    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
    expect(error.message).toBe("Speech-to-text is unavailable right now.");
    expect(`${error.message} ${error.detail}`).not.toContain(STT_KEY);
    expect(error.detail).toContain("[redacted]");
  });

  it("reports a 400 as a refusal with the server's short reason, without the key", async () => {
    fake.enqueue(
      status(400, {
        error: {
          message: `Invalid file format. Supported formats: flac, m4a, mp3, mp4, ogg, wav, webm (key ${STT_KEY})`,
          type: "invalid_request_error",
          param: "file",
          code: null,
        },
      }),
    );
    const error = await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav"));
    expect(error.retryable).toBe(false);
    expect(fake.requests).toHaveLength(1);
    expect(error.message).toMatch(/^Speech-to-text refused the audio: Invalid file format\./);
    expect(error.message).not.toContain(STT_KEY);
  });

  it("times out a hanging attempt, aborts it and retries", async () => {
    fake.enqueue(hang());
    const started = performance.now();
    const transcript = await sttFor(openAiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.text).toBe(SAMPLE_TRANSCRIPT.text);
    expect(fake.requests).toHaveLength(2);
    expect(performance.now() - started).toBeGreaterThanOrEqual(FAST.timeoutMs - 5);
    await fake.requests[0]!.closed;
    expect(fake.requests[0]!.aborted).toBe(true);
  });

  it("fails with a retryable SttError when every attempt hangs", async () => {
    fake.setDefault(hang());
    const error = await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav"));
    expect(error.retryable).toBe(true);
    expect(error.detail).toMatch(/timed out/);
    expect(fake.requests).toHaveLength(3);
  });

  it("maps an unreadable 200 to a retryable SttError without retrying it", async () => {
    fake.enqueue(raw("<html>gateway</html>"));
    const error = await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav"));
    expect(error.retryable).toBe(true);
    expect(fake.requests).toHaveLength(1);
  });

  it("opens the engine's shared circuit breaker after 5 consecutive failures, fails fast, then half-opens", async () => {
    fake.setDefault(status(503));
    // Separate adapter objects: the breaker is shared per engine, not per adapter.
    await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav")); // failures 1–3
    expect(fake.requests).toHaveLength(3);
    await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav")); // failures 4–5, then the breaker opens
    expect(fake.requests).toHaveLength(5);

    const started = performance.now();
    const error = await expectSttError(sttFor(openAiSettings()).transcribe(wav, "audio/wav"));
    expect(performance.now() - started).toBeLessThan(100);
    expect(fake.requests).toHaveLength(5); // no request at all
    expect(error.retryable).toBe(true);
    expect(error.message).toBe("Speech-to-text is unavailable right now.");

    // Gemini has its own breaker.
    fake.enqueue(ok());
    await sttFor(geminiSettings()).transcribe(wav, "audio/wav");
    expect(fake.requests).toHaveLength(6);

    await sleep(FAST.breaker.halfOpenAfterMs + 50);
    fake.setDefault(ok());
    const transcript = await sttFor(openAiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.text).toBe(SAMPLE_TRANSCRIPT.text);
  });
});

describe("Gemini transcription", () => {
  it("sends the audio inline with a JSON response schema and interpolates words inside the segments", async () => {
    const transcript = await sttFor(geminiSettings()).transcribe(wav, "audio/wav", { language: "en-GB" });

    expect(fake.requests).toHaveLength(1);
    const request = fake.requests[0]!;
    expect(request.method).toBe("POST");
    expect(request.path).toBe("/v1beta/models/gemini-2.5-flash:generateContent");
    expect(request.headers["x-goog-api-key"]).toBe(GEMINI_KEY);
    expect(request.headers.authorization).toBeUndefined();
    const body = request.json;
    expect(body.contents).toHaveLength(1);
    expect(body.contents[0].role).toBe("user");
    const parts = body.contents[0].parts as { text?: string; inlineData?: { mimeType: string; data: string } }[];
    const audioPart = parts.find((p) => p.inlineData);
    expect(audioPart!.inlineData!.mimeType).toBe("audio/wav");
    expect(Buffer.from(audioPart!.inlineData!.data, "base64").equals(Buffer.from(wav))).toBe(true);
    expect(parts.find((p) => p.text)!.text).toMatch(/verbatim.*en-GB/s);
    expect(JSON.stringify(body.systemInstruction)).toMatch(/um, uh/);
    expect(body.generationConfig.responseMimeType).toBe("application/json");
    const schema = body.generationConfig.responseJsonSchema;
    expect(schema.properties.segments.type).toBe("array");
    expect(schema.properties.segments.items.properties).toMatchObject({ start: { type: "number" }, end: { type: "number" }, text: { type: "string" } });

    expect(transcript).toMatchObject({ text: SAMPLE_TRANSCRIPT.text, wordTimings: "interpolated", engine: "gemini", model: "gemini-2.5-flash" });
    expect(transcript.segments).toEqual([
      { text: "Um, I led the migration to Postgres.", startMs: 0, endMs: 2400 },
      { text: "It took three months.", startMs: 2800, endMs: 4000 },
    ]);
    expect(transcript.words).toHaveLength(11);
    expectWordsInsideSegments(transcript);
  });

  it("refuses audio too large to send inline, without a request and without retrying", async () => {
    const large = new Uint8Array(14 * 1024 * 1024 + 1);
    const error = await sttFor(geminiSettings())
      .transcribe(large, "audio/wav")
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ retryable: false });
    expect((error as Error).message).toMatch(/too large/);
    expect(fake.requests).toHaveLength(0);
  });

  it("strips codec parameters from the inline mime type", async () => {
    await sttFor(geminiSettings()).transcribe(wav, "audio/webm;codecs=opus");
    const parts = fake.requests[0]!.json.contents[0].parts as { inlineData?: { mimeType: string } }[];
    expect(parts.find((p) => p.inlineData)!.inlineData!.mimeType).toBe("audio/webm");
  });

  it("validates and clamps what the model returns: clock strings, order, negative and inverted times, empty text, > 3 h", async () => {
    fake.enqueue(
      raw(
        JSON.stringify({
          segments: [
            { text: "second one", start: "00:04.5", end: "00:06" },
            { text: "  ", start: 1, end: 2 },
            { text: "first one", start: -3, end: 1.5 },
            { text: "inverted", start: 8, end: 7 },
            { text: "far away", start: 99_999, end: 100_000 },
            { text: "bad time", start: "soon", end: 9 },
          ],
        }),
      ),
    );
    const transcript = await sttFor(geminiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.segments).toEqual([
      { text: "first one", startMs: 0, endMs: 1500 },
      { text: "second one", startMs: 4500, endMs: 6000 },
      { text: "inverted", startMs: 8000, endMs: 8000 },
      { text: "far away", startMs: 10_800_000, endMs: 10_800_000 },
    ]);
    expect(transcript.text).toBe("first one second one inverted far away");
    expect(transcript.words.map((w) => w.word)).toEqual(["first", "one", "second", "one", "inverted", "far", "away"]);
  });

  it("returns an empty transcript when nobody speaks", async () => {
    fake.enqueue(raw(JSON.stringify({ segments: [] })));
    const transcript = await sttFor(geminiSettings()).transcribe(wav, "audio/wav");
    expect(transcript).toMatchObject({ text: "", words: [], segments: [], wordTimings: "none" });
  });

  it("retries 429 then succeeds; gives up after three 500s; does not retry 400", async () => {
    fake.enqueue(status(429));
    await sttFor(geminiSettings()).transcribe(wav, "audio/wav");
    expect(fake.requests).toHaveLength(2);

    fake.reset();
    resetSttPolicies();
    fake.setDefault(status(500));
    const serverError = await expectSttError(sttFor(geminiSettings()).transcribe(wav, "audio/wav"));
    expect(serverError.retryable).toBe(true);
    expect(fake.requests).toHaveLength(3);

    fake.reset();
    fake.enqueue(status(400, { error: { code: 400, message: `Unsupported MIME type: audio/x-foo (${GEMINI_KEY})`, status: "INVALID_ARGUMENT" } }));
    const refused = await expectSttError(sttFor(geminiSettings()).transcribe(wav, "audio/x-foo"));
    expect(refused.retryable).toBe(false);
    expect(refused.message).toMatch(/^Speech-to-text refused the audio: Unsupported MIME type/);
    expect(refused.message).not.toContain(GEMINI_KEY);
    expect(fake.requests).toHaveLength(1);
  });

  it("times out a hanging attempt and retries", async () => {
    fake.enqueue(hang());
    const transcript = await sttFor(geminiSettings()).transcribe(wav, "audio/wav");
    expect(transcript.segments).toHaveLength(2);
    expect(fake.requests).toHaveLength(2);
    await fake.requests[0]!.closed;
    expect(fake.requests[0]!.aborted).toBe(true);
  });

  it("maps output that is not the transcript JSON to a retryable SttError", async () => {
    fake.enqueue(raw("Sorry, I cannot help with that."));
    const error = await expectSttError(sttFor(geminiSettings()).transcribe(wav, "audio/wav"));
    expect(error.retryable).toBe(true);
    expect(error.message).toBe("Speech-to-text is unavailable right now.");
    expect(fake.requests).toHaveLength(1);
  });
});

describe("engine selection", () => {
  it("prefers STT_BASE_URL over a Gemini key", async () => {
    const stt = sttFor({ ...geminiSettings(), ...openAiSettings() });
    expect(stt.engine).toBe("openai-compatible");
    expect(stt.label).toBe(`whisper-large-v3 (${new URL(fake.url).host})`);
    await stt.transcribe(wav, "audio/wav");
    expect(fake.requests.map((r) => r.protocol)).toEqual(["openai"]);
  });

  it("uses Gemini with only a Gemini key, and nothing without either", () => {
    expect(sttFor(geminiSettings()).engine).toBe("gemini");
    expect(sttFor(geminiSettings()).label).toBe("Google gemini-2.5-flash");
    expect(getSpeechToText({})).toBeNull();
    expect(getSpeechToText({ STT_MODEL: "whisper-1", GOOGLE_MODEL: "gemini-2.5-flash" })).toBeNull();
    expect(isSttConfigured({})).toBe(false);
    expect(isSttConfigured(geminiSettings())).toBe(true);
    expect(isSttConfigured(openAiSettings())).toBe(true);
  });

  it("defaults the model names", () => {
    expect(getSpeechToText({ STT_BASE_URL: "http://127.0.0.1:9/v1" })!.label).toBe("whisper-1 (127.0.0.1:9)");
    expect(getSpeechToText({ GOOGLE_GENERATIVE_AI_API_KEY: "k" })!.label).toBe("Google gemini-2.5-flash");
  });
});

describe("helpers", () => {
  it("keeps the product resilience values", () => {
    expect(DEFAULT_STT_RESILIENCE).toEqual({
      attempts: 3,
      backoff: { initialDelayMs: 1_000, maxDelayMs: 10_000 },
      timeoutMs: 60_000,
      breaker: { consecutiveFailures: 5, failureRatio: 0.5, windowMs: 60_000, halfOpenAfterMs: 30_000 },
    });
  });

  it("interpolates by character length", () => {
    expect(interpolateWords([{ text: "a bbb", startMs: 1000, endMs: 1400 }])).toEqual([
      { word: "a", startMs: 1000, endMs: 1100 },
      { word: "bbb", startMs: 1100, endMs: 1400 },
    ]);
  });

  it("parses clocks, language tags and file names", () => {
    expect(parseClock("75.2")).toBeCloseTo(75.2);
    expect(parseClock("01:15.5")).toBeCloseTo(75.5);
    expect(parseClock("1:01:15")).toBe(3675);
    expect(parseClock("soon")).toBeNaN();
    expect(iso639_1("en-GB")).toBe("en");
    expect(iso639_1("pt_BR")).toBe("pt");
    expect(iso639_1("fil")).toBeUndefined();
    expect(iso639_1(undefined)).toBeUndefined();
    expect(audioFileName("audio/x-wav")).toBe("audio.wav");
    expect(audioFileName("audio/mpeg")).toBe("audio.mp3");
    expect(() => geminiSegments({ text: "no segments" })).toThrow();
  });
});
