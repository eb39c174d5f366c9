import { describe, expect, it } from 'vitest';
import type { MentionId } from '../../model/ids.js';
import { AnalysisBuilder, makeReport } from '../../picture/fixtures/fixture-builder.js';
import { mergeEntities } from '../entities/merge-entities.js';
import type { StoryDoc } from '../story-doc.js';
import { buildClaims } from './build-claims.js';

const TEXT =
  'State TV said the army seized Kafr Halab, though the rebels want to hold the town. ' +
  'Rebels denied the claims, blaming the army for the shelling. Nothing seems able to stop the advance. ' +
  '"We will hold out," the commander added.';

describe('buildClaims', () => {
  const report = makeReport({ id: 'd1', text: TEXT });
  const b = new AnalysisBuilder(report);
  const tv = b.entity('State TV', 'syrian state tv');
  const rebels = b.entity('Rebels', 'rebels', 'group');
  const said = {
    source: 'State TV',
    sourceMentionId: tv,
    cue: 'said',
    content: 'the army seized Kafr Halab',
  };
  b.attribution({ ...said, stance: 'asserts' });
  b.attribution({
    source: 'Nothing',
    sourceMentionId: null,
    cue: 'seems',
    content: 'able to stop',
    stance: 'asserts',
  });
  b.attribution({
    source: 'the rebels',
    sourceMentionId: null,
    cue: 'want',
    content: 'to hold the town',
    stance: 'hopes',
  });
  b.attribution({
    source: 'Rebels',
    sourceMentionId: rebels,
    cue: 'denied',
    content: 'the claims',
    stance: 'denies',
  });
  b.attribution({
    source: 'Rebels',
    sourceMentionId: rebels,
    cue: 'blaming',
    content: 'the army for the shelling',
    stance: 'asserts',
  });
  b.attribution({
    source: null,
    sourceMentionId: null,
    cue: '"',
    content: 'We will hold out',
    stance: 'asserts',
  });
  const analysis = b.build();
  // the quotation mark opens a direct quotation
  const attributions = analysis.attributions.map((a) => ({ ...a, direct: TEXT[a.cue.start] === '"' }));
  const docs: StoryDoc[] = [{ report, analysis: { ...analysis, attributions } }];
  const claims = buildClaims(docs, mergeEntities(docs, 's/'), 's/');

  // the denial answers the statement, not the wish between them
  it('makes claims of statements, denials and accusations only, numbered in text order', () => {
    expect(claims.map((c) => [c.claim.id, c.claim.cue, c.claim.stance, c.answers])).toEqual([
      ['s/c1', 'said', 'asserts', null],
      ['s/c2', 'denied', 'denies', 's/c1'],
      ['s/c3', 'blaming', 'accuses', null],
      ['s/c4', 'quoted', 'asserts', null],
    ]);
  });

  it('leaves out a seeming with no speaker and a wish', () => {
    const cues = claims.map((c) => TEXT.slice(c.attribution.cue.start, c.attribution.cue.end));
    expect(cues).not.toContain('seems');
    expect(cues).not.toContain('want');
  });
});

describe('buildClaims claimant words', () => {
  const text =
    'Dana Pell runs the bakery. She said rents rose. He said sales fell. In May five said prices rose.';
  const report = makeReport({ id: 'd2', text });
  const b = new AnalysisBuilder(report);
  const pell = b.entity('Dana Pell', 'dana pell', 'person');
  const spoke = (source: string, sourceMentionId: MentionId | null, n: number, content: string): void => {
    b.attribution({ source, sourceMentionId, cue: ['said', n], content, stance: 'asserts' });
  };
  spoke('She', pell, 1, 'rents rose');
  spoke('He', null, 2, 'sales fell');
  spoke('five', null, 3, 'prices rose');
  const docs: StoryDoc[] = [{ report, analysis: b.build() }];
  const claims = buildClaims(docs, mergeEntities(docs, 's/'), 's/');
  const words = claims.map((c) => {
    const s = c.claim.claimantSpan;
    return s === null ? null : text.slice(s.start, s.end);
  });

  // a resolved pronoun is named by its antecedent; an unresolved one and a bare count name no one (the report)
  it('keeps a resolved claimant, drops an unresolved pronoun and a bare count', () => {
    expect(words).toEqual(['Dana Pell', null, null]);
    expect(claims.map((c) => c.claim.claimantId === null)).toEqual([false, true, true]);
  });
});
