import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { entitiesStage } from '../entities/entities-stage.js';
import { segmentStage } from '../segment/segment-stage.js';
import { geoStage } from './geo-stage.js';
import { antecedentOf } from './place-anaphora.js';

// The bundled demo report, read at test time; its `Key: value` header ends at the first blank line.
const raw = readFileSync(
  new URL('../../../examples/aleppo-2016/002_59e12d0458cf2d4a.txt', import.meta.url),
  'utf8',
);
const text = raw.slice(raw.indexOf('\n\n') + 2);
const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
const seg = segmentStage.run({}, ctx);
const { entities } = entitiesStage.run(seg, ctx);
const { places } = geoStage.run({ sentences: seg.sentences, entities }, ctx);

const at = (phrase: string, nth = 0) => {
  let start = -1;
  for (let i = 0; i <= nth; i += 1) start = text.indexOf(phrase, start + 1);
  const m = entities.find((e) => e.span.start === start && e.span.end === start + phrase.length);
  return m && { type: m.type, key: m.key, anaphoric: m.anaphoric, name: m.name, id: m.id };
};
const SOHR = 'syrian observatory for human rights';

describe('segment + entities + geo on the Aleppo example', () => {
  it.each([
    ['Syrian Observatory for Human Rights', 0, 'organization', SOHR, false],
    ['the monitor', 0, 'organization', SOHR, true],
    ['the Britain-based Observatory', 0, 'organization', SOHR, true],
    ['Samir Salman', 0, 'person', 'samir salman', false],
    ['Federica Mogherini', 0, 'person', 'federica mogherini', false],
    ['Staffan de Mistura', 0, 'person', 'staffan de mistura', false],
    ['the envoy', 0, 'person', 'staffan de mistura', true],
    ['Tariq al-Bab', 0, 'place', 'tariq al-bab', false],
    ['Sheikh Saeed', 0, 'place', 'sheikh saeed', false],
    ['Shaar', 0, 'place', 'shaar', false],
    ['Aleppo', 2, 'place', 'aleppo', false],
  ])('%s (#%i) is %s %s', (phrase, nth, type, key, anaphoric) => {
    expect(at(phrase, nth)).toMatchObject({ type, key, anaphoric });
  });

  it('names anaphoric mentions by their antecedent', () => {
    expect(at('the monitor')?.name).toBe('Syrian Observatory for Human Rights');
  });

  it('does not take "Britain" inside "the Britain-based Observatory" as a place', () => {
    const start = text.indexOf('Britain-based');
    expect(entities.some((e) => e.span.start === start && e.type === 'place')).toBe(false);
  });

  it.each([
    ['Tariq al-Bab', 'curated:aleppo/tariq-al-bab', 'district'],
    ['Sheikh Saeed', 'curated:aleppo/sheikh-saeed', 'district'],
    ['Shaar', 'curated:aleppo/shaar', 'district'],
    ['Aleppo', 'geonames:170063', 'city'],
  ])('geocodes %s', (phrase, gazetteerId, precision) => {
    const id = at(phrase, phrase === 'Aleppo' ? 2 : 0)?.id;
    const p = places.find((r) => r.mentionId === id);
    expect(p?.geo).toMatchObject({ gazetteerId, precision, country: 'SY' });
  });

  it('takes "the city" of "eastern parts of the city" for Aleppo, named just before', () => {
    const start = text.indexOf('the city that rebel');
    const p = places.find((r) => r.evidence.span.start === start);
    expect(p?.evidence.span.end).toBe(start + 'the city'.length);
    expect(p?.geo.gazetteerId).toBe('geonames:170063');
    expect(entities.find((e) => e.id === (p && antecedentOf(p)))?.key).toBe('aleppo');
  });
});
