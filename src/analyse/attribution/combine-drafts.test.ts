import { describe, expect, it } from 'vitest';
import { spanText } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { combineDrafts } from './combine-drafts.js';
import { at } from './test-layers.js';

const TEXT = 'Troops seized the town, said the governor. He said he hoped it would hold.';
const draft = (
  rule: string,
  source: string | null,
  cue: [string, number],
  content: string,
): AttributionDraft => {
  const s = source === null ? null : at(TEXT, source);
  return {
    sentence: 0,
    source: s,
    head: s,
    cue: at(TEXT, cue[0], cue[1]),
    content: at(TEXT, content),
    stance: 'asserts',
    direct: false,
    hedgedCue: false,
    inheritsSource: false,
    rule,
    confidence: rule === 'tagger' ? 0.7 : 0.9,
  };
};
const show = (ds: readonly AttributionDraft[]) =>
  ds.map((d) => [d.rule, d.source && spanText(TEXT, d.source), spanText(TEXT, d.content)]);

const inverted = draft('cue-source', 'the governor', ['said', 1], 'Troops seized the town');
const nested = draft('source-cue', 'he', ['hoped', 1], 'it would hold');
const outer = draft('tagger', 'He', ['said', 2], 'he hoped it would hold');

describe('combineDrafts', () => {
  it.each([
    [
      'the rule reading wins where it agrees with the tagger',
      [inverted],
      [draft('tagger', 'the governor', ['said', 1], 'seized the town')],
      [['cue-source', 'the governor', 'Troops seized the town']],
    ],
    [
      'the rule reading wins where the tagger read its source as content',
      [inverted],
      [draft('tagger', null, ['said', 1], 'the governor')],
      [['cue-source', 'the governor', 'Troops seized the town']],
    ],
    [
      'negative: the tagger wins where it found another source',
      [inverted],
      [draft('tagger', 'Troops', ['said', 1], 'the governor')],
      [['tagger', 'Troops', 'the governor']],
    ],
    [
      'a pronoun reading nested in a claim stays a claim of its own',
      [nested],
      [outer],
      [
        ['tagger', 'He', 'he hoped it would hold'],
        ['source-cue', 'he', 'it would hold'],
      ],
    ],
  ])('%s', (_, rules, tagged, want) => {
    expect(show(combineDrafts(TEXT, rules, tagged, () => true))).toEqual(want);
  });

  it('a cue trailing a quotation another cue introduced is a claim of its own', () => {
    const text = 'Smith said: "The siege is tight. We need a corridor now," he added.';
    const quote = at(text, 'The siege is tight. We need a corridor now');
    const said: AttributionDraft = {
      ...nested,
      rule: 'tagger',
      source: at(text, 'Smith'),
      cue: at(text, 'said'),
      content: quote,
    };
    const added: AttributionDraft = {
      ...nested,
      rule: 'source-final',
      source: at(text, 'he'),
      cue: at(text, 'added'),
      content: quote,
    };
    const out = combineDrafts(text, [added], [said], () => true);
    expect(out.map((d) => spanText(text, d.cue))).toEqual(['said', 'added']);
    // negative: a reading of another rule with the same content competes
    expect(combineDrafts(text, [{ ...added, rule: 'source-cue' }], [said], () => true)).toEqual([said]);
  });

  it.each([
    ['while', 'Troops took the bridge, the army said, while rebels shelled the market.', 'source-final'],
    [
      'negative: not an adverbial clause',
      'Troops took the bridge, the army said, rebels shelled the market.',
      'tagger',
    ],
  ])('the clause after a source-final cue is no content (%s)', (_, text, winner) => {
    const base = { ...nested, source: at(text, 'the army'), cue: at(text, 'said') };
    const rule: AttributionDraft = {
      ...base,
      rule: 'source-final',
      content: at(text, 'Troops took the bridge'),
    };
    const tagger: AttributionDraft = {
      ...base,
      rule: 'tagger',
      content: at(text, 'rebels shelled the market'),
    };
    const widened =
      winner === 'tagger' ? tagger : { ...tagger, content: at(text, 'while rebels shelled the market') };
    expect(combineDrafts(text, [rule], [widened], () => true).map((d) => d.rule)).toEqual([winner]);
  });

  it('negative: an unconfirmed reading `keep` refuses is not told', () => {
    expect(show(combineDrafts(TEXT, [nested], [outer], () => false))).toEqual([
      ['tagger', 'He', 'he hoped it would hold'],
    ]);
  });
});
