// A request body that stops arriving (a client that declares 11 MB and sends
// 10 bytes, or a chunked upload that goes quiet) would otherwise hold its
// handler open until Node's 5-minute request timeout. Without touching the
// body stream (Next.js reads it), this watches the socket's byte counter:
// after BODY_IDLE_MS with no new byte and the body still incomplete, the
// client gets a 400 in the JSON envelope and the connection is closed.

/** Silence after which an incomplete body is refused (a slow but moving upload is never cut). */
export const BODY_IDLE_MS = 20_000;
const CHECK_EVERY_MS = 1_000;

/**
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ idleMs?: number, now?: () => number }} [options]
 */
export function watchStalledBody(req, res, { idleMs = BODY_IDLE_MS, now = Date.now } = {}) {
  const declared = Number(req.headers["content-length"] ?? 0);
  if (!(declared > 0) && !req.headers["transfer-encoding"]) return;
  const socket = req.socket;
  let lastBytes = socket.bytesRead;
  let quietSince = now();
  const timer = setInterval(() => {
    if (req.complete || res.writableEnded || socket.destroyed) return stop();
    if (socket.bytesRead !== lastBytes) {
      lastBytes = socket.bytesRead;
      quietSince = now();
      return;
    }
    if (now() - quietSince < idleMs) return;
    stop();
    if (!res.headersSent) {
      const body = JSON.stringify({
        success: false,
        error: { code: "BAD_REQUEST", message: "The request body stopped arriving before it was complete. Please try again." },
      });
      res.writeHead(400, { "content-type": "application/json; charset=utf-8", "content-length": Buffer.byteLength(body), connection: "close" });
      res.end(body, () => socket.destroy());
    } else {
      socket.destroy();
    }
  }, CHECK_EVERY_MS);
  timer.unref();
  function stop() {
    clearInterval(timer);
  }
  res.once("close", stop);
}
