import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { deletedUsers, jobInfos } from "@/drizzle/schema";
import { insertJobInfo } from "@/features/jobInfos/db";
import {
  claimWebhookEvent,
  createLocalUser,
  deleteOwnAccount,
  ensureUser,
  getUser,
  listLocalUsers,
  unsafeApplyClerkUser,
  unsafeDeleteUser,
} from "@/features/users/db";
import { createTestDatabase, databaseKinds, type TestDatabase } from "../support/database";

const T1 = new Date("2025-01-01T00:00:00Z");
const T2 = new Date("2025-01-02T00:00:00Z");
const job = { name: "Job", title: null, experienceLevel: "junior" as const, description: "Do things." };

describe.each(databaseKinds)("users on %s", (kind) => {
  let t: TestDatabase;
  beforeAll(async () => {
    t = await createTestDatabase(kind);
  });
  afterAll(async () => {
    await t?.dispose();
  });

  it("ensureUser creates the user once and never overwrites it", async () => {
    const created = await ensureUser(t.db, { id: "user_ensure", email: "first@example.com", name: "First" });
    expect(created).toMatchObject({ id: "user_ensure", email: "first@example.com", name: "First", plan: "free" });

    const again = await ensureUser(t.db, { id: "user_ensure", email: "second@example.com", name: "Second" });
    expect(again).toEqual(created);
  });

  it("applies newer Clerk events and ignores older ones", async () => {
    const id = "user_order";
    expect(await unsafeApplyClerkUser(t.db, { id, email: "old@example.com", name: "Old" }, T1)).toBe("applied");
    expect(await unsafeApplyClerkUser(t.db, { id, email: "new@example.com", name: "New" }, T2)).toBe("applied");
    expect(await unsafeApplyClerkUser(t.db, { id, email: "old@example.com", name: "Old" }, T1)).toBe("ignored-stale");
    expect(await unsafeApplyClerkUser(t.db, { id, email: "same@example.com", name: "Same" }, T2)).toBe("ignored-stale");
    expect(await getUser(t.db, id)).toMatchObject({ email: "new@example.com", name: "New", sourceUpdatedAt: T2 });
  });

  it("ends with the newest data when the update arrives before the create", async () => {
    const id = "user_reordered";
    expect(await unsafeApplyClerkUser(t.db, { id, email: "updated@example.com", name: "Updated" }, T2)).toBe("applied");
    expect(await unsafeApplyClerkUser(t.db, { id, email: "created@example.com", name: "Created" }, T1)).toBe("ignored-stale");
    expect(await getUser(t.db, id)).toMatchObject({ email: "updated@example.com", name: "Updated" });
  });

  it("lets a Clerk event overwrite a row that ensureUser created from the session", async () => {
    const id = "user_session_first";
    await ensureUser(t.db, { id, email: "session@example.com", name: "Session" });
    expect(await unsafeApplyClerkUser(t.db, { id, email: "clerk@example.com", name: "Clerk" }, T1)).toBe("applied");
    expect(await getUser(t.db, id)).toMatchObject({ email: "clerk@example.com", name: "Clerk" });
  });

  it("never resurrects a deleted user", async () => {
    const id = "user_deleted";
    await unsafeApplyClerkUser(t.db, { id, email: "d@example.com", name: "Doomed" }, T1);
    await insertJobInfo(t.db, id, job);

    await unsafeDeleteUser(t.db, id);
    expect(await getUser(t.db, id)).toBeUndefined();
    expect(await t.db.select().from(jobInfos).where(eq(jobInfos.userId, id))).toEqual([]);

    expect(await ensureUser(t.db, { id, email: "d@example.com", name: "Back" })).toBeUndefined();
    expect(await unsafeApplyClerkUser(t.db, { id, email: "d@example.com", name: "Back" }, T2)).toBe("ignored-deleted");
    expect(await getUser(t.db, id)).toBeUndefined();
  });

  it("tombstones a user deleted before Clerk ever created them", async () => {
    const id = "user_never_seen";
    await unsafeDeleteUser(t.db, id);
    await unsafeDeleteUser(t.db, id); // a repeated delete event is harmless
    expect(await t.db.select().from(deletedUsers).where(eq(deletedUsers.id, id))).toHaveLength(1);
    expect(await unsafeApplyClerkUser(t.db, { id, email: "n@example.com", name: "Late create" }, T1)).toBe("ignored-deleted");
    expect(await getUser(t.db, id)).toBeUndefined();
  });

  it("claims a webhook event exactly once", async () => {
    expect(await claimWebhookEvent(t.db, "msg_1", "user.created")).toBe(true);
    expect(await claimWebhookEvent(t.db, "msg_1", "user.created")).toBe(false);
    expect(await claimWebhookEvent(t.db, "msg_1", "user.updated")).toBe(false);
    expect(await claimWebhookEvent(t.db, "msg_2", "user.created")).toBe(true);
  });

  it("lists only local users, by name", async () => {
    const zoe = await createLocalUser(t.db, { name: "Zoe", email: "zoe@example.com" });
    const amy = await createLocalUser(t.db, { name: "Amy", email: "amy@example.com" });
    expect(zoe.id).toMatch(/^local_[0-9a-f-]{36}$/);
    // "localX" would match an unescaped `local_%` pattern.
    await ensureUser(t.db, { id: "localXimpostor", email: "i@example.com", name: "Impostor" });
    await ensureUser(t.db, { id: "user_clerk", email: "c@example.com", name: "Clerk user" });

    expect(await listLocalUsers(t.db)).toEqual([
      { id: amy.id, name: "Amy", email: "amy@example.com" },
      { id: zoe.id, name: "Zoe", email: "zoe@example.com" },
    ]);
  });

  it("deleteOwnAccount removes the user and their jobs but leaves no tombstone", async () => {
    const me = await createLocalUser(t.db, { name: "Leaving", email: "leaving@example.com" });
    const other = await createLocalUser(t.db, { name: "Staying", email: "staying@example.com" });
    await insertJobInfo(t.db, me.id, job);
    await insertJobInfo(t.db, other.id, job);

    await deleteOwnAccount(t.db, me.id);

    expect(await getUser(t.db, me.id)).toBeUndefined();
    expect(await t.db.select().from(jobInfos).where(eq(jobInfos.userId, me.id))).toEqual([]);
    expect(await t.db.select().from(jobInfos).where(eq(jobInfos.userId, other.id))).toHaveLength(1);
    expect(await t.db.select().from(deletedUsers).where(eq(deletedUsers.id, me.id))).toEqual([]);
  });
});
