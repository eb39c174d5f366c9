import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { antecedentPhrase } from './antecedent-phrase.js';
import { clauseSubject, isParticipleCue } from './clause-subject.js';

const tokensOf = (text: string) =>
  segmentStage.run({}, { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null })
    .tokens;

/** The subject clauseSubject finds for the participle `word` of a one-sentence text (POS-tagged tokens). */
const subjectFor = (text: string, word: string): string | null => {
  const toks = tokensOf(text);
  const at = toks.findIndex((t) => t.norm === word);
  if (!isParticipleCue(toks, at)) return 'not a participle cue';
  const found = clauseSubject(toks, at - 1);
  return found ? text.slice(found.source.start, found.source.end) : null;
};

describe('clauseSubject', () => {
  it.each([
    [
      'the subject of the nearest clause',
      'The reporter says some civilians are fleeing the town, fearing a rebel advance.',
      'fearing',
      'some civilians',
    ],
    [
      'past an infinitive to the finite verb',
      'Party leaders are trying to build a system to protect candidates, fearing a loss.',
      'fearing',
      'Party leaders',
    ],
    [
      'past a gerund to the finite verb',
      'The court blocked a company from abandoning its plants, citing a threat to health.',
      'citing',
      'The court',
    ],
    ['a pronoun subject', 'He defended the remark, saying the vote was rigged.', 'saying', 'He'],
    ['negative: no clause before the comma', 'Moreover, saying the vote was rigged.', 'saying', null],
    [
      'a speaker\'s participle after a reported clause: the reporting verb\'s subject, not "this"',
      'Ali said this was a mistake, adding that the army had lied.',
      'adding',
      'Ali',
    ],
    [
      "a speaker's participle after a reported clause with a noun subject",
      'The junta said troops had seized the town, adding that the fighting had ended.',
      'adding',
      'The junta',
    ],
    [
      'past "said that" to the speaker',
      'He said that it was over, insisting the vote was rigged.',
      'insisting',
      'He',
    ],
    [
      'an attitude after a reported lone "that": on to the speaker',
      'Ali said that was a mistake, fearing the army had lied.',
      'fearing',
      'Ali',
    ],
    [
      'negative: a lone demonstrative is never the subject',
      'This was a mistake, adding that it hurt.',
      'adding',
      null,
    ],
    [
      'negative: no comma before the participle',
      'The minister kept saying the vote was rigged.',
      'saying',
      'not a participle cue',
    ],
  ])('%s', (_, text, word, want) => {
    expect(subjectFor(text, word)).toBe(want);
  });
});

/** The antecedent antecedentPhrase finds for the first relative pronoun `word` of a text. */
const antecedentOf = (text: string, word: string): string | null => {
  const toks = tokensOf(text);
  const t = toks.find((x) => x.norm === word)!;
  const found = antecedentPhrase(toks, t.span);
  return found ? text.slice(found.start, found.end) : null;
};

describe('antecedentPhrase', () => {
  it.each([
    [
      'right before the pronoun',
      'A rich supporter who wants to give more could pay.',
      'who',
      'A rich supporter',
    ],
    [
      'past a comma and a parenthesis',
      'The group is the National Movement (MNLA), which wants independence.',
      'which',
      'the National Movement',
    ],
    ['past a dash', 'Hillary Clinton — who has called for tax hikes — spoke.', 'who', 'Hillary Clinton'],
    ['negative: the object of a preposition', 'Much of which can be credited to the laws.', 'which', null],
    ['negative: nothing before the pronoun', 'Who said that?', 'who', null],
  ])('%s', (_, text, word, want) => {
    expect(antecedentOf(text, word)).toBe(want);
  });
});
