import { describe, expect, it } from 'vitest';
import { mentionInfos } from './mention-info.js';

/** The infos of the [bracketed] names of a text. */
const infos = (marked: string) => {
  const spans: { start: number; end: number }[] = [];
  let text = '';
  for (const part of marked.split(/(\[[^\]]+\])/)) {
    if (!part.startsWith('[')) {
      text += part;
      continue;
    }
    spans.push({ start: text.length, end: text.length + part.length - 2 });
    text += part.slice(1, -1);
  }
  return mentionInfos(text, spans);
};

describe('mentionInfos', () => {
  it.each([
    ['Crowds walked down [Bourbon] and Dauphine streets.', 'street', true],
    ['Shops on [Royal] street.', 'street', true],
    ['Fighting in the [Hanano] district.', 'district', false],
    ['The [Aleppo] road was cut.', null, false],
    ['Rain in [Bourbon] and [Dauphine] counties.', null, false],
    // Plural county words; two streets at an intersection; two names sharing a building's head word.
    ['Rates rose in Dakota, Otoe and [Washington] counties.', 'county', false],
    ['The [Chartres]/Franklin intersection.', 'street', true],
    ['Bands play in [St Patrick’s] and St Seachnails Church.', 'street', true],
    ['Talks with [Bosnia] and Herzegovina resumed.', null, false],
    ['Fighting in [Aleppo] and Hanano district.', null, false],
    // The first word of a street's name taken alone for a place; not a longer word, nor another kind's word.
    ['Police closed [Pennsylvania] Avenue.', 'street', true],
    ['Stocks fell on [Wall] Street.', 'street', true],
    ['Riders of the [Portland] Streetcar.', null, false],
    ['Upstate [New York] State Police.', null, false],
  ])('%s → cue %s, in town %s', (text, cue, inTown) => {
    const [m] = infos(text);
    expect([m!.cue, m!.inTown]).toEqual([cue, inTown]);
  });

  it('takes "X of Y" buildings for sites in a town, not places named "of"', () => {
    expect(infos('At the [Embassy of Japan] and the [Bank of Japan].').map((m) => m.inTown)).toEqual([
      true,
      false,
    ]);
  });

  it('states a region after a name, unless the name or the region is an item of a list', () => {
    expect(
      infos('In [Camp Murray], Wash. Buses to [Siaya], Kisii, Wajir. Buses to Siaya, [Kisii], Wajir.').map(
        (m) => m.statedRegions.length > 0,
      ),
    ).toEqual([true, false, false]);
    expect(infos('Born in [Grantville], Pennsylvania, in 1913.')[0]!.statedRegions).toEqual(['admin1:US.PA']);
  });

  it('gives one index to one name in any case or possessive, and a team cue to all its mentions', () => {
    const got = infos('[Portland] won against [PORTLAND]; [Portland’s] fans and [Dallas] cheered.');
    expect(got.map((m) => [m.nameIndex, m.team])).toEqual([
      [0, true],
      [0, true],
      [0, true],
      [1, false],
    ]);
  });

  it('gives a team to the homes of the teams of a league the text names, unless a region is stated after one', () => {
    const got = infos(
      'In the NBA, [Cleveland] lost to [Portland]; fans in [Portland], Maine, and [Paris] cheered.',
    );
    expect(got.map((m) => m.team)).toEqual([true, false, false, false]);
    expect(infos('Fans in [Cleveland] cheered the Minnesota Twins.').map((m) => m.team)).toEqual([true]);
    expect(infos('Fans in [Cleveland] cheered the twins.').map((m) => m.team)).toEqual([false]);
  });

  it('takes a dateline for a town’s name, but not a name elsewhere in the text', () => {
    expect(infos('[BOSTON] (Reuters) - Officials in [Boston] met.').map((m) => m.cue)).toEqual([
      'settlement',
      null,
    ]);
  });

  it('links a short name to its longer form with a county word, not to other longer names', () => {
    const got = infos('In [Suffolk County], the [Suffolk] Times; in [Kansas City], [Kansas] voters.');
    expect(got.map((m) => m.longForms)).toEqual([[], [0], [], []]);
  });
});
