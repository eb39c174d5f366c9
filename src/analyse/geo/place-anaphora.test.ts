import { describe, expect, it } from 'vitest';
import { documentId } from '../../model/ids.js';
import { segmentStage } from '../segment/segment-stage.js';
import { antecedentOf, placeAnaphora } from './place-anaphora.js';
import { GEO_PRODUCER, resolvePlaces } from './resolve-places.js';
import { markedMentions } from './test-resolve.js';

/** The definite place nouns of a text with [bracketed] place names: phrase, start, place, antecedent, rule. */
const anaphora = (marked: string) => {
  const { text, mentions } = markedMentions(marked);
  const names = new Map(mentions.map((m) => [m.id as string, m.name]));
  const d = documentId('d');
  const { sentences } = segmentStage.run(
    {},
    { documentId: d, text, referenceDate: null, referenceWindow: null },
  );
  return placeAnaphora(text, mentions, resolvePlaces(text, mentions, d), sentences, d, GEO_PRODUCER).map(
    (p) => {
      const { span, rule } = p.evidence;
      const [kind, antecedent] = rule.split(':antecedent=');
      return [text.slice(span.start, span.end), span.start, p.geo.gazetteerId, names.get(antecedent!), kind];
    },
  );
};

describe('placeAnaphora', () => {
  it.each([
    [
      'Shelling hit [Aleppo] on Monday. The army holds eastern parts of the city, a monitor said.',
      [['the city', 63, 'geonames:170063', 'Aleppo', 'anaphor:the-city']],
    ],
    [
      'Rebels advanced on [Homs]. They took the town on Sunday.',
      [['the town', 35, 'geonames:169577', 'Homs', 'anaphor:the-town']],
    ],
    [
      'Protesters marched in [Damascus]. Police in the capital arrested dozens.',
      [['the capital', 42, 'geonames:170654', 'Damascus', 'anaphor:the-capital']],
    ],
    // a country's capital
    [
      'Floods hit [Kenya] last week. Roads into the capital were cut.',
      [['the capital', 39, 'geonames:184745', 'Kenya', 'anaphor:the-capital']],
    ],
    // a country and its own capital are one place
    [
      'Floods hit [Kenya]. Rain fell on [Nairobi]. Roads into the capital were cut.',
      [['the capital', 51, 'geonames:184745', 'Nairobi', 'anaphor:the-capital']],
    ],
    [
      'Inflation rose in [Peru]. The country’s central bank met.',
      [['The country', 24, 'iso:PE', 'Peru', 'anaphor:the-country']],
    ],
    // three sentences between: still in reach
    [
      'Shelling hit [Aleppo]. Talks stalled. Aid waited. Prices rose. The city was calm.',
      [['The city', 61, 'geonames:170063', 'Aleppo', 'anaphor:the-city']],
    ],
    // the town named only by another town's resident ("the city" is no village)
    ['Rebels advanced on [Homs]. The city council met.', []],
    ['The city was calm.', []],
    ['A resident of [Becket] said the city should act.', []],
    // two places of the kind in reach: no guess
    ['Troops left [Homs] for [Hama]. Both sides said the city was calm.', []],
    ['Floods hit [Kenya] and [Kampala]. Roads into the capital were cut.', []],
    // four sentences between: out of reach
    ['Shelling hit [Aleppo]. Talks stalled. Aid waited. Prices rose. Nobody came. The city was calm.', []],
    // a town that is no capital, a town for "the country", a noun before its name
    ['Shelling hit [Aleppo]. Officials in the capital said so.', []],
    ['Shelling hit [Aleppo]. Officials across the country said so.', []],
    ['Shelling hit [Aleppo]. Troops entered the city of [Homs].', []],
  ])('%s', (text, expected) => expect(anaphora(text)).toEqual(expected));

  it('gives the antecedent of a definite place noun, and none for a name', () => {
    const { text, mentions } = markedMentions('Shelling hit [Aleppo]. The city was calm.');
    const d = documentId('d');
    const { sentences } = segmentStage.run(
      {},
      { documentId: d, text, referenceDate: null, referenceWindow: null },
    );
    const places = resolvePlaces(text, mentions, d);
    const anaphora = placeAnaphora(text, mentions, places, sentences, d, GEO_PRODUCER);
    expect([...places, ...anaphora].map(antecedentOf)).toEqual([null, mentions[0]!.id]);
  });
});
