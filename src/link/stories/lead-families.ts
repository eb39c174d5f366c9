import { LINK_STOPWORDS } from '../../lang/en/link-stopwords.js';
import type { Sentence } from '../../model/sentence.js';
import type { Span } from '../../model/span.js';
import type { Token } from '../../model/token.js';
import { eventFamily } from '../events/event-chains.js';

/** A report's lead: its first prose sentences (the headline, when the text opens with it, and the first one). */
const LEAD_SENTENCES = 2;
/** A prose sentence has at least this many words and a verb (a web address or a dateline has not). */
const PROSE_WORDS = 5;

const STOP = new Set(LINK_STOPWORDS);
const WORD = /^\p{L}[\p{L}'’-]*$/u;

/**
 * The event families of a report's lead (eventFamily of each verb and common noun of its first prose sentences,
 * not inside an entity's name): what kind of thing happened ("shoot", "die", "host", "fire"), whoever it
 * happened to. Sentences before the first prose sentence (a web address, a site name) are skipped.
 */
export const leadFamilies = (analysis: {
  readonly tokens: readonly Token[];
  readonly sentences: readonly Sentence[];
  readonly entities: readonly { readonly span: Span }[];
}): Set<string> => {
  const bySentence = new Map<number, Token[]>();
  for (const t of analysis.tokens) {
    const list = bySentence.get(t.sentence) ?? [];
    list.push(t);
    bySentence.set(t.sentence, list);
  }
  const prose = (k: number): boolean => {
    const tokens = bySentence.get(k) ?? [];
    return (
      tokens.filter((t) => t.kind === 'word').length >= PROSE_WORDS && tokens.some((t) => t.pos === 'VERB')
    );
  };
  const first = analysis.sentences.findIndex((_, k) => prose(k));
  if (first < 0) return new Set();
  const named = analysis.entities.map((e) => e.span);
  const inName = (s: Span): boolean => named.some((n) => s.start < n.end && n.start < s.end);
  const out = new Set<string>();
  for (let k = first; k < Math.min(first + LEAD_SENTENCES, analysis.sentences.length); k += 1)
    for (const t of bySentence.get(k) ?? [])
      if (
        (t.pos === 'VERB' || t.pos === 'NOUN') &&
        t.norm.length >= 3 &&
        WORD.test(t.norm) &&
        !STOP.has(t.norm) &&
        !inName(t.span)
      )
        out.add(eventFamily(t.norm));
  return out;
};

/**
 * The lead families of a story: those in the leads of at least `share` of its reports (at least one report).
 * `leads` are the reports' leadFamilies.
 */
export const storyFamilies = (leads: readonly ReadonlySet<string>[], share: number): Set<string> => {
  const need = Math.max(1, Math.ceil(share * leads.length - 1e-9));
  const count = new Map<string, number>();
  for (const lead of leads) for (const f of lead) count.set(f, (count.get(f) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n >= need).map(([f]) => f));
};
