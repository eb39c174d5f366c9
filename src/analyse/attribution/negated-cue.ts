import { CUE_NEGATORS, CUE_PENDING, CUE_REFUSALS, REFUSED_CUES } from '../../lang/en/attribution-syntax.js';
import type { Token } from '../../model/token.js';
import type { AttributionDraft } from './attribution-draft.js';
import { cueTokens } from './cue-tokens.js';

/** Tokens before a cue in which a negation still governs it ("did not", "has never", "did not publicly"). */
const REACH = 3;

/**
 * A claim whose cue is negated, refused or still pending withholds a stance: "did not confirm that X", "has never
 * said X", "neither confirmed nor denied X", "declined to confirm the report", "refused to say whether X", "has
 * yet to confirm X", "failed to say whether X" do not say X
 * (nor deny it). Such a claim keeps its spans with stance `declines`, so that it corroborates nothing and
 * disputes nothing.
 */
export const negatedCue = (toks: readonly Token[], d: AttributionDraft): AttributionDraft => {
  const [first, last] = cueTokens(toks, d.cue);
  if (first < 0) return d;
  const sentence = toks[first]!.sentence;
  // the negation must govern the cue: same sentence, no punctuation between ("X, which did not comment, said")
  const near = toks.slice(Math.max(0, first - REACH), first);
  const cut = near.findLastIndex((t) => t.sentence !== sentence || t.kind === 'punctuation');
  const before = near.slice(cut + 1);
  const governing = [...before, ...toks.slice(first, last)];
  const negated = governing.some(
    (t, i) => CUE_NEGATORS.has(t.norm) || (CUE_PENDING.has(t.norm) && governing[i + 1]?.norm === 'to'),
  );
  const refused =
    CUE_REFUSALS.has(toks[last - 1]?.norm ?? '') &&
    toks[last]?.norm === 'to' &&
    REFUSED_CUES.has(toks[last + 1]?.norm ?? '');
  return negated || refused ? { ...d, stance: 'declines' } : d;
};
