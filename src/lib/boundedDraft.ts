/**
 * A partial object from a streaming model, cut down to what its JSON schema
 * allows, so nothing out of range is shown while it streams: unknown fields
 * are dropped, numbers outside their bounds (or not integers where integers
 * are required) and values outside an enum are left out until they are
 * valid, strings and lists are cut at their maximum. The complete object is
 * validated on the server; this only guards what is shown before that.
 */
export type DraftSchema = {
  type?: string | string[];
  properties?: Record<string, DraftSchema>;
  items?: DraftSchema;
  anyOf?: DraftSchema[];
  enum?: readonly unknown[];
  maxItems?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
};

const typesOf = (schema: DraftSchema) => (schema.type === undefined ? [] : Array.isArray(schema.type) ? schema.type : [schema.type]);

function numberFits(schema: DraftSchema, value: number, types: string[]): boolean {
  if (!Number.isFinite(value)) return false;
  if (types.includes("integer") && !types.includes("number") && !Number.isInteger(value)) return false;
  if (schema.minimum !== undefined && value < schema.minimum) return false;
  if (schema.maximum !== undefined && value > schema.maximum) return false;
  if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) return false;
  if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) return false;
  return true;
}

/** The part of `value` the schema allows, or undefined when none of it fits. */
export function boundedDraft(schema: DraftSchema, value: unknown): unknown {
  if (value === undefined) return undefined;
  if (schema.anyOf) {
    for (const option of schema.anyOf) {
      const fitted = boundedDraft(option, value);
      if (fitted !== undefined) return fitted;
    }
    return undefined;
  }
  if (schema.enum && !schema.enum.includes(value)) return undefined;
  const types = typesOf(schema);
  if (value === null) return types.includes("null") ? null : undefined;
  if (typeof value === "number") return (types.includes("number") || types.includes("integer")) && numberFits(schema, value, types) ? value : undefined;
  if (typeof value === "string") {
    if (!types.includes("string") && !schema.enum) return undefined;
    return schema.maxLength !== undefined ? value.slice(0, schema.maxLength) : value;
  }
  if (typeof value === "boolean") return types.includes("boolean") ? value : undefined;
  if (Array.isArray(value)) {
    if (!types.includes("array")) return undefined;
    const kept = schema.maxItems !== undefined ? value.slice(0, schema.maxItems) : value;
    return schema.items ? kept.map((item) => boundedDraft(schema.items!, item)) : kept;
  }
  if (typeof value === "object") {
    if (!types.includes("object")) return undefined;
    const out: Record<string, unknown> = {};
    for (const [key, property] of Object.entries(schema.properties ?? {})) {
      const fitted = boundedDraft(property, (value as Record<string, unknown>)[key]);
      if (fitted !== undefined) out[key] = fitted;
    }
    return out;
  }
  return undefined;
}
