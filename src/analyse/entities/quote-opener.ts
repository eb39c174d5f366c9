import { DEMONYMS } from '../../lang/en/entities-demonyms.js';
import { FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES } from '../../lang/en/entities-given-names.js';
import { GEO_DEMONYMS } from '../../lang/en/geo-demonyms.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { inWinkLexicon } from '../segment/wink-nlp.js';
import { notablePlace } from './notable-place.js';

/** One capitalised word with no other capital ("Believe", "Humor"; not "McCain", "NATO"). */
const WORD = /^\p{Lu}\p{Ll}+$/u;
/** What may come right before an opening quote: nothing, a space, a colon or a comma. */
const BEFORE_OPENING = /[\s:,([]/u;

/** Whether the straight or curly double quote at `at` opens a quotation. */
const opensQuote = (text: string, at: number): boolean => {
  const q = text[at];
  if (q !== '"' && q !== '“') return false;
  if (at > 0 && !BEFORE_OPENING.test(text[at - 1]!)) return false;
  if (q === '“') return true;
  // A straight quote after a comma may close one (`"Stop,"Smith`): an even count of them before it on its line.
  let count = 0;
  for (let k = at - 1; k >= 0 && text[k] !== '\n'; k -= 1) if (text[k] === '"') count += 1;
  return count % 2 === 0;
};

/** Whether token `i` follows an opening quote, or a sentence's start (a capital there says nothing). */
const positional = (text: string, tokens: readonly Token[], i: number): boolean => {
  const prev = tokens[i - 1];
  if (!prev || prev.sentence !== tokens[i]!.sentence) return true;
  return prev.span.end === tokens[i]!.span.start && opensQuote(text, prev.span.start);
};

/**
 * A word capitalised only because it opens a quotation ('He said: "Believe me"', '"Boy, was I wrong," she
 * said'): one capitalised word right after an opening double quote, common in English (wink's lexicon), that the
 * document never capitalises anywhere else but at a sentence's or quotation's start, and that is no notable place
 * the tagger read as one, no country's adjective and no given name the tagger read as a person. Real names that
 * open a quote stay ('"Aleppo is falling"', '"Obama lied"', '"Russia will respond"').
 */
export const quoteOpener = (
  text: string,
  tokens: readonly Token[],
  i: number,
  tagged: NerType | null,
): boolean => {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const name = text.slice(t.span.start, t.span.end);
  if (!prev || prev.span.end !== t.span.start || !opensQuote(text, prev.span.start)) return false;
  if (!WORD.test(name) || !inWinkLexicon(t.norm)) return false;
  if (DEMONYMS[t.norm] !== undefined || GEO_DEMONYMS[t.norm] !== undefined) return false;
  if (tagged === 'LOC' && notablePlace(name)) return false;
  if (tagged === 'PER' && (MALE_GIVEN_NAMES.has(t.norm) || FEMALE_GIVEN_NAMES.has(t.norm))) return false;
  for (let k = 0; k < tokens.length; k += 1) {
    const o = tokens[k]!;
    if (k === i || o.norm !== t.norm || !WORD.test(text.slice(o.span.start, o.span.end))) continue;
    if (!positional(text, tokens, k)) return false;
  }
  return true;
};
