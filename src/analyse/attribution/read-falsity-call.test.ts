import { describe, expect, it } from 'vitest';
import { attributionStage } from './attribution-stage.js';
import { FALSITY_CALL_RULE } from './read-falsity-call.js';
import { checkRow, group, org, type Row, taggedLayers } from './test-attributions.js';
import { fixtureContext } from './test-layers.js';

/** Calls that a claim is false deny it: exact spans (POS-tagged tokens, as the stage sees them). */
const ROWS: readonly Row[] = [
  [
    '"…, which X called a lie": the clause before the relative pronoun',
    'Troops shelled the town, which the owner called a lie.',
    [],
    [{ source: 'the owner', cue: 'called', content: 'Troops shelled the town', stance: 'denies' }],
  ],
  [
    '"…, which X dismissed as propaganda": the claim told before the comma, which then ends there',
    'Police said rebels shelled the market, which the rebels dismissed as propaganda.',
    [group('rebels')],
    [
      { source: 'Police', cue: 'said', content: 'rebels shelled the market', stance: 'asserts' },
      {
        source: 'the rebels',
        cue: 'dismissed',
        content: 'rebels shelled the market',
        stance: 'denies',
        refersTo: 0,
      },
    ],
  ],
  [
    '"…, a claim X called baseless": the apposition stands for the claim before it',
    'The army said troops took the bridge, a claim the rebels called baseless.',
    [org('The army'), group('rebels')],
    [
      { source: 'The army', cue: 'said', content: 'troops took the bridge', stance: 'asserts' },
      {
        source: 'the rebels',
        cue: 'called',
        content: 'troops took the bridge',
        stance: 'denies',
        mention: 'rebels',
        refersTo: 0,
      },
    ],
  ],
  [
    '"an allegation that X has called completely false"',
    'The army said troops took the bridge, an allegation that the rebels have called completely false.',
    [org('The army'), group('rebels')],
    [
      { source: 'The army', cue: 'said', content: 'troops took the bridge', stance: 'asserts' },
      { source: 'the rebels', cue: 'called', content: 'troops took the bridge', stance: 'denies' },
    ],
  ],
  [
    '"X dismissed the report as propaganda": the object, pointing back at the claim before',
    'Police said rebels shelled the market. The government dismissed the report as propaganda.',
    [org('The government')],
    [
      { source: 'Police', cue: 'said', content: 'rebels shelled the market', stance: 'asserts' },
      { source: 'The government', cue: 'dismissed', content: 'the report', stance: 'denies', refersTo: 0 },
    ],
  ],
  [
    '"X called the claims a lie"',
    'Police said rebels shelled the market. The rebels called the claims a lie.',
    [group('rebels')],
    [
      { source: 'Police', cue: 'said', content: 'rebels shelled the market', stance: 'asserts' },
      { source: 'The rebels', cue: 'called', content: 'the claims', stance: 'denies', refersTo: 0 },
    ],
  ],
  [
    '"X described the reports of Y as untrue": a longer object with a claim noun',
    'The ministry described the reports of shelling as untrue.',
    [org('The ministry')],
    [{ source: 'The ministry', cue: 'described', content: 'the reports of shelling', stance: 'denies' }],
  ],
  [
    '"X called it a lie that Y": the clause after the call',
    'Police said rebels fired first. The rebels called it a lie that they had fired.',
    [group('rebels')],
    [
      { source: 'Police', cue: 'said', content: 'rebels fired first', stance: 'asserts' },
      { source: 'The rebels', cue: 'called', content: 'they had fired', stance: 'denies', refersTo: 0 },
    ],
  ],
  [
    '"X dismissed as propaganda reports that Y": the object shifted after the call; its that-clause is denied',
    'The ministry dismissed as propaganda reports that the town had fallen.',
    [org('The ministry')],
    [
      {
        source: 'The ministry',
        cue: 'dismissed',
        content: 'the town had fallen',
        stance: 'denies',
        mention: 'The ministry',
      },
    ],
  ],
  [
    '"X dismissed as baseless the claims of Y": a shifted object with no clause is itself denied',
    'The ministry dismissed as baseless the claims of an attack on the town.',
    [org('The ministry')],
    [
      {
        source: 'The ministry',
        cue: 'dismissed',
        content: 'the claims of an attack on the town',
        stance: 'denies',
      },
    ],
  ],
];

describe('readFalsityCalls: a call that a claim is false denies it', () => {
  it.each(ROWS)('%s', (_name, text, entities, expected) => checkRow(text, entities, expected, true));
});

/** Calls with no word of falsity, or that call no claim false: no denial. */
const NEGATIVE: readonly (readonly [string, string])[] = [
  ['a call without a word of falsity', 'The rebels took the town, which the president called a victory.'],
  ['"called it a victory"', 'The rebels took the town. The president called it a victory.'],
  ['a thing, not a claim, called false', 'The president called climate change a hoax.'],
  ['"called for" is a demand', 'The president called for an end to the lies.'],
  ['"called on" is a demand', 'The president called on rebels to stop spreading lies.'],
  ['a word of falsity beyond the clause', 'The president called the meeting, and the rebels spread lies.'],
];

describe('readFalsityCalls: negative rows', () => {
  it.each(NEGATIVE)('%s', (_name, text) => {
    const layers = taggedLayers(text, []);
    const got = attributionStage.run(layers, fixtureContext(text)).attributions;
    expect(got.filter((a) => a.stance === 'denies' || a.evidence.rule === FALSITY_CALL_RULE)).toEqual([]);
  });
});

describe('readFalsityCalls: a shifted object that is no claim', () => {
  it('"dismissed as propaganda the parade" is no falsity call (no claim noun)', () => {
    const text = 'The ministry dismissed as propaganda the parade in the capital.';
    const got = attributionStage.run(taggedLayers(text, []), fixtureContext(text)).attributions;
    expect(got.filter((a) => a.evidence.rule === FALSITY_CALL_RULE)).toEqual([]);
  });
});
