import { describe, expect, it } from 'vitest';
import { fixtureEntities } from '../attribution/test-layers.js';
import { runFigures } from './run-figures.js';

/** Every share of `text` as [span, value, the text of its place or null]; `places` are place names in it. */
const sharePlaces = (text: string, places: readonly (string | { text: string; nth: number })[]) => {
  const entities = fixtureEntities(
    text,
    places.map((p) =>
      typeof p === 'string' ? { text: p, type: 'place' as const } : { ...p, type: 'place' as const },
    ),
  );
  return runFigures(text, '2016-12-03', entities)
    .figures.filter((f) => f.unit === 'share')
    .map((f) => {
      const place = entities.find((e) => e.id === f.placeId);
      return [
        text.slice(f.span.start, f.span.end),
        f.value,
        place ? text.slice(place.span.start, place.span.end) : null,
      ];
    });
};

describe('figuresStage: a share of ground is placed in its whole, not in a town named after it', () => {
  it.each([
    [
      'a country noun takes the country the report names',
      'Fighting spread across Chad. Rebels seized the eastern half of the nation, taking the towns of Abeche and Biltine.',
      ['Chad', 'Abeche', 'Biltine'],
      [['half of the nation', 0.5, 'Chad']],
    ],
    [
      'the country named most, not the one named nearest',
      'Syria said the Syria talks failed. A Russia envoy left. Rebels hold a third of the country, including Homs.',
      ['Syria', { text: 'Syria', nth: 2 }, 'Russia', 'Homs'],
      [['a third of the country', 0.3333, 'Syria']],
    ],
    [
      'a country noun after a regional adjective',
      'Rebels in Mali now control a third of the West African country, including the towns of Gao and Kidal.',
      ['Mali', 'West African', 'Gao', 'Kidal'],
      [['a third of the West African country', 0.3333, 'Mali']],
    ],
    [
      'a place named in the whole',
      'Government troops hold 40 percent of Syria’s territory after taking Palmyra.',
      ['Syria', 'Palmyra'],
      [['40 percent of Syria’s territory', 0.4, 'Syria']],
    ],
    [
      'negative: no known country leaves the place unresolved',
      'Rebels seized half of the nation, taking Gao and Kidal.',
      ['Gao', 'Kidal'],
      [['half of the nation', 0.5, null]],
    ],
    [
      'negative: a town after a city share is not its place',
      'In Aleppo, the army took 70% of the city, pushing on to Bab.',
      ['Aleppo', 'Bab'],
      [['70% of the city', 0.7, 'Aleppo']],
    ],
  ])('%s', (_, text, places, want) => {
    expect(sharePlaces(text, places)).toEqual(want);
  });
});
