import {
  FEMALE_GIVEN_NAMES,
  HONORIFIC_GENDER,
  MALE_GIVEN_NAMES,
} from '../../lang/en/entities-given-names.js';
import type { Token } from '../../model/token.js';
import type { EntityRegistry, KnownEntity } from './entity-registry.js';

export type Gender = 'male' | 'female';

/** The sex a capitalised honorific right before token `first` tells ("Mrs McConville", "Mr. Kim"), or null. */
export const honorificGender = (text: string, tokens: readonly Token[], first: number): Gender | null => {
  const t = tokens[first - 1];
  if (!t || t.sentence !== tokens[first]!.sentence) return null;
  if (!/^\p{Lu}/u.test(text.slice(t.span.start, t.span.end))) return null;
  return HONORIFIC_GENDER[t.norm.replace(/\.$/, '')] ?? null;
};

/** The sex a person's given name tells, by the first word of its key ("michael mcconville" → male), or null. */
const givenNameGender = (e: KnownEntity, familyFirst: boolean): Gender | null => {
  const given = e.key.split(' ')[familyFirst ? 1 : 0] ?? '';
  if (MALE_GIVEN_NAMES.has(given)) return 'male';
  return FEMALE_GIVEN_NAMES.has(given) ? 'female' : null;
};

/**
 * The one person named in full with this surname that a mention after an honorific of `gender` (or none) may
 * be: "Mrs McConville" is not Michael McConville. Undefined when no person or several fit.
 */
export const surnamePerson = (
  reg: EntityRegistry,
  surname: string,
  gender: Gender | null,
): KnownEntity | undefined => {
  const fit = [...(reg.fullNames.get(surname) ?? [])].filter((e) => fitsHonorific(reg, e, gender));
  return fit.length === 1 ? fit[0] : undefined;
};

/** Whether a person may be named after an honorific of `gender`: no given name of the other sex. */
export const fitsHonorific = (reg: EntityRegistry, e: KnownEntity, gender: Gender | null): boolean => {
  if (gender === null) return true;
  const said = givenNameGender(e, reg.familyFirst.has(e));
  return said === null || said === gender;
};

/** The alias of a surname after an honorific of `gender`: a surname's only when one person of it fits. */
export const honorificAlias = (
  reg: EntityRegistry,
  key: string,
  gender: Gender,
): { entity: KnownEntity; rule: string } | undefined => {
  const alias = reg.alias.get(key);
  if (alias?.rule !== 'surname') return alias;
  const entity = surnamePerson(reg, key, gender);
  return entity ? { entity, rule: 'surname' } : undefined;
};
