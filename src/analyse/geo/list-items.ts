import type { Span } from '../../model/span.js';

/** Text joining two items of a list by "and"/"or" (", and", " & ", "/"), and by a comma. */
const AND = /^\s*,?\s*(?:and|or|&)\s+$|^\s*\/\s*$/;
const COMMA = /^\s*,\s*$/;
/** How far apart (characters) two neighbouring items of a list may end and start. */
const MAX_GAP = 8;

/** Names joined by commas alone make a list from this many ("Harwinton, Bantam, Litchfield, Winsted"). */
const MIN_COMMA_ITEMS = 3;

type Joint = 'and' | 'comma' | null;

const jointOf = (text: string, a: Span, b: Span): Joint => {
  if (a.end > b.start || b.start - a.end > MAX_GAP) return null;
  const between = text.slice(a.end, b.start);
  if (AND.test(between)) return 'and';
  return COMMA.test(between) ? 'comma' : null;
};

/** Whether `short` is written right after `long` in brackets and spells its capitalised words' initials. */
const abbreviates = (text: string, long: Span, short: Span): boolean => {
  if (!/^\s*\(\s*$/.test(text.slice(long.end, short.start)) || text[short.end] !== ')') return false;
  const initials = text
    .slice(long.start, long.end)
    .split(/[\s-]+/)
    .filter((w) => /^\p{Lu}/u.test(w))
    .map((w) => w[0])
    .join('');
  const acronym = text.slice(short.start, short.end);
  return initials.length > 1 && acronym === initials;
};

/**
 * The groups of mentions (indices) that name items of one list — "A and B", "A, B and C", "A/B" (not a name
 * after the list's "and" item: in "Asia, the Middle East and Africa, Gisec", Gisec is no item), three or more names joined
 * by commas alone — and each
 * long name with the acronym bracketed after it ("Federally Administered Tribal Areas (FATA)").
 */
export const listItems = (text: string, spans: readonly Span[]): readonly (readonly number[])[] => {
  const order = spans.map((_, i) => i).sort((a, b) => spans[a]!.start - spans[b]!.start);
  const groups: number[][] = [];
  let run: number[] = [];
  for (let k = 0; k < order.length; k += 1) {
    const i = order[k]!;
    run.push(i);
    const next = order[k + 1];
    if (next === undefined) break;
    if (abbreviates(text, spans[i]!, spans[next]!)) groups.push([i, next]);
    const joint = jointOf(text, spans[i]!, spans[next]!);
    if (joint === 'and') {
      groups.push([...run, next]);
      run = [];
    } else if (joint === null) {
      if (run.length >= MIN_COMMA_ITEMS) groups.push(run);
      run = [];
    }
  }
  if (run.length >= MIN_COMMA_ITEMS) groups.push(run);
  return groups;
};
