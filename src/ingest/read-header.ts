import { HEADER_KEYS } from '../lang/en/ingest-header-keys.js';

export interface HeaderFields {
  readonly title?: string;
  readonly outlet?: string;
  readonly url?: string;
  readonly published?: string;
}

export interface Header {
  readonly fields: HeaderFields;
  /** Offset in the raw text where the report body starts (after the header's blank line), 0 if none. */
  readonly bodyStart: number;
}

const HEADER_LINE = /^([A-Za-z]+)[ \t]*:[ \t]*(.*?)\s*$/;
const NO_HEADER: Header = { fields: {}, bodyStart: 0 };

/**
 * The optional leading block of `Key: value` lines (Title, Outlet, URL, Published, …; case-insensitive),
 * ended by the first blank line. It counts only when every line of the block is a known key.
 */
export const readHeader = (raw: string): Header => {
  const blank = /\r?\n[ \t]*(?:\r?\n|$)|\r[ \t]*(?:\r|$)/.exec(raw);
  if (!blank) return NO_HEADER;
  const fields: Record<string, string> = {};
  for (const line of raw.slice(0, blank.index).split(/\r\n|\r|\n/)) {
    const m = HEADER_LINE.exec(line);
    const key = m?.[1] === undefined ? undefined : HEADER_KEYS[m[1].toLowerCase()];
    if (!m || !key) return NO_HEADER;
    if (m[2]) fields[key] = m[2];
  }
  return { fields, bodyStart: blank.index + blank[0].length };
};
