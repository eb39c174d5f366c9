import { describe, expect, it } from 'vitest';
import { type T, telling } from '../../link/events/test-tellings.js';
import { tellingMerger } from './telling-merger.js';

/**
 * Adds `before`, renames entity ids (the merger's index, then each telling as story-parts does), adds `after`;
 * the events as telling ids.
 */
const merged = (before: T[], renaming: [string, string][], after: T[]): string[][] => {
  const ids = new Map(renaming);
  const to = (id: string) => ids.get(id) ?? id;
  const merger = tellingMerger(() => []);
  const added = before.map((t) => ({ t, made: telling(t), at: merger.add(telling(t)).at }));
  merger.rename(ids);
  for (const { t, at } of added) {
    const was = merger.events[at]!.find((u) => u.mention.id === t.id)!;
    merger.replace(at, was, telling({ ...t, actors: t.actors?.map(to), victims: t.victims?.map(to) }));
  }
  for (const t of after) merger.add(telling(t));
  return merger.events.map((e) => e.map((t) => t.mention.id));
};

describe('tellingMerger: a renaming keeps the links of the events', () => {
  it.each([
    [
      'a named victim renamed: a later telling of the new name joins',
      [{ id: 'a', doc: 'd1', type: 'abduction', place: null, victims: ['kim'] }],
      [['kim', 'kim-jong-nam']] as [string, string][],
      [{ id: 'b', doc: 'd2', type: 'abduction', place: null, victims: ['kim-jong-nam'] }],
      [['a', 'b']],
    ],
    [
      'an actor renamed: a later telling of the new name joins',
      [{ id: 'a', doc: 'd1', place: null, actors: ['army'] }],
      [['army', 'syrian-army']] as [string, string][],
      [{ id: 'b', doc: 'd2', place: null, actors: ['syrian-army'] }],
      [['a', 'b']],
    ],
    [
      'negative: another victim stays apart',
      [{ id: 'a', doc: 'd1', type: 'abduction', place: null, victims: ['kim'] }],
      [['kim', 'kim-jong-nam']] as [string, string][],
      [{ id: 'b', doc: 'd2', type: 'abduction', place: null, victims: ['kim-chol'] }],
      [['a'], ['b']],
    ],
  ])('%s', (_, before, renaming, after, expected) => {
    expect(merged(before, renaming, after)).toEqual(expected);
  });
});
