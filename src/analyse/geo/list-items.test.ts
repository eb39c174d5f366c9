import { describe, expect, it } from 'vitest';
import { listItems } from './list-items.js';

/** The groups of [bracketed] names of a text, by name. */
const groups = (marked: string) => {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (part.startsWith('[')) spans.push({ start: text.length, end: text.length + part.length - 2 });
    text += part.startsWith('[') ? part.slice(1, -1) : part;
  }
  return listItems(text, spans).map((g) => g.map((i) => text.slice(spans[i]!.start, spans[i]!.end)));
};

describe('listItems', () => {
  it.each([
    ['[Nuli] and [Avnevi] burned.', [['Nuli', 'Avnevi']]],
    ['From [Gao], [Kidal] and [Timbuktu].', [['Gao', 'Kidal', 'Timbuktu']]],
    ['From [Gao], [Kidal], and [Timbuktu].', [['Gao', 'Kidal', 'Timbuktu']]],
    ['The [Chartres]/[Franklin] corner.', [['Chartres', 'Franklin']]],
    ['Towns: [Harwinton], [Bantam], [Litchfield].', [['Harwinton', 'Bantam', 'Litchfield']]],
    ['[Aid Zone] ([AZ]) grew.', [['Aid Zone', 'AZ']]],
    // After the "and" item a comma ends the list; two names joined by a comma alone are no list.
    ['In [Asia] and [Africa], [Gisec] grew.', [['Asia', 'Africa']]],
    ['In [Bamako], [Mali], it rained.', []],
    // Not a list: far apart, other words between, brackets that spell no initials.
    ['[Gao] was taken, then its people fled to [Mopti].', []],
    ['North and [West Africa] ([Garrondo]).', []],
  ])('%s', (text, expected) => expect(groups(text)).toEqual(expected));
});
