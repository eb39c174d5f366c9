import { describe, expect, it } from 'vitest';
import type { Span } from '../../model/span.js';
import type { AttributionDraft } from './attribution-draft.js';
import { canSpeak } from './can-speak.js';
import { keepTagged } from './keep-tagged.js';
import { isActCue, isLexiconCue } from './match-cues.js';
import { at } from './test-layers.js';

const draft = (rule: string, source: Span | null, cue: Span, content: Span): AttributionDraft => ({
  sentence: 0,
  source,
  head: source,
  cue,
  content,
  stance: 'asserts',
  direct: false,
  hedgedCue: false,
  inheritsSource: false,
  rule,
  confidence: 0.7,
});

describe('keepTagged', () => {
  const text = 'Troops seized the district and officials noted the toll, the monitor said.';
  const outer = draft(
    'source-final',
    at(text, 'the monitor'),
    at(text, 'said'),
    at(text, 'Troops seized the district and officials noted the toll'),
  );
  it.each([
    [
      'negative: an event verb read as a cue inside a claim',
      'tagger',
      'Troops',
      'seized',
      'the district',
      false,
    ],
    ['a lexicon cue inside a claim (nested report)', 'tagger', 'officials', 'noted', 'the toll', true],
    ['a rule reading is not the tagger’s to drop', 'source-cue', 'Troops', 'seized', 'the district', true],
  ])('%s', (_, rule, source, cue, content, want) => {
    const d = draft(rule, at(text, source), at(text, cue), at(text, content));
    expect(keepTagged(text, d, [outer, d])).toBe(want);
  });

  it('negative: a non-lexicon cue with no source; a lexicon cue with none is kept', () => {
    const d = draft('tagger', null, at(text, 'noted'), at(text, 'the toll'));
    expect(keepTagged(text, { ...d, cue: at(text, 'seized') }, [d])).toBe(false);
    expect(keepTagged(text, d, [d])).toBe(true);
  });

  it.each([
    [
      'negative: "(say, …)"',
      'Some people (say, the ones who inspired Newton) matter more.',
      'Some people',
      'say',
      false,
    ],
    [
      'negative: ", say, …"',
      'A small town, say, a village of 500, would empty.',
      'A small town',
      'say',
      false,
    ],
    ['a plain "say"', 'Officials say the road is open.', 'Officials', 'say', true],
    ['"say" before a comma, not set off', 'As officials say, the road is open.', 'officials', 'say', true],
  ])('%s', (_, example, source, cue, want) => {
    const end = example.indexOf(cue) + cue.length + 2;
    const d = draft('tagger', at(example, source), at(example, cue), { start: end, end: example.length - 1 });
    expect(keepTagged(example, d, [d])).toBe(want);
  });

  it.each([
    [
      'an infinitive of purpose after a movement',
      'Police charge in to stop the shooting.',
      'charge in',
      'to stop the shooting',
      false,
    ],
    [
      'a movement and its purpose',
      'Police moved in to secure the square.',
      'moved in',
      'to secure the square',
      false,
    ],
    [
      'negative: an infinitive after a cue of will',
      'Police plan to stop the shooting.',
      'plan',
      'to stop the shooting',
      true,
    ],
    [
      'negative: a clause after a stray cue',
      'Police charge in that the gunman fled.',
      'charge in',
      'the gunman fled',
      true,
    ],
  ])('%s', (_, example, cue, content, want) => {
    const d = draft('tagger', at(example, 'Police'), at(example, cue), at(example, content));
    expect(keepTagged(example, d, [d])).toBe(want);
  });

  it('keeps a stray cue that no other claim contains', () => {
    const d = draft('tagger', at(text, 'Troops'), at(text, 'seized'), at(text, 'the district'));
    expect(keepTagged(text, d, [d])).toBe(true);
  });
});

describe('isLexiconCue', () => {
  it.each([
    ['said', true],
    ['Said', true],
    ['according to', true],
    ['told', true],
    ['slammed', true],
    ['seized', false],
    ['advanced', false],
    ['', false],
  ])('%s → %s', (cue, want) => {
    expect(isLexiconCue(cue)).toBe(want);
  });
});

describe('isActCue', () => {
  it.each([
    ['claimed responsibility', 'claimed', ' responsibility for the attack', true],
    ['claims credit', 'claims', ' credit for the blast', true],
    ['claimed the lives', 'claimed', ' the lives of 20 people', true],
    ['negative: a claim of content', 'claimed', ' the town had fallen', false],
    ['negative: another verb before the same object', 'took', ' responsibility', false],
  ])('%s', (_, cue, after, want) => {
    expect(isActCue(cue, after)).toBe(want);
  });

  it('negative: the tagger’s reading of "claimed responsibility" is not kept, a rule reading is', () => {
    const t = 'Hamas claimed responsibility for the attack.';
    const d = draft('tagger', at(t, 'Hamas'), at(t, 'claimed'), at(t, 'responsibility for the attack'));
    expect(keepTagged(t, d, [d])).toBe(false);
    expect(keepTagged(t, { ...d, rule: 'source-cue' }, [d])).toBe(true);
  });
});

describe('canSpeak', () => {
  it.each([
    ['a group', 'the rebels', true],
    ['a name', 'SOHR', true],
    ['people counted vaguely', 'Thousands of residents', true],
    ['people named by an event noun', 'Small groups of protesters', true],
    ['negative: a bare vague quantity', 'thousands', false],
    ['negative: an event noun', 'the bombing', false],
  ])('%s', (_, source, want) => {
    expect(canSpeak(source)).toBe(want);
  });

  it('negative: a rule reading whose source cannot speak is not kept', () => {
    const t = 'Thousands have sought refuge in the east.';
    const d = draft('source-cue', at(t, 'Thousands'), at(t, 'sought'), at(t, 'refuge in the east'));
    expect(keepTagged(t, d, [d])).toBe(false);
  });
});
