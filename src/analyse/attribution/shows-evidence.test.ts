import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../model/entity-mention.js';
import { clipToLine } from './content-span.js';
import { showsEvidence } from './shows-evidence.js';
import { at, fixtureEntities } from './test-layers.js';

describe('showsEvidence', () => {
  it.each([
    ['a record shows', 'A new poll shows the gap.', 'A new poll', 'shows', null, true],
    ['a pronoun shows', 'It shows the gap.', 'It', 'shows', null, true],
    ['people noun reveals', 'Officials revealed the plan.', 'Officials', 'revealed', null, true],
    [
      'a phrase ending in an organisation name',
      'The Tulsa Police Department revealed the drug.',
      'The Tulsa Police Department',
      'revealed',
      ['Tulsa Police Department', 'organization'] as const,
      true,
    ],
    [
      'negative: an inanimate subject of "reveals"',
      "Timbuktu's literary patrimony reveals a continent.",
      "Timbuktu's literary patrimony",
      'reveals',
      null,
      false,
    ],
    [
      'negative: a place before the head names no one',
      "Timbuktu's literary patrimony reveals a continent.",
      "Timbuktu's literary patrimony",
      'reveals',
      ['Timbuktu', 'place'] as const,
      false,
    ],
    ['any source for a speech cue', 'The heritage said nothing.', 'The heritage', 'said', null, true],
  ])('%s', (_, text, source, cue, name, want) => {
    const entities = fixtureEntities(text, name ? [{ text: name[0], type: name[1] as EntityType }] : []);
    expect(showsEvidence(text, at(text, source), at(text, cue), entities)).toBe(want);
  });
});

describe('clipToLine', () => {
  it.each([
    [
      'content after the cue ends at a line break',
      'He said: the road is open\nWriter A. B.',
      'said',
      'the road is open\nWriter A. B',
      'the road is open',
    ],
    [
      'content before the cue starts after the last break',
      'Caption here.\n\nThe road is open, he said.',
      'said',
      'Caption here.\n\nThe road is open',
      'The road is open',
    ],
    [
      'negative: content on one line is kept',
      'He said the road is open.',
      'said',
      'the road is open',
      'the road is open',
    ],
  ])('%s', (_, text, cue, content, want) => {
    const got = clipToLine(text, at(text, content), at(text, cue));
    expect(got && text.slice(got.start, got.end)).toBe(want);
  });
});
