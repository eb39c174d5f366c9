import { ATTRIBUTION_PERSON_HEADS } from '../../lang/en/attribution-person-heads.js';
import { PERSON_TITLES } from '../../lang/en/entities-titles.js';
import type { Token } from '../../model/token.js';

const TITLE_HEADS: ReadonlySet<string> = new Set(PERSON_TITLES.map((t) => t.split(' ').at(-1)!));
/** Most words of a name in apposition. */
const MAX_NAME = 5;

/**
 * '"…," said the spokesman, Ahmed Ali.': where a source phrase ending in a person word at token `stop - 1` ends
 * when the name after its comma is read with it — the end of that name (proper nouns up to the sentence end at
 * `end` or the next comma) — else `stop`.
 */
export const namedApposition = (toks: readonly Token[], stop: number, end: number): number => {
  const head = toks[stop - 1];
  if (
    !head ||
    toks[stop]?.norm !== ',' ||
    !(ATTRIBUTION_PERSON_HEADS.has(head.norm) || TITLE_HEADS.has(head.norm))
  )
    return stop;
  let m = stop + 1;
  while (m < end && m - stop <= MAX_NAME && toks[m]!.pos === 'PROPN') m += 1;
  return m > stop + 1 && (m === end || toks[m]?.norm === ',') ? m : stop;
};
