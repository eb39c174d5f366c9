import { describe, expect, it } from 'vitest';
import { spanText } from '../../model/span.js';
import { makeReport } from '../../picture/fixtures/fixture-builder.js';
import { analyseReport } from '../analyse-report.js';

/** An event as analysed: trigger, type, modality, actors' and targets' texts. */
type Told = readonly [string, string, string, readonly string[], readonly string[]];

/** Each event of a text analysed by every stage (real sentences, tags and names: "Mr." splits nothing). */
const told = (text: string): Told[] => {
  const a = analyseReport(makeReport({ id: 'd', text }));
  const name = new Map(a.entities.map((e) => [e.id, spanText(text, e.span)]));
  return a.events.map((e) => [
    spanText(text, e.trigger),
    e.type,
    e.modality,
    e.actorIds.map((id) => name.get(id) ?? id),
    e.targetIds.map((id) => name.get(id) ?? id),
  ]);
};

/**
 * Victims of nouns told of a named person (an honorific with its dot, a hyphenated name), passive participles
 * after "was found" or joined ones, an ability told as no happening, and one event for a "shooting death".
 */
const ROWS: readonly (readonly [string, string, readonly Told[]])[] = [
  [
    'a dated killing read as a noun: the name after "of Mr." is the victim',
    'Police are investigating the Feb. 13 killing of Mr. Kim at the airport.',
    [['killing', 'casualties', 'happened', [], ['Kim']]],
  ],
  [
    '"the killing of Mr. X": the noun tells a killing of a named person',
    'Police are investigating the killing of Mr. Kim at the airport.',
    [['killing', 'casualties', 'happened', [], ['Kim']]],
  ],
  [
    '"the death of Mr. X": the honorific between "of" and the name',
    'Malaysia opened an inquiry into the death of Mr. Kim.',
    [['death', 'casualties', 'happened', [], ['Kim']]],
  ],
  [
    'a possessor after "Mr." is the victim',
    "Officials confirmed Mr. Kim's death on Tuesday.",
    [['death', 'casualties', 'happened', [], ['Kim']]],
  ],
  [
    'a hyphenated possessor reaching past the noun phrase is the victim',
    "Officials confirmed Mr. Kim Jong-nam's death on Tuesday.",
    [['death', 'casualties', 'happened', [], ['Kim Jong-nam']]],
  ],
  ['negative: "the killing" refers back, no named person', 'The killing has prompted outrage.', []],
  [
    'negative: a killing of people unnamed is no noun trigger',
    'The killing of three soldiers shocked the town.',
    [],
  ],
  [
    'negative: an active verb keeps its subject as actor',
    'Rebels killed Mr. Kim at the airport.',
    [['killed', 'casualties', 'happened', ['Rebels'], ['Kim']]],
  ],
  [
    'participles joined after "was found": the subject is the victim',
    'Ahmed Khan was found beaten and stabbed in his home in Kabul.',
    [['stabbed', 'attack_on_civilians', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    '"was found stabbed" is passive',
    'Ahmed Khan was found stabbed in Kabul.',
    [['stabbed', 'attack_on_civilians', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    '"was found dead": the subject is the dead',
    'Ahmed Khan was found dead in Kabul.',
    [['dead', 'casualties', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    'negative: "left" without an auxiliary is an active verb; its subject stabbed',
    'Ahmed Khan left the house and stabbed a guard.',
    [['stabbed', 'attack_on_civilians', 'happened', ['Ahmed Khan'], []]],
  ],
  [
    'an ability is no happening',
    'The group is capable of killing thousands of people.',
    [['killing', 'casualties', 'hypothetical', [], []]],
  ],
  [
    '"could be capable of": hypothetical',
    'The militia could be capable of killing thousands.',
    [['killing', 'casualties', 'hypothetical', ['militia'], []]],
  ],
  [
    'negative: "was able to" tells it happened',
    'The militia was able to seize Kabul.',
    [['seize', 'territory_change', 'happened', ['militia'], []]],
  ],
  [
    'a shooting death is one attack, not a shooting and a death',
    'Police are investigating the shooting death of Ahmed Khan.',
    [['shooting death', 'attack_on_civilians', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    "a possessor's stabbing death: the victim, no actor",
    "Ahmed Khan's stabbing death shocked Kabul.",
    [['stabbing death', 'attack_on_civilians', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    'negative: a shooting and the wounds it caused stay two events',
    'The shooting wounded three people.',
    [
      ['shooting', 'attack_on_civilians', 'happened', [], []],
      ['wounded', 'casualties', 'happened', [], []],
    ],
  ],
  ['negative: shooting deaths counted of no one named', 'Shooting deaths rose last year.', []],
];

describe('events stage through every stage: named victims, found participles, abilities, shooting deaths', () => {
  it.each(ROWS)('%s', (_, text, expected) => {
    expect(told(text)).toEqual(expected);
  });
});
