import { splitLines, type Line } from "./lines";

/**
 * Which lines of a job description state requirements.
 *
 * A line is "required" when it sits under a requirements-style heading
 * ("Requirements", "What you'll need", "You have", "Qualifications") or itself
 * says so ("must", "required", "you have", "3+ years", "at least"), unless it
 * is marked optional ("nice to have", "bonus", "preferred", "a plus") or sits
 * under an optional heading.
 */

export type JobLine = Line & { required: boolean; heading: boolean };

const OPTIONAL_HEADING = /\b(nice[\s-]to[\s-]haves?|bonus(?: points)?|preferred|pluses|desired|good to have|extra credit|not required|optional|even better)\b/i;
const REQUIRED_HEADING =
  /\b(requirements?|qualifications?|what you(?:'|’)?ll need|what you need|what you bring|what we(?:'|’)?re looking for|what we are looking for|you have|you bring|who you are|about you|must[\s-]haves?|essentials?|your (?:background|profile|skills|experience)|ideal candidate|skills (?:and|&) experience|minimum)\b/i;
const OPTIONAL_LINE = /\b(nice[\s-]to[\s-]have|bonus|preferred|(?:is|are|would be) a plus|a big plus|ideally|not required|optional|is an advantage|a bonus)\b/i;
const REQUIRED_LINE =
  /\b(must|required|requirements?|you have|you(?:'|’)ll have|you will have|you bring|you need|need to have|proficien\w*|at least|minimum|\d{1,3}\s{0,3}\+?\s{0,3}(?:years|yrs))\b/i; // bounded: `\s*\+?\s*` was quadratic on long runs of spaces

function isHeading(line: Line): boolean {
  if (line.bullet) return false;
  const words = line.text.split(/\s+/).length;
  if (words > 8) return false;
  if (/:\s*$/.test(line.text)) return true;
  return (
    !/[.,;]$/.test(line.text) &&
    words <= 6 &&
    (REQUIRED_HEADING.test(line.text) ||
      OPTIONAL_HEADING.test(line.text) ||
      /^[A-Z][^a-z]*$/.test(line.text) ||
      /^(responsibilities|about|what you(?:'|’)?ll do|the role|benefits|perks|who we are)/i.test(line.text))
  );
}

/** Built field by field: an object spread of each line was most of the cost on a 20,000-line ad. */
function jobLine(line: Line, required: boolean, heading: boolean): JobLine {
  return { index: line.index, start: line.start, end: line.end, text: line.text, bullet: line.bullet, required, heading };
}

export function classifyJobLines(description: string): JobLine[] {
  let mode: "required" | "optional" | "neutral" = "neutral";
  return splitLines(description).map((line) => {
    if (isHeading(line)) {
      mode = OPTIONAL_HEADING.test(line.text) ? "optional" : REQUIRED_HEADING.test(line.text) ? "required" : "neutral";
      return jobLine(line, false, true);
    }
    // "Requirements: 5+ years of Go" – an inline label works like a heading for its own line.
    const label = /^([^:]{3,40}):\s+\S/.exec(line.text)?.[1];
    const labelled = label ? (OPTIONAL_HEADING.test(label) ? "optional" : REQUIRED_HEADING.test(label) ? "required" : undefined) : undefined;
    const optional = OPTIONAL_LINE.test(line.text) || labelled === "optional" || (mode === "optional" && labelled === undefined);
    const required = !optional && (labelled === "required" || mode === "required" || REQUIRED_LINE.test(line.text));
    return jobLine(line, required, false);
  });
}
