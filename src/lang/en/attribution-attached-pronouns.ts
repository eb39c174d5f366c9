import type { EntityType } from '../../model/entity-mention.js';
import type { Stance } from '../../model/stance.js';

/**
 * Pronoun sources that, in a clause attached to another ("X was behind the attack, which it denies", "… the
 * leak, a charge they reject"), stand for that clause's subject, and the entity types they may then stand for.
 * A country is a place that answers a charge made against it as a subject ("North Korea … which it denies"), so
 * "it" takes places here (with ATTACHED_PLACE_STANCES), where as a free pronoun it takes only organisations and
 * groups (attribution-syntax SOURCE_PRONOUNS).
 */
export const ATTACHED_CLAUSE_PRONOUNS: Readonly<Record<string, readonly EntityType[]>> = {
  it: ['organization', 'group', 'place'],
  they: ['group', 'organization'],
  he: ['person'],
  she: ['person'],
};

/**
 * Tags of the words of a short noun phrase between the comma and the pronoun of a contact clause ("…, a charge
 * it denies", "…, an allegation she rejects").
 */
export const ATTACHED_PHRASE_TAGS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NOUN']);

/**
 * Stances in which a place that is the subject of the attached-to clause speaks: it answers what the clause
 * says of it ("Iran was behind the blast, which it denies"); a place a clause tells of does not otherwise
 * speak ("Aleppo was shelled overnight, which it condemned": "it" is whoever spoke before).
 */
export const ATTACHED_PLACE_STANCES: ReadonlySet<Stance> = new Set(['denies']);
