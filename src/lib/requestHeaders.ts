/** Header carrying the request id from the proxy to the app, logs and the client. */
export const REQUEST_ID_HEADER = "x-request-id";
