// @pdf-lib/fontkit's build calls a global `regeneratorRuntime` in its Indic shaper (Devanagari
// conjuncts and vowel signs): without it that text throws (pdf-lib issues #785, #1419).
import "regenerator-runtime/runtime.js";
import { readFile } from "node:fs/promises";
import path from "node:path";
import fontkit from "@pdf-lib/fontkit";

/**
 * The fonts embedded in PDF exports, and which of them draws each piece of text.
 *
 * DejaVu Sans (npm `dejavu-fonts-ttf`, Bitstream Vera licence + public domain) draws Latin with
 * every diacritic, Greek, Cyrillic, Armenian, Georgian, IPA and common symbols; Noto Sans
 * Devanagari (npm `@expo-google-fonts/noto-sans-devanagari`, SIL OFL 1.1) draws Hindi, Marathi,
 * Nepali… shaped (conjuncts, vowel signs). Only the glyphs used are embedded (subsets).
 *
 * Not drawn, shown as {@link MISSING_GLYPH} with a note in the document: Chinese, Japanese and
 * Korean (no CJK font small enough to ship: the smallest free ones are 4–10 MB), right-to-left
 * scripts (the layout here is left-to-right only, so Hebrew and Arabic would print reversed),
 * emoji, and any other script neither font covers. The Markdown export keeps every character.
 */

export type FontStyle = "regular" | "bold";

const FONT_FILES: readonly Record<FontStyle, string>[] = [
  {
    regular: "dejavu-fonts-ttf/ttf/DejaVuSans.ttf",
    bold: "dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf",
  },
  {
    regular: "@expo-google-fonts/noto-sans-devanagari/400Regular/NotoSansDevanagari_400Regular.ttf",
    bold: "@expo-google-fonts/noto-sans-devanagari/700Bold/NotoSansDevanagari_700Bold.ttf",
  },
];

/** Drawn (in the first font) for each character no font covers. */
export const MISSING_GLYPH = "□";

/** Scripts drawn left-to-right here would read backwards: treated as not printable. */
const RIGHT_TO_LEFT = /[\p{Script=Hebrew}\p{Script=Arabic}\p{Script=Syriac}\p{Script=Thaana}\p{Script=Nko}\p{Script=Samaritan}\p{Script=Mandaic}]/u;

export interface LoadedFont {
  file: string;
  bytes: Uint8Array;
  covers: ReadonlySet<number>;
}

const loaded = new Map<string, Promise<LoadedFont>>();

/** Reads a font once per process (from node_modules, like the migrations folder from the project root). */
function loadFont(file: string): Promise<LoadedFont> {
  let font = loaded.get(file);
  if (!font) {
    font = readFile(path.join(process.cwd(), "node_modules", file)).then((buffer) => {
      const bytes = new Uint8Array(buffer);
      return { file, bytes, covers: new Set(fontkit.create(bytes).characterSet) };
    });
    font.catch(() => loaded.delete(file)); // a failed read is retried next time
    loaded.set(file, font);
  }
  return font;
}

/** The fonts of one style, in order of preference. */
export function loadFonts(style: FontStyle): Promise<LoadedFont[]> {
  return Promise.all(FONT_FILES.map((files) => loadFont(files[style])));
}

/** A piece of one line drawn with one font (`font` indexes the list given to {@link splitRuns}). */
export type Run = { font: number; text: string };

const graphemes = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** Spaces, digits, punctuation and symbols: shared by every script, so they never switch fonts. */
const SHARED = /^[\p{Script=Common}\p{Script=Inherited}]+$/u;

function coversAll(font: LoadedFont, grapheme: string): boolean {
  for (const ch of grapheme) if (!font.covers.has(ch.codePointAt(0)!)) return false;
  return true;
}

/**
 * Splits text into runs of one font each. Letters take the first font that has the whole grapheme
 * (the letter with its combining marks), so Latin is always DejaVu even inside Hindi text; spaces,
 * digits and punctuation stay in the current font when it has them (no switch mid-phrase). A grapheme no font has,
 * or one in a right-to-left script, becomes {@link MISSING_GLYPH} in the first font.
 */
export function splitRuns(text: string, fonts: readonly LoadedFont[]): Run[] {
  const runs: Run[] = [];
  let current: Run | undefined;
  for (const { segment } of graphemes.segment(text)) {
    let font = current && SHARED.test(segment) && coversAll(fonts[current.font]!, segment) ? current.font : fonts.findIndex((f) => coversAll(f, segment));
    let drawn = segment;
    if (font < 0 || RIGHT_TO_LEFT.test(segment)) {
      font = 0;
      drawn = MISSING_GLYPH;
    }
    if (current && current.font === font) current.text += drawn;
    else runs.push((current = { font, text: drawn }));
  }
  return runs;
}

/**
 * Every font {@link splitRuns} can pick for any part of these texts (a line starts a run with the
 * first font that has its first character, whatever font the full text used there), plus the
 * first font, which draws the boxes. Records the graphemes no font can draw in `missing`.
 */
export function fontsNeeded(texts: readonly string[], fonts: readonly LoadedFont[], missing: Set<string>): Set<number> {
  const needed = new Set<number>([0]);
  for (const text of texts) {
    for (const { segment } of graphemes.segment(text)) {
      const font = fonts.findIndex((f) => coversAll(f, segment));
      if (font < 0 || RIGHT_TO_LEFT.test(segment)) missing.add(segment);
      else needed.add(font);
    }
  }
  return needed;
}

const MISSING_KINDS: [RegExp, string][] = [
  [/[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Bopomofo}]/u, "Chinese, Japanese and Korean characters"],
  [RIGHT_TO_LEFT, "right-to-left scripts (Hebrew, Arabic…)"],
  [/\p{Extended_Pictographic}/u, "emoji"],
];

/**
 * The note printed in a PDF that has characters its fonts lack, naming what kind of text is
 * affected, or null when every character printed.
 */
export function missingGlyphsNote(missing: ReadonlySet<string>): string | null {
  if (missing.size === 0) return null;
  const kinds = new Set<string>();
  for (const grapheme of missing) kinds.add(MISSING_KINDS.find(([pattern]) => pattern.test(grapheme))?.[1] ?? "characters of other scripts");
  return `Note: this PDF's fonts cannot show some of the text (${[...kinds].join(", ")}), so each such character appears as ${MISSING_GLYPH}. The Markdown download keeps every character.`;
}
