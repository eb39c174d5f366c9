/** Characters Markdown (CommonMark + GFM tables, footnotes, strikethrough) gives a meaning anywhere in a line. */
const INLINE = /[\\`*_[\]<>#|~&]/g;
/** Block markers that only count at the start of a line: list items, ordered items, setext underlines. */
const LEADING = /^(\d+)([.)])(?=\s|$)|^([-+=])(?=\s|$)/;

/**
 * Report-derived text as inert Markdown on one line: white space runs become one space, every significant
 * character is backslash-escaped, and a leading list marker is defused. Safe inside table cells and headings.
 */
export const escapeMarkdown = (s: string): string =>
  s
    .replace(/\s+/g, ' ')
    .trim()
    .replace(INLINE, '\\$&')
    .replace(LEADING, (_m, digits?: string, dot?: string, sign?: string) =>
      digits !== undefined ? `${digits}\\${dot}` : `\\${sign}`,
    );

/** A link target Markdown may carry: only http(s) URLs, with the characters that end a link target encoded. */
export const markdownUrl = (url: string | null): string | null =>
  url !== null && /^https?:\/\/[^\s]+$/i.test(url)
    ? url.replace(/[()<>[\]\\ "]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`)
    : null;
