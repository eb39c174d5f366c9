import { EVENT_TYPES } from '../../src/model/event-type.js';

/** A colour per event type, stable across stories (a qualitative palette, cycled). */
const PALETTE = [
  '#d62728',
  '#ff7f0e',
  '#8c564b',
  '#9467bd',
  '#e377c2',
  '#7f7f7f',
  '#bcbd22',
  '#17becf',
  '#1f77b4',
  '#2ca02c',
  '#aec7e8',
  '#ffbb78',
  '#98df8a',
  '#ff9896',
  '#c5b0d5',
  '#c49c94',
] as const;

export const eventColour = (type: string): string => {
  const i = (EVENT_TYPES as readonly string[]).indexOf(type);
  return PALETTE[(i < 0 ? EVENT_TYPES.length : i) % PALETTE.length]!;
};
