/** JSON POST to the app's live-interview routes, with their `{ success, data | error }` envelope; a network failure is an error too. */
export type Envelope<T> = { success: true; data: T } | { success: false; error: { code: string; message: string } };

export async function postJson<T>(url: string, body?: unknown): Promise<Envelope<T>> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: body === undefined ? undefined : { "content-type": "application/json" },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    return (await response.json()) as Envelope<T>;
  } catch {
    return { success: false, error: { code: "NETWORK", message: "The server could not be reached. Check your connection and try again." } };
  }
}
