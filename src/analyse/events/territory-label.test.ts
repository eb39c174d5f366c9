import { describe, expect, it } from 'vitest';
import { territoryHits } from './territory-label.js';

const at = (text: string, needle: string): number => {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no "${needle}" in "${text}"`);
  return i;
};

describe('territoryHits', () => {
  it.each([
    [
      'the subject takes',
      'Syrian government forces captured a central town.',
      'captured',
      'GOV_REGAINS_TERIT',
      1,
    ],
    [
      'rebels recapturing',
      'ISIS fighters recaptured the village of Kashma.',
      'recaptured',
      'NON_STATE_ACTOR_OVERTAKES_TER',
      1,
    ],
    [
      'passive with "by"',
      'The district was seized by Houthi rebels overnight.',
      'seized',
      'NON_STATE_ACTOR_OVERTAKES_TER',
      1,
    ],
    ['"fell to"', 'The base fell to the army on Sunday.', 'fell to', 'GOV_REGAINS_TERIT', 1],
    [
      'the loser named',
      'Fighters of unknown allegiance took the hill from the army.',
      'took',
      'NON_STATE_ACTOR_OVERTAKES_TER',
      1,
    ],
    [
      'a retaking without a subject',
      'The city was liberated last week.',
      'liberated',
      'GOV_REGAINS_TERIT',
      1,
    ],
    ['a bare taking is weaker', 'They took the town at dawn.', 'took', 'GOV_REGAINS_TERIT', 0.5],
    [
      'negative of a coup: part of the country is territory',
      'Jihadists seized control of large parts of the country.',
      'seized',
      'NON_STATE_ACTOR_OVERTAKES_TER',
      1,
    ],
    [
      "negative of a coup: the country's port is territory",
      "Rebels captured the country's main port.",
      'captured',
      'NON_STATE_ACTOR_OVERTAKES_TER',
      1,
    ],
    [
      'negative of a coup: a government-held town is territory',
      'Rebels seized the government-held town.',
      'seized',
      'NON_STATE_ACTOR_OVERTAKES_TER',
      1,
    ],
    [
      'negative of a coup: the government headquarters is a place',
      'Militants took control of the government headquarters.',
      'took control of',
      'NON_STATE_ACTOR_OVERTAKES_TER',
      1,
    ],
  ] as const)('%s', (_name, text, verb, label, strength) => {
    expect(territoryHits(text)).toEqual([{ index: at(text, verb), label, strength }]);
  });
  it.each([
    ['a person captured', 'Police captured two suspects after a chase.'],
    ['weapons seized', 'Troops seized weapons and ammunition in the raid.'],
    ['"took part"', 'Thousands took part in the march.'],
    ['a coup: soldiers seizing power', 'Soldiers seized power in the capital on Monday.'],
    ['a coup: the whole country seized', 'The officers who seized control of the country in May spoke.'],
    ['a coup: the government taken', 'The army took control of the government overnight.'],
    ['a coup: full control of the nation', 'The junta has taken full control of the nation.'],
  ])('negative: %s', (_name, text) => {
    expect(territoryHits(text)).toEqual([]);
  });
});
