import type { OffsetSegment } from '../model/report.js';
import { findBoilerplate, leadingFurniture, trailingCredit } from './find-boilerplate.js';
import { isPhotoCaption } from './is-photo-caption.js';
import { trailingLinkText } from './link-text.js';
import { type RawLine, splitRawLines } from './split-raw-lines.js';

export interface CleanedText {
  readonly text: string;
  /** Segments of `text` copied verbatim from the raw input. */
  readonly offsetMap: readonly OffsetSegment[];
}

export interface CleanOptions {
  /** Where the report starts in raw (after a metadata header). */
  readonly from?: number;
  /** A further line-break marker, e.g. Multi-News's ` NEWLINE_CHAR `. */
  readonly extraBreak?: RegExp;
}

/**
 * A line less the link text glued to its end ("… Read more", trailingLinkText) and then the credit that closes
 * it; a line cut short no longer ends at its break.
 */
const withoutCredit = (raw: string, l: RawLine): RawLine => {
  const link = trailingLinkText(raw.slice(l.start, l.end));
  const cut = link + trailingCredit(raw.slice(l.start, l.end - link));
  return cut === 0 ? l : { ...l, end: l.end - cut, plainBreak: false };
};

/**
 * Cuts page furniture from the start of lines, drops boilerplate lines, wire photo captions (isPhotoCaption)
 * and lines with nothing left, cuts link texts and photo credits from the ends of the others, then drops blank
 * lines at the ends and repeated blank lines (one blank line remains).
 */
const keptLines = (raw: string, all: readonly RawLine[]): RawLine[] => {
  const lines = all.map((l) => ({ ...l, start: l.start + leadingFurniture(raw.slice(l.start, l.end)) }));
  const drop = findBoilerplate(lines.map((l) => raw.slice(l.start, l.end)));
  const kept: RawLine[] = [];
  for (const [i, whole] of lines.entries()) {
    if (drop[i] || (whole.start === whole.end && all[i]!.start !== all[i]!.end)) continue;
    if (isPhotoCaption(raw.slice(whole.start, whole.end))) continue;
    const l = withoutCredit(raw, whole);
    const blank = l.end === l.start;
    const prevBlank = kept.length === 0 || kept[kept.length - 1]?.end === kept[kept.length - 1]?.start;
    if (blank && prevBlank) continue;
    kept.push(l);
  }
  while (kept.length > 0 && kept[kept.length - 1]?.end === kept[kept.length - 1]?.start) kept.pop();
  return kept;
};

/**
 * Normalises line breaks to LF, trims trailing spaces, drops boilerplate and photo captions and cuts page
 * furniture (data in lang/en/ingest-boilerplate and ingest-captions) and keeps an offset map: every character
 * of `text` outside the map is a synthesized "\n".
 */
export const cleanText = (raw: string, options: CleanOptions = {}): CleanedText => {
  const lines = keptLines(raw, splitRawLines(raw, options.from ?? 0, options.extraBreak));
  const segments: OffsetSegment[] = [];
  let text = '';
  const copy = (rawStart: number, length: number): void => {
    if (length === 0) return;
    const last = segments[segments.length - 1];
    if (last && last.textStart + last.length === text.length && last.rawStart + last.length === rawStart) {
      segments[segments.length - 1] = { ...last, length: last.length + length };
    } else {
      segments.push({ textStart: text.length, rawStart, length });
    }
    text += raw.slice(rawStart, rawStart + length);
  };
  lines.forEach((l, i) => {
    const prev = lines[i - 1];
    if (prev?.plainBreak && prev.next === l.start) copy(prev.end, 1);
    else if (prev) text += '\n';
    copy(l.start, l.end - l.start);
  });
  return { text, offsetMap: segments };
};

/**
 * Maps an offset in the cleaned text to the raw input. Offsets inside a synthesized line break map to the
 * end of the copied text before it; null when the map is empty (HTML keeps none).
 */
export const toRawOffset = (map: readonly OffsetSegment[], offset: number): number | null => {
  let found: OffsetSegment | undefined;
  for (const s of map) {
    if (s.textStart > offset) break;
    found = s;
  }
  if (!found) return map[0] ? map[0].rawStart : null;
  return found.rawStart + Math.min(offset - found.textStart, found.length);
};
