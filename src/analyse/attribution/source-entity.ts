import {
  PARTITIVE_HEADS,
  SOURCE_CONJUNCTIONS,
  SOURCE_HEAD_CUTS,
  SPEAKER_ROLE_LINKS,
  SPEAKER_ROLE_NOUNS,
} from '../../lang/en/attribution-source-heads.js';
import type { EntityMention, EntityType } from '../../model/entity-mention.js';
import { type Span, spanContains } from '../../model/span.js';
import type { Token } from '../../model/token.js';

/** Which entity names the source when several could ("EU foreign affairs head Federica Mogherini"). */
const RANK: Readonly<Record<EntityType, number>> = {
  person: 0,
  organization: 1,
  group: 1,
  other: 2,
  place: 3,
};
const SPEAKING_OWNERS: ReadonlySet<EntityType> = new Set(['organization', 'group']);

const best = (list: readonly EntityMention[]): EntityMention | null =>
  list.reduce<EntityMention | null>((b, e) => (b === null || RANK[e.type] < RANK[b.type] ? e : b), null);

/**
 * The entity that speaks for a source phrase (`phrase`: the source or its head, as the cue rules found it), by
 * the phrase's head word (the last word before a comma, preposition or relative word outside a name):
 * - the entity holding the head: "Hamas spokesman Sami Abu Zuhri", "Steve Cook, a specialist at the Council"
 *   (or the organisation right before it, when the tagger split one name: "Hamas TV");
 * - else an organisation or group before the head, or anyone owning a speaking role: "Hamas officials", "the
 *   president's spokesman", "Obama administration officials";
 * - else, for a speaking role, the person named in apposition ("Israel's top military spokesman, Brig. Gen.
 *   Yoav Mordechai") or the organisation or group it is linked to: "a spokesman for the Syrian army";
 * - else none: places and people that only describe the speakers do not speak ("Gaza health officials",
 *   "medical sources in Gaza", "Abbas's supporters", "an official in Mr. Netanyahu's office").
 */
export const sourceEntity = (
  tokens: readonly Token[],
  phrase: Span,
  candidates: readonly EntityMention[],
): EntityMention | null => {
  const inside = candidates.filter((e) => spanContains(phrase, e.span));
  if (inside.length === 0) return null;
  let words = tokens.filter((t) => spanContains(phrase, t.span));
  // "some of the rebels", "members of the council": the head is in what follows "of".
  while (words.length > 2 && PARTITIVE_HEADS.has(words[0]!.norm) && words[1]!.norm === 'of')
    words = words.slice(2);
  // The first of coordinated speakers speaks ("the Observatory and state news agency SANA"); when it names
  // none, the whole coordination is read ("Israeli and Hamas officials").
  return headEntity(words, inside, true) ?? headEntity(words, inside, false);
};

/**
 * "A former minister, Mohamed Ag Erlaf": a person named in apposition at the end of a source phrase whose head
 * names no one; null when the phrase does not end in a name after a comma.
 */
export const appositionName = (
  text: string,
  phrase: Span,
  candidates: readonly EntityMention[],
): EntityMention | null =>
  candidates.find(
    (e) =>
      e.type === 'person' &&
      e.span.end === phrase.end &&
      e.span.start > phrase.start &&
      /,\s*$/.test(text.slice(phrase.start, e.span.start)),
  ) ?? null;

const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM']);

/** The span of the hyphen-joined word holding `t` ("Ban Ki-moon": the tagger's "Ban Ki" then holds "moon"). */
const hyphenWord = (words: readonly Token[], t: Token): Span => {
  let i = words.indexOf(t);
  let j = i;
  const joined = (a: Token, b: Token) => a.span.end === b.span.start;
  while (
    i >= 2 &&
    words[i - 1]!.norm === '-' &&
    joined(words[i - 1]!, words[i]!) &&
    joined(words[i - 2]!, words[i - 1]!)
  )
    i -= 2;
  while (
    j + 2 < words.length &&
    words[j + 1]!.norm === '-' &&
    joined(words[j]!, words[j + 1]!) &&
    joined(words[j + 1]!, words[j + 2]!)
  )
    j += 2;
  return { start: words[i]!.span.start, end: words[j]!.span.end };
};

/** Whether `a` ends right where `b` starts (whitespace between), within the phrase's words. */
const adjacent = (a: EntityMention, b: EntityMention, words: readonly Token[]): boolean =>
  a !== b &&
  words.findIndex((t) => t.span.start >= a.span.end) ===
    words.findIndex((t) => t.span.start === b.span.start);

/** Whether `e` starts at the word right after `t`. */
const startsAfter = (e: EntityMention, t: Token, words: readonly Token[]): boolean =>
  words[words.indexOf(t) + 1]?.span.start === e.span.start;

const headEntity = (
  words: readonly Token[],
  inside: readonly EntityMention[],
  firstConjunct: boolean,
): EntityMention | null => {
  const inName = (t: Token): boolean => inside.some((e) => spanContains(e.span, t.span));
  const cuts = (t: Token): boolean =>
    SOURCE_HEAD_CUTS.has(t.norm) || (firstConjunct && SOURCE_CONJUNCTIONS.has(t.norm));
  let cut = words.findIndex((t, i) => i > 0 && !inName(t) && cuts(t));
  if (cut < 0) cut = words.length;
  const chunk = words.slice(0, cut);
  const head =
    chunk.findLast((t) => inName(t) || (t.pos !== null && NOMINAL.has(t.pos))) ??
    chunk.findLast((t) => t.kind !== 'punctuation' && t.kind !== 'symbol');
  if (!head) return null;
  const whole = hyphenWord(words, head);
  const holding = best(inside.filter((e) => e.span.start < whole.end && e.span.end > whole.start));
  // A name the tagger split ("Hamas TV": Hamas + TV) speaks as its owner.
  const joined =
    holding?.type === 'organization' &&
    inside.find((e) => SPEAKING_OWNERS.has(e.type) && adjacent(e, holding, words));
  if (holding) return joined || holding;
  const role = SPEAKER_ROLE_NOUNS.has(head.norm);
  const owner = best(
    inside.filter(
      (e) => e.span.end <= head.span.start && (SPEAKING_OWNERS.has(e.type) || (role && e.type === 'person')),
    ),
  );
  if (owner) return owner;
  const link = words[cut];
  if (!role || !link) return null;
  // "Israel's top military spokesman, Brig. Gen. Yoav Mordechai": the role's name in apposition.
  const named = link.norm === ',' && inside.find((e) => e.type === 'person' && startsAfter(e, link, words));
  if (named) return named;
  if (!SPEAKER_ROLE_LINKS.has(link.norm)) return null;
  const after = inside
    .filter((e) => e.span.start >= link.span.end && SPEAKING_OWNERS.has(e.type))
    .sort((a, b) => a.span.start - b.span.start);
  return after[0] ?? null;
};
