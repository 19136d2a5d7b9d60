import { z } from "zod";

const uuidSchema = z.uuid();

/** Ids from URLs are untrusted: malformed ones are simply "not found". */
export function isUuid(value: unknown): value is string {
  return uuidSchema.safeParse(value).success;
}
