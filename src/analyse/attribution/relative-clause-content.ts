import { NONRESTRICTIVE_RELATIVES } from '../../lang/en/attribution-relay.js';
import { alternation } from '../../lang/word-alternation.js';
import type { AttributionDraft } from './attribution-draft.js';
import { trimSpan } from './content-span.js';

/** ", which " / ", who " right before the source. */
const OPENER = new RegExp(`,\\s*(?:${alternation(NONRESTRICTIVE_RELATIVES)})\\s+$`, 'i');
/** The comma closing the clause: a comma then white space (not the comma inside "1,000"). */
const CLOSER = /,\s/;

/**
 * "The bridge, which officials said was safe, collapsed": a claim whose source opens a relative clause set off
 * by commas says only what lies inside that clause, so its content ends at the comma that closes it ("was
 * safe", not "was safe, collapsed"). Direct quotations, unstated sources and contents with no such comma are
 * left as they are.
 */
export const withinRelativeClause = (text: string, d: AttributionDraft): AttributionDraft => {
  if (d.direct || d.source === null || d.content.start < d.cue.end) return d;
  if (!OPENER.test(text.slice(Math.max(0, d.source.start - 12), d.source.start))) return d;
  const close = CLOSER.exec(text.slice(d.content.start, d.content.end));
  if (!close) return d;
  const content = trimSpan(text, d.content.start, d.content.start + close.index);
  return content ? { ...d, content, rule: `${d.rule}+relative-clause` } : d;
};
