import { ENTITY_LEXICON } from '../../lang/en/entities-lexicon.js';
import type { Analysis } from '../../model/layers.js';

/** A report's lead: its first sentences (the headline, when the text opens with it, and the first sentence). */
const LEAD_SENTENCES = 2;
/**
 * An entity named this often (any mention, descriptive or pronominal ones included) is one the report follows.
 * Chosen with the topic threshold, bonus and centroid weight on dev sets (eval/stories-tune.ts searches 2 and 3).
 */
export const SUBJECT_REPEATS = 3;

/** Keys of the organisations that report news rather than make it: news agencies and state media. */
const NEWS_MEDIA = new Set(
  ENTITY_LEXICON.filter((e) => e.kind === 'news-agency' || e.kind === 'state-media').map(
    (e) => e.key ?? e.phrase.toLowerCase(),
  ),
);

/**
 * Keys of what a report is about, as names: the entities (not places) it names in its lead or names more than
 * once, and not news agencies (a dateline credit is no subject). Places are left out because they are where,
 * not who: a country or a city is shared by stories that have nothing else in common.
 */
export const subjectKeys = (
  analysis: Pick<Analysis, 'entities' | 'sentences'>,
  repeats: number = SUBJECT_REPEATS,
): Set<string> => {
  const count = new Map<string, number>();
  for (const e of analysis.entities) count.set(e.key, (count.get(e.key) ?? 0) + 1);
  const sentences = analysis.sentences;
  const leadEnd =
    sentences.length === 0 ? 0 : sentences[Math.min(LEAD_SENTENCES, sentences.length) - 1]!.span.end;
  return new Set(
    analysis.entities
      .filter(
        (e) =>
          !e.anaphoric &&
          e.type !== 'place' &&
          !NEWS_MEDIA.has(e.key) &&
          (e.span.start < leadEnd || count.get(e.key)! >= repeats),
      )
      .map((e) => e.key),
  );
};

/** True when the two key sets have a key in common. */
export const sharesKey = (a: ReadonlySet<string>, b: ReadonlySet<string>): boolean => {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  for (const k of small) if (large.has(k)) return true;
  return false;
};
