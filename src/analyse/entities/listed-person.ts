import { lookupPlace } from '../../geo/lookup-place.js';
import type { Token } from '../../model/token.js';
import type { Draft } from './entity-drafts.js';
import type { KnownEntity } from './entity-registry.js';

/** What may close a list of names before its last item: "and", "or", ", and", ", or". */
const LAST_JOINERS: ReadonlySet<string> = new Set(['and', 'or', ',|and', ',|or']);

/** The words between two drafts ("," or ",|and"), or null when more stand between them. */
const joiner = (tokens: readonly Token[], after: number, before: number): string | null =>
  before > after + 1 && before - after <= 3
    ? tokens
        .slice(after + 1, before)
        .map((t) => t.norm)
        .join('|')
    : null;

/** Whether drafts `list` read "A, B and C": three names or more, commas between, "and"/"or" before the last. */
const isList = (tokens: readonly Token[], list: readonly Draft[]): boolean =>
  list.length >= 3 &&
  list.every((d, i) => {
    if (i === 0) return true;
    const j = joiner(tokens, list[i - 1]!.last, d.first);
    return j !== null && (i === list.length - 1 ? LAST_JOINERS.has(j) : j === ',');
  });

/**
 * "films starring Karloff, Lugosi or Chaney": a one-word name the tagger alone read as a place, listed only with
 * people and places no gazetteer knows ("A, B and C"), among them at least one person, is a person too. Rewrites `drafts`
 * (mutated in place) so every mention of such an entity is a person.
 */
export const retypeListedPlaces = (text: string, tokens: readonly Token[], drafts: Draft[]): void => {
  const order = [...drafts].sort((a, b) => a.first - b.first);
  const retyped = new Map<KnownEntity, KnownEntity>();
  let start = 0;
  for (let i = 1; i <= order.length; i += 1) {
    const j = i < order.length ? joiner(tokens, order[i - 1]!.last, order[i]!.first) : null;
    if (j !== null && (j === ',' || LAST_JOINERS.has(j))) continue;
    const list = order.slice(start, i);
    start = i;
    if (!isList(tokens, list)) continue;
    const persons = list.filter((d) => d.entity.type === 'person');
    const places = list.filter((d) => d.entity.type === 'place');
    if (persons.length === 0 || persons.length + places.length < list.length) continue;
    const lone = (d: Draft) =>
      d.first === d.last &&
      !d.anaphoric &&
      d.rule === 'tagger:LOC' &&
      lookupPlace(text.slice(tokens[d.first]!.span.start, tokens[d.last]!.span.end)).length === 0;
    if (!places.every(lone)) continue;
    for (const d of places) retyped.set(d.entity, { ...d.entity, type: 'person' });
  }
  if (retyped.size === 0) return;
  drafts.forEach((d, i) => {
    const e = retyped.get(d.entity);
    if (e) drafts[i] = { ...d, entity: e, rule: d.rule === 'tagger:LOC' ? 'listed-person' : d.rule };
  });
};
