import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { spanText } from '../../model/span.js';
import { runStages } from '../../pipeline/run-stages.js';
import { ANALYSIS_STAGES } from '../analysis-stages.js';

/** The bundled example's report text (header block dropped), analysed by every stage. */
const analyse = (name: string) => {
  const raw = readFileSync(resolve(import.meta.dirname, '../../../examples/aleppo-2016', name), 'utf8');
  const text = raw.slice(raw.indexOf('\n\n') + 2);
  const a = runStages(ANALYSIS_STAGES, {
    documentId: documentId(name),
    text,
    referenceDate: null,
    referenceWindow: null,
  });
  return a.events.map((e) => ({
    clause: spanText(text, e.span),
    trigger: spanText(text, e.trigger),
    type: e.type,
  }));
};

describe('events on the aleppo-2016 example', () => {
  const ibt = analyse('000_b26fbb70385f3848.txt');
  const wire = analyse('002_59e12d0458cf2d4a.txt');
  it.each([
    ['the Hanano advance', ibt, 'Hanano district', 'territory_change'],
    ['the Tariq al-Bab seizure', wire, 'Tariq al-Bab', 'territory_change'],
    ['the Shaar air strikes', wire, 'air strikes on Shaar', 'air_strike'],
    ['the downed plane', wire, 'brought down a Syrian air force plane', 'aircraft_downed'],
  ] as const)('types %s', (_name, events, needle, type) => {
    expect(events.some((e) => e.clause.includes(needle) && e.type === type)).toBe(true);
  });
  it('negative: no air strike is read into the Hanano advance', () => {
    expect(ibt.some((e) => e.clause.includes('Hanano district') && e.type === 'air_strike')).toBe(false);
  });
});
