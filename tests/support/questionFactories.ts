import type { LanguageModelV4, LanguageModelV4StreamPart } from "@ai-sdk/provider";
import { simulateReadableStream } from "ai";
import { MockLanguageModelV4 } from "ai/test";
import { eq } from "drizzle-orm";
import pino from "pino";
import type { Db } from "@/drizzle/db";
import { questions, users, type Question, type User } from "@/drizzle/schema";
import { insertJobInfo } from "@/features/jobInfos/db";
import type { JobInfoInput } from "@/features/jobInfos/schemas";
import type { StreamDeps } from "@/features/questions/streams";
import { ensureUser } from "@/features/users/db";
import type { Producer } from "@/services/ai";
// Not from "@/services/ai" itself: that would read the environment before a test sets it.
import { INSIGHTS_LABEL, INSIGHTS_PROVIDER } from "@/services/ai/insightsModel";

/** Test helpers for the questions feature: users, jobs, question rows and mock models. */

export const silentLog = pino({ level: "silent" });

const usage = {
  inputTokens: { total: 1, noCache: 1, cacheRead: 0, cacheWrite: 0 },
  outputTokens: { total: 1, text: 1, reasoning: 0 },
};

/** The stream parts of a model that writes `chunks` as one text block and stops. */
export function textParts(chunks: string[]): LanguageModelV4StreamPart[] {
  return [
    { type: "stream-start", warnings: [] },
    { type: "text-start", id: "0" },
    ...chunks.map((delta): LanguageModelV4StreamPart => ({ type: "text-delta", id: "0", delta })),
    { type: "text-end", id: "0" },
    { type: "finish", finishReason: { unified: "stop", raw: "stop" }, usage },
  ];
}

/** A mock LLM that streams the same text on every call (a fresh stream each time). */
export function mockTextModel(chunks: string[], beforeStream?: () => Promise<void>) {
  return new MockLanguageModelV4({
    provider: "mock-llm",
    modelId: "mock-1",
    doStream: async () => {
      await beforeStream?.();
      return { stream: simulateReadableStream({ chunks: textParts(chunks), chunkDelayInMs: 1 }) };
    },
  });
}

/** A mock LLM whose every call fails with the given error. */
export function failingModel(error: unknown) {
  return new MockLanguageModelV4({
    provider: "mock-llm",
    modelId: "mock-1",
    doStream: async () => {
      throw error;
    },
  });
}

let counter = 0;

export async function makeUser(db: Db, plan: User["plan"] = "free"): Promise<Pick<User, "id" | "plan">> {
  counter += 1;
  const id = `user_q_${counter}_${Math.random().toString(36).slice(2, 8)}`;
  const user = await ensureUser(db, { id, email: `${id}@example.com`, name: `Question user ${counter}` });
  if (plan !== user!.plan) await db.update(users).set({ plan }).where(eq(users.id, id));
  return { id, plan };
}

export const BACKEND_JOB: JobInfoInput = {
  name: "Payments backend",
  title: "Backend Engineer",
  experienceLevel: "mid-level",
  description: "We build payment APIs in Node.js and PostgreSQL. You will design REST endpoints, handle retries and keep data consistent.",
};

export async function makeJob(db: Db, userId: string, overrides: Partial<JobInfoInput> = {}) {
  return insertJobInfo(db, userId, { ...BACKEND_JOB, ...overrides });
}

/** Inserts `count` finished questions directly (to fill a quota or to grade). */
export async function insertReadyQuestions(
  db: Db,
  userId: string,
  jobInfoId: string,
  count: number,
  overrides: Partial<typeof questions.$inferInsert> = {},
): Promise<Question[]> {
  if (count === 0) return [];
  return db
    .insert(questions)
    .values(
      Array.from({ length: count }, (_, i) => ({
        userId,
        jobInfoId,
        difficulty: "medium" as const,
        status: "ready" as const,
        text: `Seeded question ${i + 1}?`,
        source: "llm" as const,
        modelLabel: "seed",
        ...overrides,
      })),
    )
    .returning();
}

export async function getRow(db: Db, id: string): Promise<Question | undefined> {
  const [row] = await db.select().from(questions).where(eq(questions.id, id));
  return row;
}

export async function rowsOf(db: Db, userId: string): Promise<Question[]> {
  return db.select().from(questions).where(eq(questions.userId, userId));
}

/** A model as the only producer: the insights engine is labelled as such, any other model as an LLM. */
export function producerOf(model: LanguageModelV4, label = "Mock LLM"): Producer {
  return model.provider === INSIGHTS_PROVIDER
    ? { id: "insights", kind: "insights", label: INSIGHTS_LABEL, model }
    : { id: "openai-compatible", kind: "llm", label, model };
}

export function depsFor(db: Db, user: Pick<User, "id" | "plan">, model: LanguageModelV4, modelLabel = "Mock LLM"): StreamDeps {
  return { db, user, producers: [producerOf(model, modelLabel)], log: silentLog };
}

/** All the text of a mock call's prompt (system and user messages). */
export function promptText(prompt: unknown): string {
  const parts: string[] = [];
  for (const message of prompt as { content: string | { type: string; text?: string }[] }[]) {
    if (typeof message.content === "string") parts.push(message.content);
    else for (const part of message.content) if (part.type === "text" && part.text) parts.push(part.text);
  }
  return parts.join("\n");
}
