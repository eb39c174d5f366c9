import { describe, expect, it } from 'vitest';
import { AnalysisBuilder, makeReport } from '../../picture/fixtures/fixture-builder.js';
import { answeredAttribution, isAnaphoricContent } from './answered-attribution.js';

describe('isAnaphoricContent', () => {
  it.each([
    ['the claims', true],
    ['it', true],
    ['these reports', true],
    ['government forces have seized the strategic district', false],
    ['the claims made by the army about the district', false],
    ['', false],
  ])('%s', (content, expected) => {
    expect(isAnaphoricContent(content)).toBe(expected);
  });
});

const TEXT =
  'State TV said the army seized Sakhour. Rebels denied the claims, but the Observatory confirmed that troops seized the district. ' +
  'Officials said the bakery reopened. Residents confirmed the water was back. Much later, the army denied it.';

describe('answeredAttribution', () => {
  const r = makeReport({ id: 'd1', text: TEXT });
  const b = new AnalysisBuilder(r);
  const claim = b.attribution({
    source: 'State TV',
    sourceMentionId: null,
    cue: 'said',
    content: 'the army seized Sakhour',
    stance: 'asserts',
  });
  const deny = b.attribution({
    source: 'Rebels',
    sourceMentionId: null,
    cue: 'denied',
    content: 'the claims',
    stance: 'denies',
  });
  const confirm = b.attribution({
    source: 'the Observatory',
    sourceMentionId: null,
    cue: 'confirmed',
    content: 'troops seized the district',
    stance: 'confirms',
  });
  const bakery = b.attribution({
    source: 'Officials',
    sourceMentionId: null,
    cue: ['said', 2],
    content: 'the bakery reopened',
    stance: 'asserts',
  });
  const water = b.attribution({
    source: 'Residents',
    sourceMentionId: null,
    cue: ['confirmed', 2],
    content: 'the water was back',
    stance: 'confirms',
  });
  const late = b.attribution({
    source: 'the army',
    sourceMentionId: null,
    cue: ['denied', 2],
    content: 'it',
    stance: 'denies',
  });
  const stated = b.attribution({
    source: 'the army',
    sourceMentionId: null,
    cue: ['denied', 2],
    content: 'it',
    stance: 'denies',
    refersTo: claim,
  });
  const a = b.build();
  const all = a.attributions;
  const find = (id: string) => all.find((x) => x.id === id)!;

  it.each([
    ['anaphoric denial → the claim before it', deny, claim],
    ['confirmation sharing words → the claim', confirm, claim],
    ['assertion answers nothing', bakery, null],
    ['confirmation sharing no word → nothing', water, null],
    ['anaphoric denial two sentences on → nothing', late, null],
    ['refersTo wins', stated, claim],
  ])('%s', (_, id, expected) => {
    expect(answeredAttribution(find(id), all, a.sentences, TEXT)).toBe(expected);
  });
});
