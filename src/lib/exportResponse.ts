import { apiError } from "./apiResponse";
import { markdownToPdf } from "./markdownPdf";

export type ExportFormat = "md" | "pdf";

/** `?format=md` (default) or `?format=pdf`; anything else is a 400. */
export function exportFormat(request: Request): ExportFormat | Response {
  const format = new URL(request.url).searchParams.get("format") ?? "md";
  return format === "md" || format === "pdf" ? format : apiError(400, "VALIDATION_FAILED", "format must be md or pdf.");
}

/** A document download: the Markdown as written, or rendered to PDF. */
export async function exportResponse(markdown: string, options: { title: string; filename: string; format: ExportFormat }): Promise<Response> {
  const headers = { "cache-control": "no-store", "content-disposition": `attachment; filename="${options.filename}.${options.format}"` };
  if (options.format === "md") return new Response(markdown, { headers: { ...headers, "content-type": "text/markdown; charset=utf-8" } });
  const pdf = await markdownToPdf(markdown, { title: options.title });
  return new Response(pdf as BodyInit, { headers: { ...headers, "content-type": "application/pdf" } });
}
