import { PDFDocument, StandardFonts, rgb, type PDFFont, type PDFPage } from "pdf-lib";

/**
 * Renders the Markdown our exports produce (headings, paragraphs, bullet
 * lists, simple tables, **bold** and _italic_ markers, backslash escapes)
 * as an A4 PDF with the standard Helvetica fonts. Characters those fonts
 * cannot encode (WinAnsi) are replaced by "?" rather than failing the export.
 */
const PAGE = { width: 595.28, height: 841.89, margin: 56 };
const STYLES = {
  h1: { size: 18, bold: true, before: 0, after: 10 },
  h2: { size: 14, bold: true, before: 14, after: 6 },
  h3: { size: 12, bold: true, before: 10, after: 4 },
  p: { size: 10.5, bold: false, before: 0, after: 6 },
  li: { size: 10.5, bold: false, before: 0, after: 3 },
} as const;

type Block = { kind: keyof typeof STYLES; text: string };

const unescape = (s: string) => s.replace(/\\([\\`*_[\]#<>|])/g, "$1");
// An _italic_ span ends at its first unescaped "_" (`.+?` rescanned the rest of the line from every " _").
const stripInline = (s: string) => unescape(s.replace(/\*\*(.+?)\*\*/g, "$1").replace(/(^|\s)_((?:[^_\\]|\\.)+?)_(?=\s|$)/g, "$1$2"));

export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  for (const raw of markdown.split("\n")) {
    const line = raw.trimEnd();
    if (!line.trim()) continue;
    if (/^\|(\s*-+\s*\|)+$/.test(line)) continue; // table separator
    const heading = /^(#{1,3})\s+(.*)$/.exec(line);
    if (heading) {
      blocks.push({ kind: (["h1", "h2", "h3"] as const)[heading[1]!.length - 1]!, text: stripInline(heading[2]!) });
    } else if (line.startsWith("- ")) {
      blocks.push({ kind: "li", text: stripInline(line.slice(2)) });
    } else if (line.startsWith("|")) {
      const cells = line.split(/(?<!\\)\|/).slice(1, -1).map((c) => stripInline(c.trim()));
      blocks.push({ kind: "li", text: cells.join(": ") });
    } else {
      blocks.push({ kind: "p", text: stripInline(line) });
    }
  }
  return blocks;
}

function encodable(font: PDFFont, text: string): string {
  return [...text]
    .map((ch) => {
      try {
        font.encodeText(ch);
        return ch;
      } catch {
        return "?";
      }
    })
    .join("");
}

function wrap(font: PDFFont, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let current = "";
  for (const word of text.split(/\s+/)) {
    const candidate = current ? `${current} ${word}` : word;
    if (font.widthOfTextAtSize(candidate, size) <= width || !current) {
      current = candidate;
    } else {
      lines.push(current);
      current = word;
    }
  }
  if (current) lines.push(current);
  return lines;
}

export async function markdownToPdf(markdown: string, meta: { title: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(meta.title);
  doc.setProducer("Darasa");
  const regular = await doc.embedFont(StandardFonts.Helvetica);
  const bold = await doc.embedFont(StandardFonts.HelveticaBold);
  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  for (const block of markdownBlocks(markdown)) {
    const style = STYLES[block.kind];
    const font = style.bold ? bold : regular;
    const indent = block.kind === "li" ? 12 : 0;
    const lines = wrap(font, encodable(font, block.text), style.size, width - indent);
    y -= style.before;
    for (const [i, line] of lines.entries()) {
      if (y - style.size < PAGE.margin) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= style.size * 1.3;
      if (block.kind === "li" && i === 0) page.drawText("•", { x: PAGE.margin, y, size: style.size, font: regular, color: rgb(0.2, 0.2, 0.2) });
      page.drawText(line, { x: PAGE.margin + indent, y, size: style.size, font, color: rgb(0.1, 0.1, 0.1) });
    }
    y -= style.after;
  }
  return doc.save();
}
