import { describe, expect, it } from 'vitest';
import type { ClaimCueClass } from '../../lang/en/claim-cues.js';
import { type AttributionSpec, attributionIn, taggedTokens } from './claim-test-support.js';
import { readClaimCue } from './read-claim-cue.js';

/** The verbs of the sentences below, as a tagger would read them. */
const VERBS = [
  'could',
  'be',
  'entering',
  'would',
  'hold',
  'was',
  'closed',
  'resume',
  'fall',
  'had',
  'failed',
];

describe('readClaimCue', () => {
  it.each<[string, string, AttributionSpec, ClaimCueClass | 'quotation' | null]>([
    [
      'a reporting verb',
      'The ministry said the road was closed.',
      { source: 'The ministry', cue: 'said', content: 'the road was closed' },
      'say',
    ],
    [
      'a quotation mark opens a quotation going on',
      'He spoke. "We will not leave this town," the mayor added.',
      { source: null, cue: '"', content: 'We will not leave this town', direct: true },
      'quotation',
    ],
    [
      'a colon before a quotation',
      'One aide was less blunt: "He misled us."',
      { source: 'One aide', cue: 'was less blunt:', content: 'He misled us.', direct: true },
      'quotation',
    ],
    [
      'a refusal read with what is refused',
      'The ministry declined to comment on the report.',
      { source: 'The ministry', cue: 'declined', content: 'to comment on the report', stance: 'declines' },
      'say',
    ],
    [
      'a passive that keeps the speaker',
      'The envoy was quoted as saying talks would resume.',
      { source: 'The envoy', cue: 'was quoted', content: 'talks would resume' },
      'say',
    ],
    [
      'a fear with a clause',
      'Officials worried there could be more attacks.',
      { source: 'Officials', cue: 'worried', content: 'there could be more attacks' },
      'concern',
    ],
    [
      'footage showing an act',
      'Footage showed troops entering the town.',
      { source: 'Footage', cue: 'showed', content: 'troops entering the town' },
      'evidence',
    ],
    [
      'a doubt with a clause',
      'Diplomats questioned whether the truce would hold.',
      { source: 'Diplomats', cue: 'questioned', content: 'whether the truce would hold' },
      'doubt',
    ],
    [
      'a written claim with a clause',
      'The envoy wrote that the talks had failed.',
      { source: 'The envoy', cue: 'wrote', content: 'that the talks had failed' },
      'say',
    ],
    [
      'a quotation written',
      'The envoy wrote: "A long winter."',
      { source: 'The envoy', cue: 'wrote', content: 'A long winter.', direct: true },
      'say',
    ],
    [
      'negative: a letter written',
      'The envoy wrote a long letter to the minister.',
      { source: 'The envoy', cue: 'wrote', content: 'a long letter to the minister' },
      null,
    ],
    [
      'negative: a report cited',
      'The agency acted, citing a survey of farmers.',
      { source: 'The agency', cue: 'citing', content: 'a survey of farmers' },
      null,
    ],
    [
      'negative: a question answered',
      'The firm responded to our inquiry with a statement.',
      { source: 'The firm', cue: 'responded', content: 'to our inquiry with a statement' },
      null,
    ],
    [
      'a refusal to mention a noun phrase stays a refusal',
      'The minister did not mention the strikes.',
      { source: 'The minister', cue: 'did not mention', content: 'the strikes', stance: 'declines' },
      'say',
    ],
    [
      'a said noun phrase still claims (say needs no clause)',
      'The mayor said a long winter.',
      { source: 'The mayor', cue: 'said', content: 'a long winter' },
      'say',
    ],
    [
      'negative: a wish',
      'The rebels want to found a state of their own.',
      { source: 'The rebels', cue: 'want', content: 'to found a state of their own' },
      null,
    ],
    [
      'negative: a decision',
      'The cabinet decided to march on the capital.',
      { source: 'The cabinet', cue: 'decided', content: 'to march on the capital' },
      null,
    ],
    [
      'negative: a refusal that is no statement',
      'The ministry declined to go into detail.',
      { source: 'The ministry', cue: 'declined', content: 'to go into detail' },
      null,
    ],
    [
      'negative: naming oneself',
      'A colonel identified himself as the new governor.',
      { source: 'A colonel', cue: 'identified', content: 'himself as the new governor' },
      null,
    ],
    [
      'negative: calling oneself',
      'Officers calling themselves the Salvation Council seized power.',
      { source: 'Officers', cue: 'calling', content: 'themselves the Salvation Council' },
      null,
    ],
    [
      'negative: the source is the one told',
      'Drivers were told the road was closed.',
      { source: 'Drivers', cue: 'were told', content: 'the road was closed' },
      null,
    ],
    [
      'negative: the source is what is estimated',
      'The group is estimated to have a large arsenal.',
      { source: 'The group', cue: 'is estimated', content: 'to have a large arsenal' },
      null,
    ],
    [
      'negative: a worry about a bare object',
      'Leaders are worrying about similar threats.',
      { source: 'Leaders', cue: 'worrying about', content: 'similar threats' },
      null,
    ],
    [
      'negative: a picture of someone',
      'The photo shows a border guard.',
      { source: 'The photo', cue: 'shows', content: 'a border guard' },
      null,
    ],
    [
      'negative: questioning a person',
      'Police continue to question the mayor.',
      { source: 'Police', cue: 'continue to question', content: 'the mayor' },
      null,
    ],
  ])('%s', (_, text, spec, expected) => {
    const got = readClaimCue(text, taggedTokens(text, VERBS), attributionIn(text, spec));
    expect(got === null || got === 'quotation' ? got : got.entry.class).toBe(expected);
  });

  it('judges no clause without tagged tokens (a fear then counts)', () => {
    const text = 'Leaders are worrying about similar threats.';
    const a = attributionIn(text, { source: 'Leaders', cue: 'worrying about', content: 'similar threats' });
    expect(readClaimCue(text, [], a)).toMatchObject({ entry: { class: 'concern' } });
  });
});
