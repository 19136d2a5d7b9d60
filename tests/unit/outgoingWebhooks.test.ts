import { describe, expect, it } from "vitest";
import { settingsSchema } from "@/features/users/schemas";
import { isAllowedWebhookUrl, signWebhook } from "@/services/webhooks/outgoing";

describe("outgoing webhooks", () => {
  it("accepts https anywhere and http only to this machine", () => {
    expect(isAllowedWebhookUrl("https://hooks.example.com/darasa")).toBe(true);
    expect(isAllowedWebhookUrl("http://127.0.0.1:9000/hook")).toBe(true);
    expect(isAllowedWebhookUrl("http://localhost/hook")).toBe(true);
    expect(isAllowedWebhookUrl("http://hooks.example.com/darasa")).toBe(false);
    expect(isAllowedWebhookUrl("https://user:pass@hooks.example.com/")).toBe(false);
    expect(isAllowedWebhookUrl("file:///etc/passwd")).toBe(false);
    expect(isAllowedWebhookUrl("not a url")).toBe(false);
  });

  it("signs timestamp and body so neither can be altered", () => {
    const signature = signWebhook("whsec_a", 1700000000, '{"a":1}');
    expect(signature).toMatch(/^v1=[0-9a-f]{64}$/);
    expect(signWebhook("whsec_a", 1700000001, '{"a":1}')).not.toBe(signature);
    expect(signWebhook("whsec_a", 1700000000, '{"a":2}')).not.toBe(signature);
    expect(signWebhook("whsec_b", 1700000000, '{"a":1}')).not.toBe(signature);
  });

  it("the settings form refuses a plain-http remote webhook with a field error", () => {
    const result = settingsSchema.safeParse({ name: "A", webhookUrl: "http://example.com/hook" });
    expect(result.success).toBe(false);
    expect(settingsSchema.parse({ name: "A", webhookUrl: "" }).webhookUrl).toBeNull();
  });
});
