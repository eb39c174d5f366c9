import type { FigureMention } from '../../model/figure-mention.js';
import { mentionId } from '../../model/ids.js';
import type { TimeMention } from '../../model/time-mention.js';
import { at, FIXTURE_DOC, fixtureEvidence } from '../attribution/test-layers.js';

/** Test-only: hand-made time and figure mentions on exact strings of the text. */
export const time = (text: string, needle: string): TimeMention => ({
  id: mentionId(FIXTURE_DOC, 't', 1),
  span: at(text, needle),
  type: 'DATE',
  value: 'XXXX-XX-XX',
  range: null,
  relation: 'at',
  evidence: fixtureEvidence(at(text, needle)),
});

export const figure = (text: string, needle: string): FigureMention => ({
  id: mentionId(FIXTURE_DOC, 'f', 1),
  span: at(text, needle),
  value: null,
  low: null,
  high: null,
  unit: 'people',
  approximate: false,
  approximator: null,
  what: null,
  measure: 'killed',
  partOf: null,
  restates: null,
  timeId: null,
  placeId: null,
  evidence: fixtureEvidence(at(text, needle)),
});
