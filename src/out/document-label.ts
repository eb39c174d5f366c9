import type { PictureDocument } from '../model/picture.js';
import { clipWords } from './clip-words.js';

/** How many of its opening words name a report that has no title… */
const OPENING_WORDS = 10;
/** …taken from its first sentence of at least this many words (a gallery's "1 of 6" is none). */
const OPENING_MIN_WORDS = 4;

/**
 * How a reader tells a report apart: its title when it has one; else its opening words (its first sentence of
 * four words or more, cut to ten words) with the base name of its file, which says where to find it. `opening` is null for a titled
 * report and for one with no words.
 */
export interface DocumentLabel {
  readonly title: string | null;
  readonly opening: string | null;
  /** The last part of the path: `p2.txt` for `/reports/c12/p2.txt`, `feed.jsonl#3` for `in/feed.jsonl#3`. */
  readonly file: string;
}

/** The last part of a path (after its last `/` or `\`); the path itself when that part is empty. */
export const fileName = (path: string): string => path.split(/[/\\]/).pop() || path;

export const documentLabel = (d: PictureDocument): DocumentLabel => ({
  title: d.title,
  opening: d.title === null ? clipWords(d.text, OPENING_WORDS, OPENING_MIN_WORDS) : null,
  file: fileName(d.path),
});

/** The label as plain text: the title; else `“opening words…” (file)`; else the file's base name. */
export const plainDocumentLabel = (l: DocumentLabel): string =>
  l.title ?? (l.opening === null ? l.file : `“${l.opening}” (${l.file})`);
