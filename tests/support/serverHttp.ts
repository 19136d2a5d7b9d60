/**
 * Plain-HTTP helpers for the server tests: a browser-like client with a cookie
 * jar, HTML form extraction, and progressive-enhancement (no-JS) server action
 * posts the way Next 16 forms submit them.
 *
 * How a Next 16 form posts without JavaScript: the SSR'd `<form action={fn}>`
 * is `method="POST" encType="multipart/form-data" action=""` with hidden
 * inputs. A plain action gets `$ACTION_ID_<id>`; a `useActionState` action is
 * bound to its previous state and gets `$ACTION_REF_1`, `$ACTION_1:0` =
 * `{"id":"<id>","bound":"$@1"}`, `$ACTION_1:1` = `[<prev state>]` and
 * `$ACTION_KEY`. The browser posts these plus the fields, as multipart, to the
 * page URL (no `Next-Action` header). A `redirect()` in the action answers
 * 303 + Location; a returned state re-renders the page (200) with it.
 */
import { BROWSER_UA } from "./server";

export type FormInfo = {
  /** Hidden inputs, in document order. */
  hidden: [string, string][];
  /** Names of all inputs, selects and textareas. */
  fieldNames: string[];
  /** The server action id behind the form, if any. */
  actionId?: string;
};

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'", nbsp: "\u00a0" };

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, code: string) => {
    if (code[0] === "#") {
      const n = code[1] === "x" || code[1] === "X" ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return String.fromCodePoint(n);
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of tag.matchAll(/([^\s=/<>"']+)(?:="([^"]*)")?/g)) {
    out[m[1]!] = decodeEntities(m[2] ?? "");
  }
  return out;
}

/** Every `<form>` in server-rendered HTML with its hidden inputs and action id. */
export function parseForms(html: string): FormInfo[] {
  const forms: FormInfo[] = [];
  for (const m of html.matchAll(/<form\b[^>]*>([\s\S]*?)<\/form>/g)) {
    const body = m[1]!;
    const hidden: [string, string][] = [];
    const fieldNames: string[] = [];
    for (const tag of body.matchAll(/<(input|select|textarea)\b([^>]*)>/g)) {
      const attrs = attributes(tag[2]!);
      if (!attrs.name) continue;
      fieldNames.push(attrs.name);
      if (tag[1] === "input" && attrs.type === "hidden") hidden.push([attrs.name, attrs.value ?? ""]);
    }
    let actionId: string | undefined;
    for (const [name, value] of hidden) {
      const plain = /^\$ACTION_ID_(.+)$/.exec(name);
      if (plain) actionId = plain[1];
      if (/^\$ACTION_\d+:0$/.test(name)) actionId = (JSON.parse(value) as { id: string }).id;
    }
    forms.push({ hidden, fieldNames, actionId });
  }
  return forms;
}

/** The one form that has all these fields (throws if none or several). */
export function findForm(html: string, ...fields: string[]): FormInfo {
  const matches = parseForms(html).filter((f) => fields.every((name) => f.fieldNames.includes(name)));
  if (matches.length !== 1) throw new Error(`expected one form with fields ${fields.join(", ")}, found ${matches.length}`);
  return matches[0]!;
}

/**
 * Hidden inputs a `useActionState` form bound to `actionId` would carry
 * (for actions whose form is not in the HTML, e.g. inside a closed dialog).
 */
export function boundActionInputs(actionId: string): [string, string][] {
  return [
    ["$ACTION_REF_1", ""],
    ["$ACTION_1:0", JSON.stringify({ id: actionId, bound: "$@1" })],
    ["$ACTION_1:1", "[null]"],
  ];
}

export type ClientResponse = { status: number; headers: Headers; text: string; location: string | null };

/** A browser-like client: browser user agent, cookie jar, no automatic redirects. */
export class HttpClient {
  readonly cookies = new Map<string, string>();

  constructor(
    readonly baseUrl: string,
    readonly userAgent: string | null = BROWSER_UA,
  ) {}

  setCookie(name: string, value: string) {
    this.cookies.set(name, value);
  }

  cookieHeader(): string {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }

  async request(path: string, init: RequestInit & { headers?: Record<string, string> } = {}): Promise<ClientResponse> {
    const headers: Record<string, string> = { ...init.headers };
    if (this.userAgent !== null && !("user-agent" in headers)) headers["user-agent"] = this.userAgent;
    if (this.cookies.size > 0 && !("cookie" in headers)) headers.cookie = this.cookieHeader();
    const res = await fetch(new URL(path, this.baseUrl), { ...init, headers, redirect: "manual" });
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const eq = pair!.indexOf("=");
      const name = pair!.slice(0, eq).trim();
      const value = pair!.slice(eq + 1).trim();
      if (value === "" || /max-age=0\b/i.test(line) || /expires=Thu, 01 Jan 1970/i.test(line)) this.cookies.delete(name);
      else this.cookies.set(name, value);
    }
    return { status: res.status, headers: res.headers, text: await res.text(), location: res.headers.get("location") };
  }

  get(path: string, headers: Record<string, string> = {}) {
    return this.request(path, { method: "GET", headers });
  }

  /**
   * Posts a form the way a browser without JavaScript does: multipart, to the
   * page URL, with the form's hidden inputs (overridable) and `fields`.
   */
  async submit(pagePath: string, hidden: [string, string][], fields: Record<string, string>): Promise<ClientResponse> {
    const body = new FormData();
    for (const [name, value] of hidden) if (!(name in fields)) body.append(name, value);
    for (const [name, value] of Object.entries(fields)) body.append(name, value);
    return this.request(pagePath, { method: "POST", body, headers: { origin: new URL(this.baseUrl).origin } });
  }

  /** GET the page, find the form with `formFields`, post it with `fields`. */
  async submitPageForm(pagePath: string, fields: Record<string, string>, formFields = Object.keys(fields)) {
    const page = await this.get(pagePath);
    if (page.status !== 200) throw new Error(`GET ${pagePath} -> ${page.status}`);
    const form = findForm(page.text, ...formFields);
    return { form, response: await this.submit(pagePath, form.hidden, fields) };
  }

  /**
   * Calls a `useActionState` form action the way the client runtime does with
   * JavaScript on: POST to the page with `Next-Action: <id>` and the React
   * reply encoding of `(prevState, formData)`. Returns the action's result
   * decoded from the RSC answer.
   */
  async callFormAction(pagePath: string, actionId: string, fields: Record<string, string>, prevState: unknown = null) {
    const body = new FormData();
    for (const [name, value] of Object.entries(fields)) body.append(`_1_${name}`, value); // React 19.3 reply encoding: FormData part 1
    body.append("0", JSON.stringify([prevState, "$K1"]));
    const response = await this.request(pagePath, {
      method: "POST",
      body,
      headers: { "next-action": actionId, accept: "text/x-component", origin: new URL(this.baseUrl).origin },
    });
    const rows = new Map<string, string>();
    for (const line of response.text.split("\n")) {
      const m = /^([0-9a-f]+):(.*)$/.exec(line);
      if (m) rows.set(m[1]!, m[2]!);
    }
    let result: unknown;
    try {
      const root = JSON.parse(rows.get("0") ?? "null") as { a?: string } | null;
      const ref = root?.a?.startsWith("$@") ? root.a.slice(2) : undefined;
      result = ref !== undefined ? JSON.parse(rows.get(ref) ?? "null") : undefined;
    } catch {
      result = undefined;
    }
    return { response, result };
  }

  /**
   * The id of a server action the page's client code can call, found the way a
   * browser finds it: in the page's script chunks (`createServerReference`).
   */
  async findActionIdInScripts(html: string, exportName: string): Promise<string> {
    const sources = [...new Set([...html.matchAll(/"(\/_next\/static\/chunks\/[^"]+\.js)"/g)].map((m) => m[1]!))];
    const pattern = new RegExp(`createServerReference\\)\\("([0-9a-f]{40,})"[^)]*?"${exportName}"\\)`);
    for (const src of sources) {
      const res = await fetch(new URL(src, this.baseUrl), { headers: { "user-agent": BROWSER_UA } });
      const found = pattern.exec(await res.text());
      if (found) return found[1]!;
    }
    throw new Error(`server action ${exportName} not found in ${sources.length} script chunks`);
  }
}

/** Asserts a response is a redirect and returns its Location path (host dropped when it is ours). */
export function redirectPath(res: ClientResponse, baseUrl: string): string | null {
  if (res.status < 300 || res.status >= 400 || !res.location) return null;
  const url = new URL(res.location, baseUrl);
  const base = new URL(baseUrl);
  const loopback = (host: string) => ["127.0.0.1", "localhost", "[::1]"].includes(host);
  const ours = url.port === base.port && loopback(url.hostname) && loopback(base.hostname);
  return ours ? url.pathname + url.search : url.toString();
}

export const UUID_RE = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/;
