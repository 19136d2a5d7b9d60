import { z } from "zod";
import type { DraftSchema } from "./boundedDraft";

const BOUNDS = ["type", "enum", "maxItems", "maxLength", "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum"] as const;

function prune(schema: DraftSchema): DraftSchema {
  const out: DraftSchema = {};
  for (const key of BOUNDS) if (schema[key] !== undefined) Object.assign(out, { [key]: schema[key] });
  if (schema.properties) out.properties = Object.fromEntries(Object.entries(schema.properties).map(([key, property]) => [key, prune(property)]));
  if (schema.items) out.items = prune(schema.items);
  if (schema.anyOf) out.anyOf = schema.anyOf.map(prune);
  return out;
}

/**
 * A producer's schema as lib/boundedDraft.ts reads it: its JSON Schema with
 * only the keys that bound a draft (no descriptions). Computed on the server
 * and passed to the client component as a prop, so that the browser does not
 * load zod to convert the schema itself.
 */
export function draftSchemaOf(schema: z.ZodType): DraftSchema {
  return prune(z.toJSONSchema(schema) as DraftSchema);
}
