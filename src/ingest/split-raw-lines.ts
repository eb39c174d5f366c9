/** One line of raw input: raw[start, end) is its content without trailing whitespace. */
export interface RawLine {
  readonly start: number;
  readonly end: number;
  /** Where the line break that ends this line stops (= start of the next line), or raw.length. */
  readonly next: number;
  /** True when the break is exactly one "\n" right after the content, so it can be copied verbatim. */
  readonly plainBreak: boolean;
}

const TRAILING_SPACE = /\s+$/u;

/**
 * Splits raw[from, …) into lines at LF, CRLF and CR, and at `extraBreak` (e.g. a dataset's newline marker).
 * Offsets point into `raw`, so a cleaned text built from the lines can be mapped back.
 */
export const splitRawLines = (raw: string, from = 0, extraBreak?: RegExp): RawLine[] => {
  const breaks = new RegExp(`\\r\\n|\\r|\\n${extraBreak ? `|${extraBreak.source}` : ''}`, 'g');
  breaks.lastIndex = from;
  const lines: RawLine[] = [];
  let start = from;
  for (let m = breaks.exec(raw); m !== null; m = breaks.exec(raw)) {
    if (m[0].length === 0) {
      breaks.lastIndex++;
      continue;
    }
    lines.push(line(raw, start, m.index, m.index + m[0].length, m[0] === '\n'));
    start = m.index + m[0].length;
  }
  if (start < raw.length) lines.push(line(raw, start, raw.length, raw.length, false));
  return lines;
};

const line = (raw: string, start: number, breakAt: number, next: number, lf: boolean): RawLine => {
  const content = raw.slice(start, breakAt);
  const end = start + content.replace(TRAILING_SPACE, '').length;
  return { start, end, next, plainBreak: lf && end === breakAt };
};
