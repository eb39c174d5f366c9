import { describe, expect, it } from 'vitest';
import { documentCandidates } from './document-candidates.js';
import { mentionInfos } from './mention-info.js';
import { hasPlaceCue } from './place-evidence.js';

/** The [bracketed] names of a text with whether the document says each is a place's, and is a wide feature. */
const evidence = (marked: string) => {
  const spans: { start: number; end: number }[] = [];
  const names: string[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (!part.startsWith('[')) {
      text += part;
      continue;
    }
    names.push(part.slice(1, -1));
    spans.push({ start: text.length, end: text.length + part.length - 2 });
    text += part.slice(1, -1);
  }
  const dc = documentCandidates(text, spans);
  return names.map((n, i) => [n, dc.evidenced[i], dc.wide[i]]);
};

describe('placeEvidence', () => {
  it.each([
    // A locative preposition, after "the" and direction words.
    ['Shops shut in [Sylmar] today.', [['Sylmar', true, false]]],
    ['Fighting outside northern [Qarmala] went on.', [['Qarmala', true, false]]],
    ['Trucks moved through the [Qarmala] and beyond.', [['Qarmala', true, false]]],
    ['Shells fell on [Kfraya] overnight.', [['Kfraya', true, false]]],
    // Place words before or after the name, its head word, an apposition, a place noun after it.
    ['Gunmen raided the village of [Nagrig] at dawn.', [['Nagrig', true, false]]],
    ['A fire broke out east of [Whitlock] on Sunday.', [['Whitlock', true, false]]],
    ['Police sealed the [Hardeetown] area.', [['Hardeetown', true, false]]],
    ['Floods closed [Osney Island] again.', [['Osney Island', true, false]]],
    ['[Tamarasheni], a Georgian town, was shelled.', [['Tamarasheni', true, false]]],
    ['A [Meadow Grove] man was charged.', [['Meadow Grove', true, false]]],
    ['They met at the [Pioneer] cinema.', [['Pioneer', true, false]]],
    // Items of a list with a known place; a long form with its acronym.
    [
      'Crews came from [Cambridge], [Pleasant Hollow] and [Lore Bend].',
      [
        ['Cambridge', true, false],
        ['Pleasant Hollow', true, false],
        ['Lore Bend', true, false],
      ],
    ],
    [
      'Aid for the [Federally Administered Tribal Areas] ([FATA]) grew; [FATA] voted.',
      [
        ['Federally Administered Tribal Areas', true, false],
        ['FATA', true, false],
        ['FATA', true, false],
      ],
    ],
    // One mention vouches for all mentions of its name.
    [
      '[Godapitiya] mourned. The mosque at [Godapitiya] reopened.',
      [
        ['Godapitiya', true, false],
        ['Godapitiya', true, false],
      ],
    ],
    // No evidence: an organisation, a law, a medium, a modifier of a longer phrase, an acronym.
    ['It is linked to a branch of [al-Qaeda].', [['al-Qaeda', false, false]]],
    ['They want to impose [Sharia].', [['Sharia', false, false]]],
    ['Follow us on [Facebook] for news.', [['Facebook', false, false]]],
    ['Slovenia acted in the [Skripal] affair.', [['Skripal', false, false]]],
    ['It was named in [USTR]’s report.', [['USTR', false, false]]],
    ['She studied at [UF] for years.', [['UF', false, false]]],
    // After a list's "and" item a comma ends the list.
    [
      'Shows in [Asia], the [Middle East] and [Africa], [Gisec] grew.',
      [
        ['Asia', true, false],
        ['Middle East', true, false],
        ['Africa', true, false],
        ['Gisec', false, false],
      ],
    ],
    // Natural features: wide ones by their head word, the word after them, "Gulf of …" (a head word is also
    // evidence of a place).
    [
      'Boats sailed along [Africa]’s [Atlantic Coast].',
      [
        ['Africa', false, false],
        ['Atlantic Coast', true, true],
      ],
    ],
    ['It lies at the edge of the [Qarmala] desert.', [['Qarmala', false, true]]],
    ['Pirates roam the [Gulf of Zenj].', [['Gulf of Zenj', true, true]]],
    ['Farms line the [Zarqa River].', [['Zarqa River', true, false]]],
  ])('%s', (text, expected) => expect(evidence(text)).toEqual(expected));
});

describe('hasPlaceCue', () => {
  it.each([
    // a place word before or after the name, a region after it
    ['Gunmen raided the village of Humor at dawn.', 29, 34, true],
    ['The Humor area was flooded.', 4, 9, true],
    ['Troops reached Humor, Texas, by noon.', 15, 20, true],
    // negatives: a bare preposition, nothing at all
    ['Posted in Humor, Politics', 10, 15, false],
    ['Heart said the data was clear.', 0, 5, false],
  ])('%s [%i, %i) → %s', (text, start, end, cued) => {
    const span = { start, end };
    expect(hasPlaceCue(text, span, mentionInfos(text, [span])[0]!)).toBe(cued);
  });
});
