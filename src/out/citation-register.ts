import { citationKey } from '../model/citation-key.js';
import type { Citation, Picture, PictureDocument } from '../model/picture.js';
import { fileName } from './document-label.js';

/** One numbered citation: where it points and what it quotes. */
export interface NumberedCitation {
  readonly n: number;
  readonly documentId: string;
  readonly start: number;
  readonly end: number;
  /** Index of the document in picture.documents, or null when the id is unknown. */
  readonly documentIndex: number | null;
  /** The cited text with runs of white space made single spaces, or null when the span is not in the text. */
  readonly quote: string | null;
}

export interface CitationRegister {
  /**
   * The number of this citation, first come first numbered; the same span, and the same words at another place
   * in the same document (a report that prints a paragraph twice), always get the same number.
   */
  readonly cite: (c: Citation) => number;
  readonly numbered: () => readonly NumberedCitation[];
}

/** `S1`, `S2`, … in the order of picture.documents. */
export const sourceLabel = (documentIndex: number): string => `S${documentIndex + 1}`;

/**
 * How a document is named beside its source key (`S2 · …`): its title, else its outlet, else its file's base
 * name (the Sources table gives an untitled report's opening words).
 */
export const documentName = (d: PictureDocument): string => d.title ?? d.outlet ?? fileName(d.path);

/** The cited text with white space runs made single spaces, or null when the span is not inside the text. */
export const quoteOf = (text: string | undefined, c: Citation): string | null =>
  text !== undefined && 0 <= c.start && c.start <= c.end && c.end <= text.length
    ? text.slice(c.start, c.end).replace(/\s+/g, ' ').trim()
    : null;

export const citationRegister = (p: Picture): CitationRegister => {
  const indexOf = new Map(p.documents.map((d, i) => [d.id, i]));
  const bySpan = new Map<string, NumberedCitation>();
  const byWords = new Map<string, NumberedCitation>();
  const numberedList: NumberedCitation[] = [];
  const cite = (c: Citation): number => {
    const spanKey = citationKey(c);
    const known = bySpan.get(spanKey);
    if (known !== undefined) return known.n;
    const documentIndex = indexOf.get(c.documentId) ?? null;
    const quote = quoteOf(documentIndex === null ? undefined : p.documents[documentIndex]?.text, c);
    const wordsKey = quote === null || quote === '' ? null : `${c.documentId}\u0000${quote}`;
    const same = wordsKey === null ? undefined : byWords.get(wordsKey);
    if (same !== undefined) {
      bySpan.set(spanKey, same);
      return same.n;
    }
    const numbered = {
      n: numberedList.length + 1,
      documentId: c.documentId,
      start: c.start,
      end: c.end,
      documentIndex,
      quote,
    };
    numberedList.push(numbered);
    bySpan.set(spanKey, numbered);
    if (wordsKey !== null) byWords.set(wordsKey, numbered);
    return numbered.n;
  };
  return { cite, numbered: () => [...numberedList] };
};
