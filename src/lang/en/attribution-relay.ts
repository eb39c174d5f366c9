import type { EntityType } from '../../model/entity-mention.js';
import type { Stance } from '../../model/stance.js';

/**
 * Verbs that relay another's words: "Izvestia quoted the minister as saying Y", "Reuters cited an official as
 * saying Y". The one relayed (between the verb and RELAY_LINK) is the source; the outlet only passes the words on.
 */
export const RELAY_VERBS: ReadonlySet<string> = new Set([
  'quoted',
  'quotes',
  'quote',
  'quoting',
  'cited',
  'cites',
  'cite',
  'citing',
]);

/** Relay verbs that make a passive after a form of "be" ("X was quoted as saying Y", "X is cited as saying"). */
export const RELAY_PARTICIPLES: ReadonlySet<string> = new Set(['quoted', 'cited']);

/** The word between the one relayed and the cue of their words ("… as saying"). */
export const RELAY_LINK = 'as';

/**
 * The word that opens a passive agent: the relaying outlet ("was quoted by Izvestia as saying"), never an
 * inverted speaker ("The minister, quoted by Tass, said …").
 */
export const RELAY_AGENT = 'by';

/**
 * Object pronouns that stand for a speaker where a relay names them ("the agency quoted him as saying"), with the
 * entity types they stand for.
 */
export const RELAYED_PRONOUNS: Readonly<Record<string, readonly EntityType[]>> = {
  him: ['person'],
  her: ['person'],
  them: ['group', 'organization'],
};

/**
 * Relative pronouns that, as the whole content of a claim, stand for what comes before them: the clause ("Troops
 * shelled the town, which the army denied": the army denies that troops shelled the town) or the noun phrase
 * ("They toured the museum, which the guide described").
 */
export const CLAUSAL_RELATIVES: ReadonlySet<string> = new Set(['which']);

/** Stances whose relative pronoun content stands for the whole clause before it (one denies or confirms a fact). */
export const CLAUSAL_STANCES: ReadonlySet<Stance> = new Set(['denies', 'confirms']);

/**
 * Relative pronouns that, after a comma, open a clause a second comma closes ("The bridge, which officials said
 * was safe, collapsed"; "The minister, who aides said was exhausted, left"): a claim told inside such a clause
 * ends at that comma.
 */
export const NONRESTRICTIVE_RELATIVES: readonly string[] = ['which', 'who', 'whom'];
