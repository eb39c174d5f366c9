import { CLAUSAL_RELATIVES, CLAUSAL_STANCES } from '../../lang/en/attribution-relay.js';
import { type Span, spanContains, spanText } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { antecedentPhrase } from './antecedent-phrase.js';
import type { AttributionDraft } from './attribution-draft.js';
import { trimSpan } from './content-span.js';
import { isClaimApposition } from './read-falsity-call.js';

/**
 * The comma right before a draft's content when that content is a clausal relative pronoun alone, or a claim
 * set in apposition ("…, a claim the rebels called false": read-falsity-call.ts); else null.
 */
const relativeComma = (text: string, toks: readonly Token[], d: AttributionDraft): Token | null => {
  const words = spanText(text, d.content);
  if (d.direct || !(CLAUSAL_RELATIVES.has(words.toLowerCase()) || isClaimApposition(words))) return null;
  const p = toks.findIndex((t) => t.span.start === d.content.start);
  const comma = toks[p - 1];
  return p > 1 && comma?.norm === ',' ? comma : null;
};

/**
 * A claim whose content is only "which" after a comma is about what stands before that comma. A denial or
 * confirmation is about the clause ("Troops shelled the market, which the army denied"): the content of another
 * claim ending at the comma or running into the relative clause when there is one ("Many suspect Iran was
 * behind it, which it denies": "Iran was behind it"; "The rebels said they shot down a helicopter, which the
 * ministry denied": "they shot down a helicopter", where the rebels' content then ends too), else the sentence
 * up to the comma. Another stance is about the noun phrase before the comma ("They toured the museum,
 * which the guide described": "the museum"; antecedent-phrase.ts). A relative pronoun with no comma before it
 * ("a claim which", "Which the ministry denied …") or no phrase there is left as it is: nothing stands for it.
 * `sentences` gives each draft's sentence span and `toksOf` its tokens.
 */
export const withClausalContents = (
  text: string,
  drafts: readonly AttributionDraft[],
  sentences: readonly { readonly span: Span }[],
  toksOf: (sentence: number) => readonly Token[],
): AttributionDraft[] => {
  const out = [...drafts];
  drafts.forEach((d, n) => {
    const toks = toksOf(d.sentence);
    const comma = relativeComma(text, toks, d);
    const sentence = sentences[d.sentence];
    if (!comma || !sentence) return;
    if (!CLAUSAL_STANCES.has(d.stance)) {
      const phrase = antecedentPhrase(toks, d.content);
      if (phrase) out[n] = { ...d, content: phrase };
      return;
    }
    const host = out.findIndex(
      (x, k) =>
        k !== n &&
        !x.direct &&
        x.sentence === d.sentence &&
        x.content.start < comma.span.start &&
        (x.content.end === comma.span.start || spanContains(x.content, d.cue)),
    );
    const start = host < 0 ? sentence.span.start : out[host]!.content.start;
    const content = trimSpan(text, start, comma.span.start);
    if (!content) return;
    out[n] = { ...d, content };
    if (host >= 0) out[host] = { ...out[host]!, content };
  });
  return out;
};
