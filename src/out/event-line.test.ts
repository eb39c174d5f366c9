import { describe, expect, it } from 'vitest';
import type { PictureEvent } from '../model/picture.js';
import { eventLine } from './story-views.js';

const event = (status: PictureEvent['status'], modality: string, sources: number): PictureEvent => ({
  id: 'ev1',
  type: 'air_strike',
  summary: 'Air strike in Karsa',
  date: null,
  placeId: null,
  actorIds: [],
  targetIds: [],
  figureIds: [],
  evidence: [],
  status,
  modality,
  sources,
});

describe('eventLine', () => {
  it.each([
    ['reported', 'happened', 1, 'reported, 1 source'],
    ['corroborated', 'happened', 3, 'corroborated, 3 sources'],
    ['disputed', 'hypothetical', 1, 'disputed, hypothetical, 1 source'],
    // an event only named where its source declines to speak of it
    ['reported', 'happened', 0, 'reported, no source vouches for it'],
  ] as const)('%s %s %d → %s', (status, modality, sources, expected) => {
    const line = eventLine(event(status, modality, sources), () => [7]);
    expect([line.text, line.status, line.cites]).toEqual(['Air strike in Karsa', expected, [7]]);
  });
});
