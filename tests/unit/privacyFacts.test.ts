import { describe, expect, it } from "vitest";
import { privacyFacts } from "@/features/account/privacyFacts";

describe("privacyFacts", () => {
  it("names no outside service on the embedded defaults", () => {
    expect(privacyFacts({}, false)).toEqual({ database: "pglite", storage: "local", vendors: [], cloudRecognition: false });
  });

  it("says what each configured service receives, by its host only", () => {
    const facts = privacyFacts(
      {
        DATABASE_URL: "postgres://u@127.0.0.1/db",
        OPENAI_COMPATIBLE_BASE_URL: "http://127.0.0.1:11434/v1?key=secret",
        OPENAI_COMPATIBLE_MODEL: "m",
        S3_BUCKET: "b",
      },
      true,
    );
    expect(facts.database).toBe("postgres");
    expect(facts.storage).toBe("s3");
    expect(facts.cloudRecognition).toBe(true);
    expect(facts.vendors.map((vendor) => vendor.name)).toEqual(["The AI server at 127.0.0.1:11434", "Object storage"]);
    expect(JSON.stringify(facts)).not.toContain("secret");
  });

  it("says Darasa cannot delete Hume's copy of a live call, and that Hume's service has ended", () => {
    const hume = privacyFacts({ HUME_API_KEY: "k", HUME_SECRET_KEY: "s" }, false).vendors.find((vendor) => vendor.name.startsWith("Hume"));
    expect(hume?.receives).toMatch(/cannot delete that copy/);
    expect(hume?.receives).toMatch(/ended on 13 November 2026/);
  });
});
