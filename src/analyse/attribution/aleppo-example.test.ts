import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Attribution } from '../../model/attribution.js';
import { spanText } from '../../model/span.js';
import { eventsStage } from '../events/events-stage.js';
import { attributionStage } from './attribution-stage.js';
import { at, type FixtureEntity, fixtureContext, fixtureLayers } from './test-layers.js';

/** The report text of a bundled example, without its `Key: value` header block. */
const example = (name: string): string => {
  const raw = readFileSync(resolve(import.meta.dirname, '../../../examples/aleppo-2016', name), 'utf8');
  return raw.slice(raw.indexOf('\n\n') + 2);
};

const analyse = (text: string, wanted: readonly FixtureEntity[]) => {
  const layers = fixtureLayers(text, wanted);
  const ctx = fixtureContext(text);
  const { attributions } = attributionStage.run(layers, ctx);
  const { events } = eventsStage.run({ ...layers, places: [], times: [], figures: [], attributions }, ctx);
  const entity = (needle: string, nth = 1) => {
    const s = at(text, needle, nth);
    return layers.entities.find((e) => e.span.start === s.start && e.span.end === s.end)!.id;
  };
  const holding = (needle: string): Attribution => {
    const s = at(text, needle);
    const found = attributions.filter((a) => a.content.start <= s.start && s.end <= a.content.end);
    return found.sort((a, b) => a.content.end - a.content.start - (b.content.end - b.content.start))[0]!;
  };
  const show = (a: Attribution) => ({
    source: a.source && spanText(text, a.source),
    cue: spanText(text, a.cue),
    stance: a.stance,
    direct: a.direct,
    mention: a.sourceMentionId,
  });
  return { attributions, events, entity, holding, show };
};

describe('aleppo-2016 002 (wire report)', () => {
  const text = example('002_59e12d0458cf2d4a.txt');
  const org = (t: string, nth?: number): FixtureEntity => ({
    text: t,
    type: 'organization',
    ...(nth ? { nth } : {}),
  });
  const person = (t: string): FixtureEntity => ({ text: t, type: 'person' });
  const { events, entity, holding, show } = analyse(text, [
    org('Syrian Observatory for Human Rights'),
    org('the monitor'),
    org('Observatory', 2),
    org('Observatory', 3),
    person('Brigadier General Samir Salman'),
    org('EU', 2),
    person('Federica Mogherini'),
    person('Staffan de Mistura'),
    person('the envoy'),
  ]);

  it.each([
    [
      'seized the district of Tariq al-Bab',
      'the Syrian Observatory for Human Rights',
      'said',
      false,
      ['Syrian Observatory for Human Rights'],
    ],
    ['recaptured around 60 percent', 'the monitor', 'said', false, ['the monitor']],
    ['At least 69 civilians', 'it', 'says', false, ['Observatory', 2]],
    ['In preparation for street-by-street fighting', 'it', 'said', false, ['Observatory', 3]],
    [
      'The army is advancing bit by bit',
      'Brigadier General Samir Salman',
      'said',
      true,
      ['Brigadier General Samir Salman'],
    ],
    ['it was determined to', 'He', 'said', false, ['Brigadier General Samir Salman']],
    ['You can win a war', 'EU foreign affairs head Federica Mogherini', 'said', true, ['Federica Mogherini']],
    ['a regime victory in Aleppo', 'he', 'hoped', false, ['Staffan de Mistura']],
    ['no major conflict', 'the envoy', 'said', true, ['the envoy']],
  ] as const)('"%s" is attributed to %s', (needle, source, cue, direct, [mention, nth]) => {
    expect(show(holding(needle))).toEqual({
      source,
      cue,
      stance: cue === 'hoped' ? 'hopes' : 'asserts',
      direct,
      mention: entity(mention, nth),
    });
  });

  it('keeps the whole envoy quote, across the sentence break inside it', () => {
    const a = holding('no major conflict');
    expect(a.content).toEqual({
      start: at(text, 'Now it').start,
      end: at(text, 'no reconstruction').end,
    });
  });

  it('tells the Tariq al-Bab seizure under the Observatory attribution', () => {
    const seizure = events.find((e) => spanText(text, e.trigger) === 'seized')!;
    expect(seizure.type).toBe('territory_change');
    expect(seizure.attributionId).toBe(holding('seized the district of Tariq al-Bab').id);
  });
});

describe('aleppo-2016 000 (IBTimes)', () => {
  const text = example('000_b26fbb70385f3848.txt');
  const { attributions, events, holding, show } = analyse(text, [
    { text: 'Syrian state TV', type: 'organization' },
    { text: 'Syrian Observatory for Human Rights', type: 'organization' },
    { text: 'Mohammad Sandeh', type: 'person' },
  ]);
  const claim = holding('district of al-Sakhour');
  const denial = attributions.find((a) => a.stance === 'denies')!;
  const confirmation = holding('seized the strategic district');

  it('reads the state TV claim, the denial and the confirmation', () => {
    expect(
      [claim, denial, confirmation].map((a) => [show(a).source, show(a).stance, spanText(text, a.content)]),
    ).toEqual([
      [
        'Syrian state TV',
        'asserts',
        'the army and its allies have seized the the eastern Aleppo district of al-Sakhour',
      ],
      ['Rebels', 'denies', 'the claims'],
      [
        'the Syrian Observatory for Human Rights',
        'confirms',
        'government forces have seized the strategic district, meaning the rebels are now left boxed in mostly in ' +
          'central and southeastern Aleppo, encircled by government territory on all sides',
      ],
    ]);
  });

  it('links the denial and the confirmation to the claim they answer', () => {
    expect([denial.refersTo, confirmation.refersTo, claim.refersTo]).toEqual([claim.id, claim.id, null]);
  });

  it('keeps the Reuters quote over two sentences, and its fear as a feared event', () => {
    const quote = holding("There's fear");
    expect(show(quote).source).toBe('Mohammad Sandeh, a member of the opposition city council of Aleppo');
    expect(quote.direct).toBe(true);
    const advance = events.find((e) => e.attributionId === quote.id && e.type === 'territory_change')!;
    expect([spanText(text, advance.trigger), advance.modality]).toEqual(['advance', 'feared']);
  });
});
