import { describe, expect, it } from 'vitest';
import { resolveMarked } from './test-resolve.js';

/** The gazetteer id (or `~precision` for a borrowed point) and rule of each [bracketed] name of a text. */
const resolve = (marked: string) => resolveMarked(marked).map((m) => [m.name, m.placed, m.rule]);

describe('resolvePlaces: landmarks and institutions', () => {
  it.each([
    // A well-known landmark stands in its town (Windsor, Berkshire, not Windsor, Ontario); a chapel "at" it too.
    [
      'The wedding is at [St George’s Chapel] at [Windsor Castle].',
      [
        ['St George’s Chapel', '~city', 'context:beside-place'],
        ['Windsor Castle', 'geonames:2633842', 'gazetteer:unique'],
      ],
    ],
    [
      'The wedding is at [St George’s Chapel] at [Windsor].',
      [
        ['St George’s Chapel', '~city', 'context:beside-place'],
        ['Windsor', 'geonames:6182962', 'gazetteer:context'],
      ],
    ],
    // A university named after its founder, in its town (Ithaca) whatever the story is about.
    [
      'He teaches at [Cornell University]. In [China], hopes rose.',
      [
        ['Cornell University', 'geonames:5122432', 'gazetteer:unique'],
        ['China', 'iso:CN', 'gazetteer:context'],
      ],
    ],
    [
      'Kelly ran the campaign from [Trump Tower] while in [Washington].',
      [
        ['Trump Tower', 'geonames:5128581', 'gazetteer:unique'],
        ['Washington', 'geonames:4140963', 'gazetteer:context'],
      ],
    ],
    // A name that holds a place stays placed by it.
    [
      'Forecasters at [Colorado State University] said so.',
      [['Colorado State University', 'admin1:US.CO', 'gazetteer:embedded']],
    ],
  ])('%s', (marked, expected) => expect(resolve(marked)).toEqual(expected));
});

describe('resolvePlaces: an airport serves the town it is named after', () => {
  it.each([
    [
      'Officials in [Hanoi] want the [Da Nang International Airport] cleaned.',
      [
        ['Hanoi', 'geonames:1581130', 'gazetteer:context'],
        ['Da Nang International Airport', 'geonames:1583992', 'gazetteer:embedded'],
      ],
    ],
    // A hyphen joins the town to the rest of the name.
    [
      'Delays hit [Montreal-Pierre Elliott Trudeau International Airport] and [Toronto].',
      [
        ['Montreal-Pierre Elliott Trudeau International Airport', 'geonames:6077243', 'gazetteer:embedded'],
        ['Toronto', 'geonames:6167865', 'gazetteer:context'],
      ],
    ],
    // Other buildings named after a town stand in the document's town.
    [
      'Officials in [Hanoi] want the [Da Nang Academy] cleaned.',
      [
        ['Hanoi', 'geonames:1581130', 'gazetteer:context'],
        ['Da Nang Academy', '~city', 'context:in-town-before'],
      ],
    ],
    [
      'Boys train at the [Liverpool Academy]. [Cairo] is hot.',
      [
        ['Liverpool Academy', '~city', 'context:in-main-town'],
        ['Cairo', 'geonames:360630', 'gazetteer:context'],
      ],
    ],
  ])('%s', (marked, expected) => expect(resolve(marked)).toEqual(expected));
});
