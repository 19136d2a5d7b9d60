import fontkit from "@pdf-lib/fontkit";
import { PDFDocument, rgb, type PDFFont, type PDFPage } from "pdf-lib";
import { fontsNeeded, loadFonts, missingGlyphsNote, splitRuns, type FontStyle, type LoadedFont, type Run } from "./pdfFonts";

/**
 * Renders the Markdown our exports produce (headings, paragraphs, bullet
 * lists, simple tables, **bold** and _italic_ markers, backslash escapes)
 * as an A4 PDF with embedded Unicode fonts (see pdfFonts.ts for the scripts
 * they cover). A character no font has is drawn as a box and the document
 * says so in a note under its title; none is dropped or replaced silently.
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
      const cells = line
        .split(/(?<!\\)\|/)
        .slice(1, -1)
        .map((c) => stripInline(c.trim()));
      blocks.push({ kind: "li", text: cells.join(": ") });
    } else {
      blocks.push({ kind: "p", text: stripInline(line) });
    }
  }
  return blocks;
}

/**
 * The embedded fonts of one style, with what each covers, and the widths measured so far: each
 * measure shapes the text (fontkit), and words repeat, so a document measures each word once.
 */
type Faces = { fonts: LoadedFont[]; embedded: (PDFFont | undefined)[]; widths: Map<string, number> };

function runWidth(faces: Faces, run: Run, size: number): number {
  const key = `${run.font} ${size} ${run.text}`;
  let width = faces.widths.get(key);
  if (width === undefined) {
    width = faces.embedded[run.font]!.widthOfTextAtSize(run.text, size);
    faces.widths.set(key, width);
  }
  return width;
}

function runsWidth(faces: Faces, text: string, size: number): number {
  return splitRuns(text, faces.fonts).reduce((width, run) => width + runWidth(faces, run, size), 0);
}

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Greedy word wrap; a word wider than the line is broken between characters. */
function wrap(faces: Faces, text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  const space = runsWidth(faces, " ", size);
  let current = "";
  let currentWidth = 0;
  const push = (word: string, wordWidth: number) => {
    if (current && currentWidth + space + wordWidth <= width) {
      current += ` ${word}`;
      currentWidth += space + wordWidth;
    } else {
      if (current) lines.push(current);
      current = word;
      currentWidth = wordWidth;
    }
  };
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const wordWidth = runsWidth(faces, word, size);
    if (wordWidth <= width) {
      push(word, wordWidth);
      continue;
    }
    // Measured a character at a time (linear in the word's length, whatever it holds).
    let piece = "";
    let pieceWidth = 0;
    for (const { segment } of graphemes.segment(word)) {
      const segmentWidth = runsWidth(faces, segment, size);
      if (piece && pieceWidth + segmentWidth > width) {
        push(piece, pieceWidth);
        piece = "";
        pieceWidth = 0;
      }
      piece += segment;
      pieceWidth += segmentWidth;
    }
    if (piece) push(piece, pieceWidth);
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * pdf-lib draws each glyph at its advance width and ignores the positions OpenType positioning
 * (GPOS) computes, so running those lookups only costs time (most of it, measured: shaping runs
 * for every line drawn). Substitutions (GSUB: ligatures, Devanagari conjuncts) stay on.
 */
const NO_POSITIONING = { kern: false, mark: false, mkmk: false, curs: false, dist: false, abvm: false, blwm: false };

/** Embeds (as subsets) only the fonts some part of `texts` can be drawn with. */
async function embedFaces(doc: PDFDocument, style: FontStyle, texts: readonly string[], missing: Set<string>): Promise<Faces> {
  const fonts = await loadFonts(style);
  const needed = fontsNeeded(texts, fonts, missing);
  const embedded = await Promise.all(
    fonts.map((font, i) => (needed.has(i) ? doc.embedFont(font.bytes, { subset: true, features: NO_POSITIONING }) : undefined)),
  );
  return { fonts, embedded, widths: new Map() };
}

export async function markdownToPdf(markdown: string, meta: { title: string }): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.registerFontkit(fontkit);
  doc.setTitle(meta.title);
  doc.setProducer("Darasa");
  // NFC: an accent typed as a combining mark prints as the precomposed letter the fonts draw best.
  const blocks = markdownBlocks(markdown.normalize("NFC"));
  const missing = new Set<string>();
  const styleOf = (block: Block): FontStyle => (STYLES[block.kind].bold ? "bold" : "regular");
  const textsOf = (style: FontStyle) => blocks.filter((b) => styleOf(b) === style).map((b) => b.text);
  const faces: Record<FontStyle, Faces> = {
    bold: await embedFaces(doc, "bold", textsOf("bold"), missing),
    regular: await embedFaces(doc, "regular", ["•", ...textsOf("regular")], missing),
  };
  const note = missingGlyphsNote(missing);
  if (note) blocks.splice(blocks[0]?.kind === "h1" ? 1 : 0, 0, { kind: "p", text: note });

  let page: PDFPage = doc.addPage([PAGE.width, PAGE.height]);
  let y = PAGE.height - PAGE.margin;
  const width = PAGE.width - 2 * PAGE.margin;
  for (const block of blocks) {
    const style = STYLES[block.kind];
    const blockFaces = faces[styleOf(block)];
    const indent = block.kind === "li" ? 12 : 0;
    const lines = wrap(blockFaces, block.text, style.size, width - indent);
    y -= style.before;
    for (const [i, line] of lines.entries()) {
      if (y - style.size < PAGE.margin) {
        page = doc.addPage([PAGE.width, PAGE.height]);
        y = PAGE.height - PAGE.margin;
      }
      y -= style.size * 1.3;
      if (block.kind === "li" && i === 0)
        page.drawText("•", { x: PAGE.margin, y, size: style.size, font: faces.regular.embedded[0]!, color: rgb(0.2, 0.2, 0.2) });
      let x = PAGE.margin + indent;
      const runs = splitRuns(line, blockFaces.fonts);
      for (const [j, run] of runs.entries()) {
        page.drawText(run.text, { x, y, size: style.size, font: blockFaces.embedded[run.font]!, color: rgb(0.1, 0.1, 0.1) });
        if (j < runs.length - 1) x += runWidth(blockFaces, run, style.size);
      }
    }
    y -= style.after;
  }
  return doc.save();
}
