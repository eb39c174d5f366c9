import { describe, expect, it } from 'vitest';
import { absentNote, type StorySection, storySections } from './story-sections.js';
import type { StoryView } from './view-types.js';

const EMPTY: StoryView = {
  id: 's1',
  title: 'Flooding in Brackwater',
  sources: [],
  briefing: [],
  figures: [],
  conflicts: [],
  claimants: [],
  timeline: [],
  undated: [],
  control: [],
  actors: [],
  places: [],
};
const line = { text: 'Flood', gist: null, status: 'reported, 1 source', cites: [1] };
const claimant = {
  name: 'The mayor',
  claims: [{ stance: 'asserts', cue: 'said', quote: 'the dam held', cites: [2] }],
};

describe('storySections', () => {
  it.each([
    ['an undated event alone fills the timeline', { undated: [line] }, ['Timeline']],
    ['a claimant fills the claims', { claimants: [claimant] }, ['Claims by claimant']],
    [
      'negative: a day with no events still counts as dated',
      { timeline: [{ date: '2021-04-02', events: [] }] },
      ['Timeline'],
    ],
    ['negative: nothing anywhere shows nothing', {}, []],
  ] as const)('%s', (_, parts, shown) => {
    const s = storySections({ ...EMPTY, ...parts });
    expect(s.shown).toEqual(shown);
    expect([...s.shown, ...s.absent]).toHaveLength(9);
  });
});

describe('absentNote', () => {
  it.each([
    [['Figures', 'Control of places'], 'Nothing found: figures, control of places.'],
    [['Conflicts and changes', 'Who'], 'Nothing found: conflicts or changes, people or organisations.'],
    [[], null],
  ] as const)('%j', (absent, note) => expect(absentNote(absent as readonly StorySection[])).toBe(note));
});
