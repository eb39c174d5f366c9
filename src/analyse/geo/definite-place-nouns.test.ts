import { describe, expect, it } from 'vitest';
import { definitePlaceNouns } from './definite-place-nouns.js';
import { markedMentions } from './test-resolve.js';

const found = (s: string) => {
  const { text, mentions } = markedMentions(s);
  return definitePlaceNouns(text, mentions).map((n) => [
    text.slice(n.span.start, n.span.end),
    n.span.start,
    n.kind,
  ]);
};

describe('definitePlaceNouns', () => {
  it.each([
    ['Troops held the city.', [['the city', 12, 'town']]],
    ['The town was quiet overnight.', [['The town', 0, 'town']]],
    ['They shelled eastern parts of the city that rebels seized.', [['the city', 30, 'town']]],
    ['Jets flew east of the city, witnesses said.', [['the city', 18, 'town']]],
    ["Most of the country's wheat is grown there.", [['the country', 8, 'country']]],
    ['Protests spread to the capital on Friday.', [['the capital', 19, 'capital']]],
    ['Fighting raged across the province and beyond.', [['the province', 22, 'region']]],
    ['Aid reached the region — slowly.', [['the region', 12, 'region']]],
    ['Police in the capital arrested dozens.', [['the capital', 10, 'capital']]],
    // a short word in -ed is no verb ("the town bed")
    ['He slept in the town bed.', []],
    // a noun qualifying the next one is no place
    ['The city council voted.', []],
    ['He tracks the capital markets closely.', []],
    ['She sings the country music of her youth.', []],
    // the name follows: that is the mention
    ['Troops entered the city of [Marlow].', []],
    ['Crowds filled the capital, [Vilnius], at noon.', []],
    // not definite, not a place noun, a name, money
    ['Troops entered a city nearby.', []],
    ['Troops entered the cathedral.', []],
    ['The firm raised the capital in May.', []],
    ['Crowds gathered in the City.', []],
    ['He visited the city-state twice.', []],
    // inside a name the entities stage found
    ['[The City of London] said so.', []],
  ])('%s', (text, expected) => expect(found(text)).toEqual(expected));
});
