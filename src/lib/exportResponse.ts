import { z } from "zod";
import { markdownToPdf } from "./markdownPdf";

/** The query of an export: `?format=md` (default) or `?format=pdf`; anything else is a 400. */
export const exportQuerySchema = z.object({ format: z.enum(["md", "pdf"], { error: "format must be md or pdf." }).default("md") });
export type ExportFormat = z.output<typeof exportQuerySchema>["format"];

/** A document download: the Markdown as written, or rendered to PDF. */
export async function exportResponse(markdown: string, options: { title: string; filename: string; format: ExportFormat }): Promise<Response> {
  const headers = { "cache-control": "no-store", "content-disposition": `attachment; filename="${options.filename}.${options.format}"` };
  if (options.format === "md") return new Response(markdown, { headers: { ...headers, "content-type": "text/markdown; charset=utf-8" } });
  const pdf = await markdownToPdf(markdown, { title: options.title });
  return new Response(pdf as BodyInit, { headers: { ...headers, "content-type": "application/pdf" } });
}
