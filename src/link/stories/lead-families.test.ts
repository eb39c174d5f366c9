import { describe, expect, it } from 'vitest';
import type { Token } from '../../model/token.js';
import { leadFamilies, storyFamilies } from './lead-families.js';

/**
 * A hand-tagged text: sentences of "word/POS" items separated by " | "; `names` are words inside an entity's
 * name. Spans are offsets in the words joined by spaces.
 */
const analysis = (tagged: string, names: readonly string[] = []) => {
  const tokens: Token[] = [];
  const sentences: { span: { start: number; end: number } }[] = [];
  const entities: { span: { start: number; end: number } }[] = [];
  let at = 0;
  tagged.split(' | ').forEach((sentence, k) => {
    const start = at;
    for (const item of sentence.split(' ')) {
      const [word, pos] = item.split('/') as [string, string];
      const span = { start: at, end: at + word.length };
      const kind = /^\p{L}/u.test(word) ? 'word' : /^\d/.test(word) ? 'number' : 'punctuation';
      tokens.push({ span, kind, norm: word.toLowerCase(), pos, sentence: k });
      if (names.includes(word)) entities.push({ span });
      at = span.end + 1;
    }
    sentences.push({ span: { start, end: at - 1 } });
  });
  return { tokens, sentences, entities };
};

const SHOOTING =
  'A/DET gunman/NOUN opened/VERB fire/NOUN at/ADP an/DET office/NOUN party/NOUN ./PUNCT | ' +
  'Two/NUM people/NOUN were/AUX killed/VERB ,/PUNCT police/NOUN said/VERB ./PUNCT | ' +
  'The/DET suspect/NOUN surrendered/VERB later/ADV ./PUNCT';

describe('leadFamilies', () => {
  it.each<[string, string, readonly string[], string[]]>([
    [
      'verbs and common nouns of the first two sentences, by family (fire: shoot, killed: die)',
      SHOOTING,
      [],
      ['die', 'gunman', 'offic', 'open', 'parti', 'peopl', 'polic', 'shoot'],
    ],
    [
      'a web address before the first prose sentence is skipped',
      `http/NOUN :/PUNCT www/NOUN ./PUNCT | ${SHOOTING}`,
      [],
      ['die', 'gunman', 'offic', 'open', 'parti', 'peopl', 'polic', 'shoot'],
    ],
    [
      'negative: words inside a name are no event ("Mt Cook" tagged a verb)',
      'Climber/NOUN falls/VERB on/ADP Mt/PROPN Cook/VERB again/ADV today/NOUN ./PUNCT',
      ['Cook'],
      ['climber', 'fall', 'today'],
    ],
    [
      'negative: no prose sentence, no families',
      'http/NOUN :/PUNCT www/NOUN ./PUNCT | cnn/NOUN ./PUNCT',
      [],
      [],
    ],
  ])('%s', (_name, tagged, names, families) => {
    expect([...leadFamilies(analysis(tagged, names))].sort()).toEqual(families);
  });
});

describe('storyFamilies', () => {
  const leads = [new Set(['shoot', 'die']), new Set(['shoot', 'parti']), new Set(['die', 'injur'])];
  it.each<[number, string[]]>([
    [0.5, ['die', 'shoot']],
    [0.66, ['die', 'shoot']],
    [0.67, []],
    [0, ['die', 'injur', 'parti', 'shoot']],
  ])('share %f', (share, families) => {
    expect([...storyFamilies(leads, share)].sort()).toEqual(families);
  });
  it('a one-report story keeps its lead', () => {
    expect([...storyFamilies([new Set(['host'])], 0.67)]).toEqual(['host']);
  });
});
