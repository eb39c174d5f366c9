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
 * Victims of nouns told of a named person (an honorific with its dot, a hyphenated name, a list after "of"),
 * passive participles after "was found" or joined ones (by "and" or commas, after "found guilty and"), an ability
 * told as no happening, one event for a "shooting death", and killings told as murder.
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
  [
    '"murdered" is a killing: subject actor, object victim',
    'Taliban fighters murdered Ahmed Khan in Kandahar.',
    [['murdered', 'casualties', 'happened', ['Taliban'], ['Ahmed Khan']]],
  ],
  [
    '"murdered" of people unnamed is a killing still',
    'Gunmen murdered two teachers in Kandahar.',
    [['murdered', 'casualties', 'happened', [], []]],
  ],
  [
    '"was murdered": the subject is the victim',
    'Ahmed Khan was murdered in Kabul.',
    [['murdered', 'casualties', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    '"were slain": the subject is the victim',
    'Ahmed Khan and Maria Lopez were slain in Kabul.',
    [['slain', 'casualties', 'happened', [], ['Ahmed Khan', 'Maria Lopez']]],
  ],
  [
    '"the slaying of X": a noun told of a named person',
    'Police are investigating the slaying of Ahmed Khan.',
    [['slaying', 'casualties', 'happened', [], ['Ahmed Khan']]],
  ],
  ['negative: a murder trial is no killing', 'The murder trial of Ahmed Khan opened in Kabul.', []],
  ['negative: murder charges are no killing', 'Ahmed Khan faces murder charges in Kabul.', []],
  ['negative: a charge of murder is no killing', 'Ahmed Khan was accused of murder.', []],
  [
    'negative: "the murdered teacher" refers to a killing told before',
    'The murdered teacher was buried.',
    [],
  ],
  [
    'names listed after "of" are all victims',
    'Police condemned the killings of Ahmed Khan and Maria Lopez in Kabul.',
    [['killings', 'casualties', 'happened', [], ['Ahmed Khan', 'Maria Lopez']]],
  ],
  [
    'a list past commas, an honorific before its last name',
    'Police condemned the murders of Ahmed Khan, Maria Lopez and Mr. Kim in Kabul.',
    [['murders', 'attack_on_civilians', 'happened', [], ['Ahmed Khan', 'Maria Lopez', 'Kim']]],
  ],
  [
    'negative: a possessor joined by "and" is no victim',
    "Police condemned the killing of Ahmed Khan and Maria Lopez's brother.",
    [['killing', 'casualties', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    'negative: a name after a comma with no "and" is no victim',
    'Police condemned the killing of Ahmed Khan, Maria Lopez said.',
    [['killing', 'casualties', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    'participles listed with commas share the auxiliary: each has the victim',
    'Ahmed Khan was shot, stabbed and beaten in Kabul.',
    [
      ['shot', 'casualties', 'happened', [], ['Ahmed Khan']],
      ['stabbed', 'attack_on_civilians', 'happened', [], ['Ahmed Khan']],
    ],
  ],
  [
    'negative: a new subject after the comma keeps its own clause',
    'Ahmed Khan was arrested, gunmen stabbed Maria Lopez.',
    [
      ['arrested', 'arrest', 'happened', [], ['Ahmed Khan']],
      ['stabbed', 'attack_on_civilians', 'happened', [], ['Maria Lopez']],
    ],
  ],
  [
    '"was found guilty and executed": the subject is executed',
    'Ahmed Khan was found guilty and executed in Kabul.',
    [['executed', 'attack_on_civilians', 'happened', [], ['Ahmed Khan']]],
  ],
  [
    'negative: an adjective with no passive link before it leaves the verb active',
    'Ahmed Khan was angry and stabbed Maria Lopez in Kabul.',
    [['stabbed', 'attack_on_civilians', 'happened', ['Ahmed Khan'], ['Maria Lopez']]],
  ],
];

describe('events stage through every stage: named victims, found participles, abilities, shooting deaths, murders', () => {
  it.each(ROWS)('%s', (_, text, expected) => {
    expect(told(text)).toEqual(expected);
  });
});
