import { callCompletionApi } from "ai";
import { afterEach, describe, expect, it, vi } from "vitest";
import { COACH_UNAVAILABLE, COACH_UNREACHABLE, coachErrorMessage, coachReplyFetch } from "@/features/coach/replyRequest";
import { producerHeaders } from "@/lib/producedStream";
import { requestTextCompletion } from "@/lib/useTextCompletion";

/**
 * The coach's reply as the chat reads it: useTextCompletion calls
 * `requestTextCompletion` with the `fetch` of features/coach/replyRequest.ts,
 * so this drives the same function against a stubbed network.
 */
const api = "/api/job-infos/job-1/coach";

function textStream(chunks: string[], failAfter = false) {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    start(controller) {
      for (const chunk of chunks) controller.enqueue(encoder.encode(chunk));
      if (failAfter) controller.error(new TypeError("network error"));
      else controller.close();
    },
  });
}

async function run(response: Response | Error, request: typeof requestTextCompletion = requestTextCompletion) {
  const events: string[] = [];
  const sent: { url: string; init: RequestInit }[] = [];
  vi.stubGlobal(
    "fetch",
    vi.fn(async (url: string, init: RequestInit) => {
      sent.push({ url, init });
      if (response instanceof Error) throw response;
      return response;
    }),
  );
  let error: Error | undefined;
  // As in the hook: updates count only while this request is the current one.
  let controller: AbortController | null = null;
  const result = await request({
    api,
    prompt: "Where should I start?",
    fetch: coachReplyFetch((kind) => events.push(`producer:${kind}`)),
    setCompletion: (text: string) => events.push(`text:${text}`),
    setLoading: () => {},
    setError: (e: Error | undefined) => {
      error = e;
    },
    setAbortController: (c: AbortController | null) => {
      controller = c;
    },
    getAbortController: () => controller,
  });
  return { result, events, sent, error };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe("the coach's streamed reply through useTextCompletion", () => {
  it("posts { message } as the route takes it, and names the producer before the first word", async () => {
    const response = new Response(textStream(["What ", "have you tried?"]), {
      headers: { "content-type": "text/plain; charset=utf-8", ...producerHeaders({ kind: "insights", label: "Insights engine" }) },
    });
    const { result, events, sent, error } = await run(response);
    expect(error).toBeUndefined();
    expect(result).toBe("What have you tried?");
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe(api);
    expect(sent[0]!.init.method).toBe("POST");
    expect(JSON.parse(String(sent[0]!.init.body))).toEqual({ message: "Where should I start?" });
    expect(new Headers(sent[0]!.init.headers).get("content-type")).toBe("application/json");
    expect(events.filter((e) => e !== "text:")).toEqual(["producer:insights", "text:What ", "text:What have you tried?"]);
  });

  it("shows the message of the route's error envelope, not raw JSON", async () => {
    const envelope = { success: false, error: { code: "RATE_LIMITED", message: "Too many requests. Try again in a minute." } };
    const { result, events, error } = await run(Response.json(envelope, { status: 429 }));
    expect(result).toBeUndefined();
    expect(events.some((e) => e.startsWith("producer:"))).toBe(false);
    expect(coachErrorMessage(error!)).toBe("Too many requests. Try again in a minute.");
  });

  it("falls back to a plain sentence when the refusal is not our envelope", async () => {
    const { error } = await run(new Response("<html>Bad gateway</html>", { status: 502 }));
    expect(coachErrorMessage(error!)).toBe(COACH_UNAVAILABLE);
  });

  it("says the server could not be reached when the request or the stream fails", async () => {
    const refused = await run(new TypeError("Failed to fetch"));
    expect(coachErrorMessage(refused.error!)).toBe(COACH_UNREACHABLE);

    const cut = await run(new Response(textStream(["What "], true), { headers: producerHeaders({ kind: "llm", label: "Model" }) }));
    expect(cut.result).toBeUndefined();
    expect(coachErrorMessage(cut.error!)).toBe(COACH_UNREACHABLE);
  });
});

describe("useTextCompletion reads the reply as the AI SDK's useCompletion (text protocol) did", () => {
  // The SDK's callCompletionApi with the arguments useCompletion gave it.
  const sdk: typeof requestTextCompletion = (args) =>
    callCompletionApi({
      ...args,
      fetch: args.fetch,
      credentials: undefined,
      headers: {},
      body: {},
      streamProtocol: "text",
      onFinish: undefined,
      onError: undefined,
    });
  const responses: [string, () => Response | Error][] = [
    ["a reply", () => new Response(textStream(["What ", "have you ", "tried?"]), { headers: producerHeaders({ kind: "llm", label: "Model" }) })],
    ["a refusal", () => Response.json({ success: false, error: { code: "RATE_LIMITED", message: "Slow down." } }, { status: 429 })],
    ["a foreign error page", () => new Response("<html>Bad gateway</html>", { status: 502 })],
    ["no connection", () => new TypeError("Failed to fetch")],
    ["a cut stream", () => new Response(textStream(["What "], true), { headers: producerHeaders({ kind: "llm", label: "Model" }) })],
  ];
  it.each(responses)("%s", async (_name, response) => {
    const ours = await run(response());
    const theirs = await run(response(), sdk);
    expect(ours.result).toEqual(theirs.result);
    expect(ours.events).toEqual(theirs.events);
    expect(ours.error && coachErrorMessage(ours.error)).toEqual(theirs.error && coachErrorMessage(theirs.error));
    expect(JSON.parse(String(ours.sent[0]!.init.body))).toEqual(JSON.parse(String(theirs.sent[0]!.init.body)));
  });
});
