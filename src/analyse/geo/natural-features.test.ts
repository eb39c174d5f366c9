import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** Resolves the [bracketed] names of a text as place mentions (the entities stage is not involved). */
const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.placed, m.rule]);

const BAMAKO = ['Bamako', 'geonames:2460596', 'gazetteer:context'];

describe('resolvePlaces: natural features and names that are no places', () => {
  it.each([
    // A major natural feature is in the gazetteer, at region precision.
    [
      'Towns on the southern edge of the [Sahara] desert ran short; [Bamako] too.',
      [['Sahara', 'feature:sahara', 'gazetteer:unique'], BAMAKO],
    ],
    [
      'Boats crossed the [Caspian] to [Baku].',
      [
        ['Caspian', 'region:caspian-sea', 'gazetteer:context'],
        ['Baku', 'geonames:587084', 'gazetteer:unique'],
      ],
    ],
    // A wide feature the gazetteer lacks is not near the main town, nor at the middle of the continent or ocean
    // it belongs to or names.
    [
      'Fuel comes from [Senegal] on [Africa]’s [Atlantic Coast]; queues grew in [Bamako].',
      [
        ['Senegal', 'iso:SN', 'gazetteer:unique'],
        ['Africa', 'continent:africa', 'gazetteer:context'],
        ['Atlantic Coast', null, null],
        BAMAKO,
      ],
    ],
    ['Herders crossed the [Qarmala Desert] near [Bamako].', [['Qarmala Desert', null, null], BAMAKO]],
    ['Herders crossed the [Qarmala] desert near [Bamako].', [['Qarmala', null, null], BAMAKO]],
    ['Storms hit the [Pacific Coast]; [Bamako] was dry.', [['Pacific Coast', null, null], BAMAKO]],
    // A local feature the gazetteer lacks is near the main town.
    [
      'Boats sank in the [Qarmala River] near [Bamako].',
      [['Qarmala River', '~region', 'context:near-main-town'], BAMAKO],
    ],
    [
      'Gunmen raided the village of [Qarmala] near [Bamako].',
      [['Qarmala', '~region', 'context:near-main-town'], BAMAKO],
    ],
    // A name the text gives no sign of being a place's gets no point from the main town.
    ['Rebels linked to a branch of [al-Qaeda] hold [Bamako].', [['al-Qaeda', null, null], BAMAKO]],
    ['They want to impose [Sharia] in [Bamako].', [['Sharia', null, null], BAMAKO]],
    ['An independent [Tuareg] state was declared in [Bamako].', [['Tuareg', null, null], BAMAKO]],
    // Nor does a small far town of the gazetteer (Media, Pennsylvania) unless the text says it is a place.
    ['Rebels entered [Bamako]. [Media] coverage grew.', [BAMAKO, ['Media', null, null]]],
    [
      'Rebels entered [Bamako]. Shops shut in [Media] too.',
      [BAMAKO, ['Media', '~region', 'context:near-main-town']],
    ],
  ])('%s', (text, expected) => expect(resolve(text)).toEqual(expected));
});
