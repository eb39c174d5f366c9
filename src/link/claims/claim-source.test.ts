import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/entity-mention.js';
import { documentId } from '../../model/ids.js';
import { isClaimSource, isSpeakerNoun } from './claim-source.js';
import { mentionsIn, spanOf } from './claim-test-support.js';

const doc = documentId('source-test');

describe('isClaimSource', () => {
  it.each<[string, string, string | null, readonly (readonly [string, EntityType, boolean])[], boolean]>([
    ['no source named (the outlet, a quotation going on)', 'The road is closed, it said.', null, [], true],
    [
      'a person the source resolves to',
      'Ana Diaz said the road is closed.',
      'Ana Diaz',
      [['Ana Diaz', 'person', true]],
      true,
    ],
    [
      'a country speaking for its government',
      'Elbonia said the road is closed.',
      'Elbonia',
      [['Elbonia', 'place', true]],
      true,
    ],
    [
      'a name the tagger missed, inside a sentence',
      'Later the Observatory said so.',
      'the Observatory',
      [],
      true,
    ],
    ['a role noun', 'Two officials in the town said so.', 'Two officials in the town', [], true],
    ['a body noun', 'The junta of captains said so.', 'The junta of captains', [], true],
    [
      'a document noun',
      'A statement released on Monday said so.',
      'A statement released on Monday',
      [],
      true,
    ],
    ['a partitive before people', 'A lot of people said so.', 'A lot of people', [], true],
    [
      'a partitive before a role',
      'The majority of residents said so.',
      'The majority of residents',
      [],
      true,
    ],
    ['a hyphenated role', 'One ex-employee said so.', 'One ex-employee', [], true],
    ['a trade noun by its ending', 'Her pediatrician said so.', 'Her pediatrician', [], true],
    ['a count of people', 'Of the nine, five said so.', 'five', [], true],
    ['a personal pronoun', 'He said so.', 'He', [], true],
    ['a first-person pronoun outside a quotation', 'We said so.', 'We', [], true],
    [
      '"I" in a quotation resolved to its speaker',
      '"We held. I said we would fight," Omar Khalid said.',
      'I',
      [['Omar Khalid', 'person', true]],
      true,
    ],
    [
      'negative: "I" in a quotation with no speaker known',
      'The commander spoke. "We held. I said we would fight."',
      'I',
      [],
      false,
    ],
    [
      'negative: "you" in a quotation with no speaker known',
      'The commander spoke. "We held. You said we would fight."',
      'You',
      [],
      false,
    ],
    [
      'a name before an age, sentence-initial',
      'Ahmed, 26, a student, said so.',
      'Ahmed, 26, a student',
      [],
      true,
    ],
    ['an age after a role noun: the noun speaks', 'The man, 26, said so.', 'The man, 26', [], true],
    ['negative: nothing', 'Nothing seems able to stop them.', 'Nothing', [], false],
    ['negative: a region', 'It has the region worrying about threats.', 'the region', [], false],
    ['negative: the outside world', 'The outside world offers its support.', 'The outside world', [], false],
    ['negative: an unresolved "it"', 'It showed a small boy.', 'It', [], false],
    ['negative: a lone "this"', 'Ali said this was wrong, adding more.', 'this', [], false],
    ['negative: a lone "That"', 'That was wrong, he said, adding more.', 'That', [], false],
    ['negative: a weekday', 'The talks ended, and Monday said much.', 'Monday', [], false],
    ['negative: a capital that only starts the sentence', 'Anger shows they fail.', 'Anger', [], false],
    ['negative: a thing', 'The bloodstains suggest a struggle.', 'The bloodstains', [], false],
    [
      'negative: a place that only describes the speakers',
      'The crisis in Elbonia suggests a war.',
      'The crisis in Elbonia',
      [['Elbonia', 'place', false]],
      false,
    ],
  ])('%s', (_, text, source, names, expected) => {
    const mentions = mentionsIn(
      doc,
      text,
      names.map(([name, type]) => [name, type] as const),
    );
    const resolved = names.findIndex(([, , r]) => r);
    const attribution = {
      source: source === null ? null : spanOf(text, source),
      sourceMentionId: resolved < 0 ? null : mentions[resolved]!.id,
    };
    expect(isClaimSource(text, attribution, mentions)).toBe(expected);
  });
});

describe('isSpeakerNoun', () => {
  it.each([
    ['residents', true],
    ['witnesses', true],
    ['agencies', true],
    ['ex-employee', true],
    ['anthropologists', true],
    ['pediatrician', true],
    ['Observatory', true],
    ['region', false],
    ['world', false],
    ['list', false],
    ['threats', false],
  ])('%s → %s', (word, expected) => {
    expect(isSpeakerNoun(word)).toBe(expected);
  });
});
