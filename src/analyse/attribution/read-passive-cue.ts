import type { AttributionCue } from '../../lang/en/attribution-cues.js';
import {
  PASSIVE_AGENT_STOPS,
  PASSIVE_CHARGE_PREPOSITIONS,
  PASSIVE_INFINITIVE,
  PASSIVE_RAISING_CUES,
} from '../../lang/en/attribution-passives.js';
import { BE_FORMS, PASSIVE_ADVERBS, PASSIVE_TARGET_CUES } from '../../lang/en/attribution-syntax.js';
import { type Span, span } from '../../model/span.js';
import type { AttributionDraft, SentenceView } from './attribution-draft.js';
import type { CueHit } from './match-cues.js';
import { phraseRightOf } from './noun-phrase.js';
import { contentAfter } from './read-reporting-cue.js';

/** The rule of a passive cue whose subject is spoken of ("X was accused of Y", "X is estimated to have Y"). */
export const PASSIVE_CUE_RULE = 'passive-cue';

/**
 * The index where the verb group of the form of "be" right before token `first` begins ("has not been", "have
 * sometimes been"), or -1 when no such form stands there.
 */
const groupBefore = (v: SentenceView, first: number): number => {
  const { toks } = v;
  let i = first - 1;
  while (i >= 0 && PASSIVE_ADVERBS.has(toks[i]!.norm)) i -= 1;
  if (i < 0 || !BE_FORMS.has(toks[i]!.norm)) return -1;
  while (i > 0 && (toks[i - 1]!.pos === 'AUX' || PASSIVE_ADVERBS.has(toks[i - 1]!.norm))) i -= 1;
  return i;
};

/**
 * A passive cue: "Rebels were accused of killing civilians" (content: what they are accused of), "North Korea is
 * estimated to have 4,500 tons" (content: the infinitive clause). The subject is the one spoken of, never the
 * source: the source is the agent after "by" when given ("accused by the Observatory of …"), else unstated — no
 * earlier speaker stands in for it. The cue runs from the verb group ("has not been accused"), through the
 * preposition of the charge when no agent stands between ("have been accused of"). Null when the cue is not such a passive
 * or nothing follows it.
 */
export const readPassiveCue = (
  v: SentenceView,
  hit: CueHit,
  cue: AttributionCue,
): AttributionDraft | null => {
  const { toks } = v;
  if (hit.last - hit.first !== 1) return null;
  const word = toks[hit.first]!.norm;
  const target = PASSIVE_TARGET_CUES.has(word);
  if (!target && !PASSIVE_RAISING_CUES.has(word)) return null;
  const be = groupBefore(v, hit.first);
  if (be < 0) return null;
  let k = hit.last;
  let source: Span | null = null;
  if (toks[k]?.norm === 'by') {
    const end = phraseRightOf(toks, k + 1, PASSIVE_AGENT_STOPS);
    if (end <= k + 1) return null;
    source = span(toks[k + 1]!.span.start, toks[end - 1]!.span.end);
    k = end;
  }
  const opener = toks[k]?.norm ?? '';
  if (target ? !PASSIVE_CHARGE_PREPOSITIONS.has(opener) : opener !== PASSIVE_INFINITIVE) return null;
  const after = contentAfter(v, target ? k + 1 : k, { ...cue, clause: false, object: false });
  if (!after || after.direct) return null;
  return {
    sentence: v.index,
    source,
    head: source,
    cue: span(toks[be]!.span.start, toks[target && !source ? k : hit.first]!.span.end),
    content: after.content,
    stance: cue.stance,
    direct: false,
    hedgedCue: cue.hedge === true,
    inheritsSource: false,
    unstated: source === null,
    rule: PASSIVE_CUE_RULE,
    confidence: 0.8,
  };
};
