import type { EntityMention } from '../../model/entity-mention.js';

/** A bracketed photo credit: "(AP Photo/Natalia Kolesnikova, Pool, file)", "(Ethan Miller/AP, Pool)". */
const CREDIT = /\bPhoto\b|\p{L}\/\p{Lu}/u;

/** The text of the brackets around [start, end), or null when the span is not inside one pair on its line. */
const bracketed = (text: string, start: number, end: number): string | null => {
  const open = text.lastIndexOf('(', start);
  const close = text.indexOf(')', end);
  if (open < 0 || close < 0) return null;
  const inside = text.slice(open + 1, close);
  return /[()\n]/.test(inside) ? null : inside;
};

/**
 * Whether a mention typed a place is no place to resolve, whatever the gazetteer knows by its name:
 * - a part of a longer name cut in two beside another mention ("Van" of "Van Wert" before "Wert", when the
 *   document names "Van Wert"): the longer name is meant, not the shorter place;
 * - a word of a photo credit ("Pool" in "(AP Photo/…, Pool)");
 * - a word of a screen name ("@Uncle Rush").
 */
export const notPlaceMention = (
  text: string,
  m: EntityMention,
  mentions: readonly EntityMention[],
  keys: ReadonlySet<string>,
): boolean => {
  const surface = (e: EntityMention) => text.slice(e.span.start, e.span.end);
  const name = surface(m).toLowerCase();
  for (const o of mentions) {
    if (o === m) continue;
    const after = o.span.start === m.span.end + 1 && text[m.span.end] === ' ';
    const before = o.span.end + 1 === m.span.start && text[o.span.end] === ' ';
    if (!after && !before) continue;
    const joined = (after ? `${name} ${surface(o)}` : `${surface(o)} ${name}`).toLowerCase();
    if (keys.has(joined) || (after && o.key.startsWith(`${name} `)) || (before && o.key.endsWith(` ${name}`)))
      return true;
  }
  const inside = bracketed(text, m.span.start, m.span.end);
  if (inside !== null && CREDIT.test(inside)) return true;
  return /(?:^|\s)@\p{L}+\s$/u.test(text.slice(Math.max(0, m.span.start - 30), m.span.start));
};
