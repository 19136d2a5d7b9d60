import { describe, expect, it } from "vitest";
import { z } from "zod";
import { canCreateJobInfo, FREE_PLAN_JOB_LIMIT } from "@/features/jobInfos/permissions";
import { jobInfoSchema } from "@/features/jobInfos/schemas";
import { formDataToObject } from "@/lib/formData";
import { clerkUserEventSchema, profileFromClerk, type ClerkUserEvent } from "@/features/users/schemas";

const valid = { name: "Backend role", title: "Senior Engineer", experienceLevel: "senior", description: "Build APIs." };

function fieldErrors(input: unknown) {
  const result = jobInfoSchema.safeParse(input);
  expect(result.success).toBe(false);
  return z.flattenError(result.error!).fieldErrors as Record<string, string[] | undefined>;
}

describe("jobInfoSchema", () => {
  it("accepts valid input and trims it", () => {
    expect(jobInfoSchema.parse({ name: "  Backend role ", title: " Engineer ", experienceLevel: "junior", description: "\n Build APIs.\n" })).toEqual({
      name: "Backend role",
      title: "Engineer",
      experienceLevel: "junior",
      description: "Build APIs.",
    });
  });

  it.each([undefined, "", "   "])("turns title %j into null", (title) => {
    expect(jobInfoSchema.parse({ ...valid, title }).title).toBeNull();
  });

  it("requires a name and a description, with human messages", () => {
    const errors = fieldErrors({ ...valid, name: "  ", description: "" });
    expect(errors.name).toEqual(["Give this job a name."]);
    expect(errors.description).toEqual(["Paste or write the job description."]);
    expect(errors.title).toBeUndefined();
  });

  it("uses the same messages when the fields are missing entirely", () => {
    const errors = fieldErrors({ experienceLevel: "mid-level" });
    expect(errors.name).toEqual(["Give this job a name."]);
    expect(errors.description).toEqual(["Paste or write the job description."]);
  });

  it("accepts fields exactly at their limits", () => {
    const input = { ...valid, name: "n".repeat(100), title: "t".repeat(120), description: "d".repeat(20_000) };
    expect(jobInfoSchema.safeParse(input).success).toBe(true);
  });

  it.each([
    ["name", "n".repeat(101), "Use at most 100 characters."],
    ["title", "t".repeat(121), "Use at most 120 characters."],
    ["description", "d".repeat(20_001), "Use at most 20,000 characters."],
  ])("rejects an over-long %s", (field, value, message) => {
    expect(fieldErrors({ ...valid, [field]: value })[field]).toEqual([message]);
  });

  it.each(["expert", "Senior", "", undefined])("rejects experience level %j", (experienceLevel) => {
    expect(fieldErrors({ ...valid, experienceLevel }).experienceLevel).toEqual(["Choose junior, mid-level or senior."]);
  });

  it("keeps markup in the description verbatim as data", () => {
    const description = `<script>alert("x")</script> & <b>bold</b>`;
    expect(jobInfoSchema.parse({ ...valid, description }).description).toBe(description);
  });
});

describe("formDataToObject", () => {
  it("keeps string fields and drops Next.js action keys and files", () => {
    const form = new FormData();
    form.set("name", "Backend role");
    form.set("description", "Build APIs.");
    form.set("$ACTION_ID_abc123", "");
    form.set("$ACTION_REF_1", "x");
    form.set("resume", new File(["%PDF"], "resume.pdf", { type: "application/pdf" }));
    expect(formDataToObject(form)).toEqual({ name: "Backend role", description: "Build APIs." });
  });
});

describe("profileFromClerk", () => {
  const base: ClerkUserEvent = {
    id: "user_1",
    email_addresses: [
      { id: "idn_a", email_address: "first@example.com" },
      { id: "idn_b", email_address: "primary@example.com" },
    ],
    primary_email_address_id: "idn_b",
    first_name: "Ada",
    last_name: "Lovelace",
    username: "ada",
    image_url: "https://img.example.com/a.png",
    updated_at: 1_700_000_000_000,
  };

  it("uses the primary email (by id, not position) and the full name", () => {
    expect(profileFromClerk(base)).toEqual({
      id: "user_1",
      email: "primary@example.com",
      name: "Ada Lovelace",
      imageUrl: "https://img.example.com/a.png",
    });
  });

  it("falls back to the first email when the primary id is unknown or missing", () => {
    expect(profileFromClerk({ ...base, primary_email_address_id: "idn_gone" }).email).toBe("first@example.com");
    expect(profileFromClerk({ ...base, primary_email_address_id: null }).email).toBe("first@example.com");
  });

  it.each([
    ["first name only", { last_name: null }, "Ada"],
    ["last name only", { first_name: null }, "Lovelace"],
    ["username", { first_name: null, last_name: "" }, "ada"],
    ["email", { first_name: null, last_name: null, username: null }, "primary@example.com"],
    ["placeholder", { first_name: null, last_name: null, username: null, email_addresses: [] }, "New user"],
  ])("falls back to the %s for the name", (_label, patch, name) => {
    expect(profileFromClerk({ ...base, ...patch }).name).toBe(name);
  });

  it("has an empty email and null image when Clerk sends none", () => {
    const profile = profileFromClerk({ ...base, email_addresses: [], image_url: undefined });
    expect(profile.email).toBe("");
    expect(profile.imageUrl).toBeNull();
  });
});

describe("clerkUserEventSchema", () => {
  it("accepts a minimal event and defaults email_addresses", () => {
    expect(clerkUserEventSchema.parse({ id: "user_1", updated_at: 1 })).toMatchObject({ id: "user_1", email_addresses: [] });
  });

  it.each([
    ["missing id", { updated_at: 1 }],
    ["empty id", { id: "", updated_at: 1 }],
    ["missing updated_at", { id: "user_1" }],
    ["fractional updated_at", { id: "user_1", updated_at: 1.5 }],
    ["string updated_at", { id: "user_1", updated_at: "2025-01-01" }],
    ["malformed email entry", { id: "user_1", updated_at: 1, email_addresses: [{ id: "idn_a" }] }],
  ])("rejects %s", (_label, data) => {
    expect(clerkUserEventSchema.safeParse(data).success).toBe(false);
  });
});

describe("job permissions", () => {
  it("caps free plans at the job limit and leaves pro unlimited", () => {
    expect(FREE_PLAN_JOB_LIMIT).toBeGreaterThan(0);
    expect(canCreateJobInfo({ plan: "free" }, 0)).toBe(true);
    expect(canCreateJobInfo({ plan: "free" }, FREE_PLAN_JOB_LIMIT - 1)).toBe(true);
    expect(canCreateJobInfo({ plan: "free" }, FREE_PLAN_JOB_LIMIT)).toBe(false);
    expect(canCreateJobInfo({ plan: "pro" }, FREE_PLAN_JOB_LIMIT)).toBe(true);
    expect(canCreateJobInfo({ plan: "pro" }, 10_000)).toBe(true);
  });
});
