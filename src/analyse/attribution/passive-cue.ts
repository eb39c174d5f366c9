import { BE_FORMS, PASSIVE_ADVERBS, PASSIVE_TARGET_CUES } from '../../lang/en/attribution-syntax.js';
import { span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import type { AttributionDraft } from './attribution-draft.js';
import { cueTokens } from './cue-tokens.js';
import { phraseRightOf } from './noun-phrase.js';

/** Words that end an agent phrase after "by" ("accused by rebels of …", "blamed by Moscow for …"). */
const AGENT_STOPS: ReadonlySet<string> = new Set(['of', 'for', 'that', 'to', 'in', 'on', 'over', ',']);

/**
 * The participle a form of "be" governs in the tokens from `from` to `to` (the cue and the words before it), as
 * the index past it: "have been accused of" → after "accused". -1 when the cue is not passive ("is saying").
 */
const passiveEnd = (toks: readonly Token[], from: number, to: number): number => {
  for (let i = Math.max(0, from); i < to; i += 1) {
    if (!BE_FORMS.has(toks[i]!.norm)) continue;
    let j = i + 1;
    while (j < to && PASSIVE_ADVERBS.has(toks[j]!.norm)) j += 1;
    return j < to && PASSIVE_TARGET_CUES.has(toks[j]!.norm) ? j + 1 : -1;
  }
  return -1;
};

/**
 * A claim whose cue is a passive accusation ("peacekeepers have been accused of Y", "X was blamed for Y"): the
 * words before the cue name who is accused, not who accuses. The source is then the agent after "by" when one
 * is given ("accused by rebels of …"), else unstated — no earlier speaker stands in for it. Only tagger claims
 * need this: the cue rules already refuse a cue right after a form of "be".
 */
export const passiveCue = (toks: readonly Token[], d: AttributionDraft): AttributionDraft => {
  if (d.rule !== 'tagger' || d.source === null || d.source.start >= d.cue.start) return d;
  const [first, last] = cueTokens(toks, d.cue);
  if (first < 0) return d;
  let from = first - 1;
  while (from > 0 && PASSIVE_ADVERBS.has(toks[from]!.norm)) from -= 1;
  const participle = passiveEnd(toks, from, last);
  if (participle < 0) return d;
  const by = [participle, last].find((k) => toks[k]?.norm === 'by');
  const end = by === undefined ? -1 : phraseRightOf(toks, by + 1, AGENT_STOPS);
  const source =
    by !== undefined && end > by + 1 ? span(toks[by + 1]!.span.start, toks[end - 1]!.span.end) : null;
  return { ...d, source, head: source, unstated: source === null };
};
