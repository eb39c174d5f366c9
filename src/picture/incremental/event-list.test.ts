import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../link/entities/merge-entities.js';
import { eventTelling, type Telling } from '../../link/events/event-telling.js';
import type { MentionId } from '../../model/ids.js';
import { AnalysisBuilder, makeReport } from '../fixtures/fixture-builder.js';
import { eventList } from './event-list.js';

/** Three tellings: the army shelled Homs; rebels attacked Idlib; the army attacked Idlib. */
const tellings = (): Telling[] => {
  const text = 'The army shelled Homs. Rebels attacked Idlib. The army attacked Idlib.';
  const report = makeReport({ id: 'd1', text, published: '2016-12-01' });
  const b = new AnalysisBuilder(report);
  const army = [b.entity(['army', 1], 'army', 'group'), b.entity(['army', 2], 'army', 'group')];
  const rebels = b.entity('Rebels', 'rebels', 'group');
  const homs = b.entity('Homs', 'homs', 'place');
  const idlib = [b.entity(['Idlib', 1], 'idlib', 'place'), b.entity(['Idlib', 2], 'idlib', 'place')];
  b.event({
    trigger: 'shelled',
    span: 'army shelled Homs',
    type: 'shelling',
    actorIds: [army[0]!],
    placeId: homs,
  });
  b.event({
    trigger: ['attacked', 1],
    span: 'Rebels attacked Idlib',
    type: 'armed_clash',
    actorIds: [rebels],
    placeId: idlib[0]!,
  });
  b.event({
    trigger: ['attacked', 2],
    span: 'army attacked Idlib',
    type: 'armed_clash',
    actorIds: [army[1]!],
    placeId: idlib[1]!,
  });
  const doc = { report, analysis: b.build() };
  const keys = new Map(doc.analysis.entities.map((e) => [e.id, `s/e:${e.key}`]));
  const entities: EntityIndex = {
    entities: [],
    entityOf: (m: MentionId | null) => (m && keys.get(m)) ?? null,
  };
  return doc.analysis.events.map((m) => eventTelling(doc, m, entities, () => null, []));
};
const name = (id: string): string => id.slice(id.indexOf(':') + 1);

describe('eventList', () => {
  it('makes every event at first, then only those whose tellings changed', () => {
    const [a, b, c] = tellings();
    const list = eventList('s/', name);
    const first = list.update([[a!], [b!, c!]], new Set());
    expect(first.events.items().map((e) => e.id)).toEqual(['s/ev1', 's/ev2']);
    expect(first.changed).toEqual([0, 1]);
    const same = list.update([[a!], [b!, c!]], new Set());
    expect(same.events).toBe(first.events);
    expect(same.changed).toEqual([]);
    const next = list.update([[a!, c!], [b!]], new Set([0, 1]));
    expect(next.before).toBe(first.events);
    expect([...next.changed].sort()).toEqual([0, 1]);
    expect(next.events.at(0)!.evidence).toHaveLength(2);
    expect(first.events.at(0)!.evidence).toHaveLength(1);
  });

  it('keeps the events that did not change as the same objects, and drops those past the end', () => {
    const [a, b, c] = tellings();
    const list = eventList('s/', name);
    const first = list.update([[a!], [b!], [c!]], new Set());
    const next = list.update([[a!], [b!, c!]], new Set([1, 2]));
    expect(next.events.length).toBe(2);
    expect(next.events.at(0)).toBe(first.events.at(0));
    expect(next.events.at(1)).not.toBe(first.events.at(1));
    expect(first.events.length).toBe(3);
    expect([...next.changed].sort()).toEqual([1, 2]);
  });

  it('keeps an event marked dirty whose tellings and names are as they were; makes it again when a name changed', () => {
    const [a, b, c] = tellings();
    const names = new Map([['s/e:army', 'Army']]);
    const list = eventList('s/', (id) => names.get(id) ?? name(id));
    const group = [b!, c!];
    const first = list.update([[a!], group], new Set());
    const same = list.update([[a!], [...group]], new Set([0, 1]));
    expect(same.changed).toEqual([]);
    expect(same.events.at(1)).toBe(first.events.at(1));
    names.set('s/e:army', 'Syrian Army');
    const renamed = list.update([[a!], group], new Set([0, 1]));
    expect(renamed.changed).toEqual([0, 1]);
    expect(renamed.events.at(0)!.summary).toContain('Syrian Army');
    expect(renamed.events.at(0)).not.toBe(first.events.at(0));
  });

  it('finds the events whose summaries name an entity (place or actor), not others', () => {
    const [a, b, c] = tellings();
    const list = eventList('s/', name);
    list.update([[a!], [b!], [c!]], new Set());
    expect([...list.naming(new Set(['s/e:army']))].sort()).toEqual([0, 2]);
    expect([...list.naming(new Set(['s/e:idlib', 's/e:homs']))].sort()).toEqual([0, 1, 2]);
    expect([...list.naming(new Set(['s/e:nobody']))]).toEqual([]);
    list.update([[a!], [b!]], new Set([2]));
    expect([...list.naming(new Set(['s/e:army']))]).toEqual([0]);
  });
});
