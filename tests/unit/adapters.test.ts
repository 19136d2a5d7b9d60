import { describe, expect, it } from "vitest";
import { ConfigurationError, describeAdapters, selectAdapters, selectAuth, type AdapterEnv } from "@/config/adapters";

const PK = "pk_live_Y2xlcmsuZXhhbXBsZS5jb20k";
// Built at run time so no tracked file looks like it holds a live secret.
const SK = ["sk", "live", "fake"].join("_");
const PEM = "-----BEGIN PUBLIC KEY-----\nMIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEA\n-----END PUBLIC KEY-----";

function configError(env: AdapterEnv): ConfigurationError {
  try {
    selectAuth(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigurationError);
    return error as ConfigurationError;
  }
  throw new Error(`expected selectAuth to throw for ${JSON.stringify(env)}`);
}

describe("selectAdapters", () => {
  it("uses local adapters when nothing is configured", () => {
    expect(selectAdapters({})).toEqual({
      database: "pglite",
      auth: "local",
      protection: "local",
      ai: "offline-insights",
      voice: "conversation",
      tts: "browser",
      storage: "local",
      stt: "browser-or-typed",
      jobs: "pg-boss",
    });
  });

  it("speaks the conversational interviewer with server text-to-speech when TTS_BASE_URL is set", () => {
    expect(selectAdapters({ TTS_BASE_URL: "http://127.0.0.1:8880/v1" }).tts).toBe("openai-compatible");
  });

  it("uses Postgres when DATABASE_URL is set", () => {
    expect(selectAdapters({ DATABASE_URL: "postgres://u@127.0.0.1/db" }).database).toBe("postgres");
  });

  it("uses Arcjet when ARCJET_KEY is set", () => {
    expect(selectAdapters({ ARCJET_KEY: "ajkey_123" }).protection).toBe("arcjet");
  });

  it("uses Clerk when fully configured", () => {
    expect(selectAdapters({ CLERK_PUBLISHABLE_KEY: PK, CLERK_SECRET_KEY: SK }).auth).toBe("clerk");
  });

  it("offers live interviews only with both Hume keys", () => {
    expect(selectAdapters({ HUME_API_KEY: "a", HUME_SECRET_KEY: "b" }).voice).toBe("hume");
    expect(() => selectAdapters({ HUME_API_KEY: "a" })).toThrow(/missing HUME_SECRET_KEY/);
    expect(() => selectAdapters({ HUME_SECRET_KEY: "b" })).toThrow(/missing HUME_API_KEY/);
  });

  it("propagates a Clerk configuration error", () => {
    expect(() => selectAdapters({ CLERK_SECRET_KEY: SK })).toThrow(ConfigurationError);
  });
});

describe("selectAuth", () => {
  it("is local with no Clerk keys", () => {
    expect(selectAuth({})).toBe("local");
  });

  it.each([
    ["publishable + secret", { CLERK_PUBLISHABLE_KEY: PK, CLERK_SECRET_KEY: SK }],
    ["publishable + secret + jwt key", { CLERK_PUBLISHABLE_KEY: PK, CLERK_SECRET_KEY: SK, CLERK_JWT_KEY: PEM }],
    ["public publishable + secret", { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: PK, CLERK_SECRET_KEY: SK }],
    ["test keys", { CLERK_PUBLISHABLE_KEY: "pk_test_abc", CLERK_SECRET_KEY: "sk_test_abc" }],
  ])("is clerk with %s", (_label, env) => {
    expect(selectAuth(env)).toBe("clerk");
  });

  it.each([
    ["only publishable", { CLERK_PUBLISHABLE_KEY: PK }, ["CLERK_SECRET_KEY"], ["CLERK_PUBLISHABLE_KEY"]],
    ["only NEXT_PUBLIC publishable", { NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY: PK }, ["CLERK_SECRET_KEY"], ["CLERK_PUBLISHABLE_KEY"]],
    ["only secret", { CLERK_SECRET_KEY: SK }, ["CLERK_PUBLISHABLE_KEY"], ["CLERK_SECRET_KEY"]],
    ["only jwt key", { CLERK_JWT_KEY: PEM }, ["CLERK_PUBLISHABLE_KEY"], ["CLERK_SECRET_KEY"]],
    ["secret + jwt key", { CLERK_SECRET_KEY: SK, CLERK_JWT_KEY: PEM }, ["CLERK_PUBLISHABLE_KEY"], ["CLERK_SECRET_KEY"]],
    [
      "publishable + jwt key (Clerk needs the secret key on every request)",
      { CLERK_PUBLISHABLE_KEY: PK, CLERK_JWT_KEY: PEM },
      ["CLERK_SECRET_KEY"],
      ["CLERK_PUBLISHABLE_KEY"],
    ],
  ])("throws for %s, naming what is missing", (_label, env: AdapterEnv, named, notNamed) => {
    const error = configError(env);
    expect(error.message).toMatch(/partially configured/);
    for (const name of named) expect(error.message).toContain(name);
    for (const name of notNamed) expect(error.message).not.toContain(`missing ${name}`);
  });

  it.each([
    ["publishable key without pk_ prefix", { CLERK_PUBLISHABLE_KEY: "live_abc", CLERK_SECRET_KEY: SK }, "CLERK_PUBLISHABLE_KEY"],
    ["publishable key with bad environment", { CLERK_PUBLISHABLE_KEY: "pk_prod_abc", CLERK_SECRET_KEY: SK }, "CLERK_PUBLISHABLE_KEY"],
    ["publishable key with spaces", { CLERK_PUBLISHABLE_KEY: "pk_live_a b", CLERK_SECRET_KEY: SK }, "CLERK_PUBLISHABLE_KEY"],
    ["secret key given a publishable key", { CLERK_PUBLISHABLE_KEY: PK, CLERK_SECRET_KEY: PK }, "CLERK_SECRET_KEY"],
    ["jwt key that is not PEM", { CLERK_PUBLISHABLE_KEY: PK, CLERK_SECRET_KEY: SK, CLERK_JWT_KEY: "not-a-pem" }, "CLERK_JWT_KEY"],
    ["valid secret but malformed jwt key", { CLERK_PUBLISHABLE_KEY: PK, CLERK_SECRET_KEY: SK, CLERK_JWT_KEY: "x" }, "CLERK_JWT_KEY"],
  ])("throws for a malformed %s", (_label, env: AdapterEnv, variable) => {
    expect(configError(env).message).toMatch(new RegExp(`^${variable} must`));
  });
});

describe("describeAdapters", () => {
  it("lists every concern as concern=adapter", () => {
    const choice = selectAdapters({ DATABASE_URL: "postgres://u@127.0.0.1/db", ARCJET_KEY: "k" });
    expect(describeAdapters(choice)).toBe(
      "database=postgres auth=local protection=arcjet ai=offline-insights voice=conversation tts=browser storage=local stt=browser-or-typed jobs=pg-boss",
    );
  });
});
