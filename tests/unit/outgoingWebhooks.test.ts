import { createServer, type IncomingHttpHeaders, type Server } from "node:http";
import { afterEach, describe, expect, it, vi } from "vitest";
import { Webhook } from "svix";
import { settingsSchema } from "@/features/users/schemas";
import {
  blockedAddressClass,
  checkWebhookTarget,
  isAllowedWebhookUrl,
  sendWebhook,
  signWebhook,
  standardWebhookSecret,
  type ResolvedAddress,
} from "@/services/webhooks/outgoing";

/** Every address class a webhook must never reach, with an example. */
const BLOCKED: [string, string][] = [
  ["loopback", "127.0.0.1"],
  ["loopback", "127.8.9.10"],
  ["loopback", "::1"],
  ["private", "10.1.2.3"],
  ["private", "172.16.0.1"],
  ["private", "172.31.255.254"],
  ["private", "192.168.1.1"],
  ["link-local", "169.254.169.254"], // cloud metadata
  ["link-local", "fe80::1"],
  ["link-local", "febf::1"],
  ["shared (CGNAT)", "100.64.0.1"],
  ["shared (CGNAT)", "100.127.255.254"],
  ["unspecified", "0.0.0.0"],
  ["unspecified", "::"],
  ["multicast", "224.0.0.1"],
  ["multicast", "ff02::1"],
  ["private (unique local)", "fc00::1"],
  ["private (unique local)", "fd12:3456:789a::1"],
  ["reserved", "240.0.0.1"],
  ["reserved", "255.255.255.255"],
  // IPv4 inside IPv6: mapped, compatible, NAT64.
  ["loopback", "::ffff:127.0.0.1"],
  ["link-local", "::ffff:169.254.169.254"],
  ["private", "::ffff:a00:1"],
  ["private", "::ffff:192.168.0.1"],
  ["loopback", "::127.0.0.1"],
  ["link-local", "64:ff9b::a9fe:a9fe"],
];
const PUBLIC = ["93.184.216.34", "8.8.8.8", "172.32.0.1", "100.128.0.1", "203.0.113.10", "2606:4700::1111", "::ffff:8.8.8.8"];

const resolveTo =
  (...addresses: string[]) =>
  async (): Promise<ResolvedAddress[]> =>
    addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 }));

type Received = { method?: string; url?: string; headers: IncomingHttpHeaders; body: string };

/** A local receiver; `answer` decides the response (default 200 "ok"). */
async function receiver(answer: (res: import("node:http").ServerResponse) => void = (res) => res.end("ok")) {
  const received: Received[] = [];
  const server: Server = createServer((req, res) => {
    let body = "";
    req.on("data", (c) => (body += c));
    req.on("end", () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body });
      answer(res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as { port: number }).port;
  servers.push(server);
  return { port, received };
}

const servers: Server[] = [];
afterEach(async () => {
  vi.unstubAllEnvs();
  for (const server of servers.splice(0)) {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});

describe("webhook URLs (settings form)", () => {
  it("accepts https to public hosts only", () => {
    vi.stubEnv("DARASA_ALLOW_HTTP_WEBHOOKS", "");
    expect(isAllowedWebhookUrl("https://hooks.example.com/darasa")).toBe(true);
    expect(isAllowedWebhookUrl("https://93.184.216.34/hook")).toBe(true);
    for (const refused of [
      "http://hooks.example.com/darasa",
      "http://127.0.0.1:9000/hook",
      "http://localhost/hook",
      "https://localhost/hook",
      "https://app.localhost/hook",
      "https://127.0.0.1/hook",
      "https://[::1]/hook",
      "https://[::ffff:169.254.169.254]/",
      "https://169.254.169.254/latest/meta-data/",
      "https://10.0.0.5/hook",
      "https://metadata.google.internal/computeMetadata/v1/",
      "https://user:pass@hooks.example.com/",
      "file:///etc/passwd",
      "not a url",
    ]) {
      expect(isAllowedWebhookUrl(refused), refused).toBe(false);
    }
  });

  it("allows plain http and this machine only with DARASA_ALLOW_HTTP_WEBHOOKS=1", () => {
    vi.stubEnv("DARASA_ALLOW_HTTP_WEBHOOKS", "1");
    expect(isAllowedWebhookUrl("http://127.0.0.1:9000/hook")).toBe(true);
    expect(isAllowedWebhookUrl("http://localhost/hook")).toBe(true);
    expect(isAllowedWebhookUrl("http://hooks.example.com/darasa")).toBe(true);
    // Still never private networks or metadata.
    expect(isAllowedWebhookUrl("http://10.0.0.5/hook")).toBe(false);
    expect(isAllowedWebhookUrl("http://169.254.169.254/")).toBe(false);
    expect(isAllowedWebhookUrl("http://metadata.google.internal/")).toBe(false);
  });

  it("the settings form refuses a plain-http remote webhook with a field error", () => {
    vi.stubEnv("DARASA_ALLOW_HTTP_WEBHOOKS", "");
    const result = settingsSchema.safeParse({ name: "A", webhookUrl: "http://example.com/hook" });
    expect(result.success).toBe(false);
    expect(settingsSchema.safeParse({ name: "A", webhookUrl: "https://169.254.169.254/" }).success).toBe(false);
    expect(settingsSchema.parse({ name: "A", webhookUrl: "" }).webhookUrl).toBeNull();
  });
});

describe("address classes", () => {
  it.each(BLOCKED)("refuses %s address %s", (kind, address) => {
    expect(blockedAddressClass(address)).toBe(kind);
  });

  it("lets public addresses through", () => {
    for (const address of PUBLIC) expect(blockedAddressClass(address), address).toBeNull();
  });
});

describe("send-time check (every resolved address)", () => {
  it.each(BLOCKED)("refuses a name resolving to a %s address (%s), even next to a public one", async (kind, address) => {
    const result = await checkWebhookTarget("https://hooks.example.test/hook", { resolve: resolveTo("93.184.216.34", address), allowHttp: false });
    expect(result).toMatchObject({ ok: false });
    expect(!result.ok && result.error).toContain(kind);
  });

  it("refuses localhost and metadata names without resolving them", async () => {
    const resolve = vi.fn(resolveTo("93.184.216.34"));
    for (const url of ["https://localhost/", "https://LOCALHOST./", "https://metadata.google.internal/", "https://x.localhost/"]) {
      expect(await checkWebhookTarget(url, { resolve, allowHttp: false }), url).toMatchObject({ ok: false });
    }
    expect(resolve).not.toHaveBeenCalled();
  });

  it("refuses http without the flag, and a name that does not resolve", async () => {
    expect(await checkWebhookTarget("http://hooks.example.test/", { resolve: resolveTo("93.184.216.34"), allowHttp: false })).toMatchObject({ ok: false });
    const failing = async (): Promise<ResolvedAddress[]> => {
      throw new Error("ENOTFOUND");
    };
    expect(await checkWebhookTarget("https://hooks.example.test/", { resolve: failing, allowHttp: false })).toMatchObject({ ok: false });
  });

  it("accepts a name whose addresses are all public and returns the address to connect to", async () => {
    const result = await checkWebhookTarget("https://hooks.example.test/hook", { resolve: resolveTo("2606:4700::1111", "93.184.216.34"), allowHttp: false });
    expect(result).toMatchObject({ ok: true, host: "hooks.example.test", address: { address: "2606:4700::1111", family: 6 } });
  });

  it("with the dev flag allows loopback but still nothing private", async () => {
    expect(await checkWebhookTarget("http://localhost:9/", { resolve: resolveTo("127.0.0.1", "::1"), allowHttp: true })).toMatchObject({ ok: true });
    expect(await checkWebhookTarget("http://hooks.example.test/", { resolve: resolveTo("10.0.0.1"), allowHttp: true })).toMatchObject({ ok: false });
  });
});

describe("sending", () => {
  const secret = "whsec_OK1HRnw97CVtl7YAd9EUr5G5AK_aqr8H"; // base64url, as Darasa generates them
  const payload = { event: "interview.answer.analysed", answerId: "a1", status: "ready" };

  it("connects to the checked (public) address, keeps the name as Host, and signs both ways", async () => {
    const { port, received } = await receiver();
    const resolve = vi.fn(resolveTo("203.0.113.10"));
    // hooks.example.test resolves nowhere: reaching the receiver proves no second DNS lookup happened,
    // only the pinned one (the test maps the public address it checked to the local receiver).
    // Plain http (allowed by allowHttp) only because the local receiver has no certificate.
    const result = await sendWebhook(`http://hooks.example.test:${port}/hook?x=1`, secret, payload, {
      resolve,
      allowHttp: true,
      dialAddress: (checked) => {
        expect(checked).toEqual({ address: "203.0.113.10", family: 4 });
        return { address: "127.0.0.1", family: 4 };
      },
    });
    expect(result).toEqual({ ok: true, status: 200 });
    expect(resolve).toHaveBeenCalledTimes(1);
    expect(received).toHaveLength(1);
    const [delivery] = received;
    expect(delivery!.url).toBe("/hook?x=1");
    expect(delivery!.headers.host).toBe(`hooks.example.test:${port}`);
    expect(JSON.parse(delivery!.body)).toEqual(payload);
    // The existing signature…
    const timestamp = Number(delivery!.headers["x-darasa-timestamp"]);
    expect(delivery!.headers["x-darasa-signature"]).toBe(signWebhook(secret, timestamp, delivery!.body));
    // …and Standard Webhooks, verified with svix's off-the-shelf verifier.
    expect(delivery!.headers["webhook-id"]).toMatch(/^msg_/);
    expect(delivery!.headers["webhook-timestamp"]).toBe(String(timestamp));
    const headers = delivery!.headers as Record<string, string>;
    expect(() => new Webhook(standardWebhookSecret(secret)).verify(delivery!.body, headers)).not.toThrow();
    expect(() => new Webhook(standardWebhookSecret("whsec_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")).verify(delivery!.body, headers)).toThrow();
    expect(() => new Webhook(standardWebhookSecret(secret)).verify(delivery!.body.replace("ready", "failed"), headers)).toThrow();
  });

  it("a secret without - or _ verifies as it is shown", async () => {
    const plain = "whsec_A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6";
    const { port, received } = await receiver();
    await sendWebhook(`http://127.0.0.1:${port}/`, plain, payload, { allowHttp: true });
    expect(() => new Webhook(plain).verify(received[0]!.body, received[0]!.headers as Record<string, string>)).not.toThrow();
  });

  it("refuses to send to a loopback address without the dev flag (nothing is sent)", async () => {
    const { port, received } = await receiver();
    vi.stubEnv("DARASA_ALLOW_HTTP_WEBHOOKS", "");
    expect(await sendWebhook(`https://127.0.0.1:${port}/`, secret, payload)).toMatchObject({ ok: false, error: expect.stringContaining("loopback") });
    const result = await sendWebhook(`https://hooks.example.test:${port}/`, secret, payload, { resolve: resolveTo("127.0.0.1") });
    expect(result).toMatchObject({ ok: false, error: expect.stringContaining("loopback") });
    expect(received).toHaveLength(0);
  });

  it("with DARASA_ALLOW_HTTP_WEBHOOKS=1 posts to a local receiver over http", async () => {
    const { port, received } = await receiver();
    vi.stubEnv("DARASA_ALLOW_HTTP_WEBHOOKS", "1");
    expect(await sendWebhook(`http://127.0.0.1:${port}/hook`, secret, payload)).toEqual({ ok: true, status: 200 });
    expect(received).toHaveLength(1);
  });

  it("does not follow redirects", async () => {
    const { port, received } = await receiver((res) => {
      res.writeHead(302, { location: "http://169.254.169.254/latest/meta-data/" });
      res.end();
    });
    expect(await sendWebhook(`http://127.0.0.1:${port}/`, secret, payload, { allowHttp: true })).toEqual({ ok: false, status: 302 });
    expect(received).toHaveLength(1);
  });

  it("gives up after the timeout when the receiver never answers", async () => {
    const { port } = await receiver(() => {}); // never responds
    const started = performance.now();
    expect(await sendWebhook(`http://127.0.0.1:${port}/`, secret, payload, { allowHttp: true, timeoutMs: 300 })).toEqual({ ok: false, error: "timeout" });
    expect(performance.now() - started).toBeLessThan(2_000);
  });
});
