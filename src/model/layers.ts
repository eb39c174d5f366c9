import type { Attribution } from './attribution.js';
import type { EntityMention } from './entity-mention.js';
import type { EventMention } from './event-mention.js';
import type { FigureMention } from './figure-mention.js';
import type { PlaceResolution } from './geo.js';
import type { Sentence } from './sentence.js';
import type { TimeMention } from './time-mention.js';
import type { Token } from './token.js';

/** Every annotation layer of one analysed report. Stages declare which they read and which they write. */
export interface Layers {
  readonly sentences: readonly Sentence[];
  readonly tokens: readonly Token[];
  readonly entities: readonly EntityMention[];
  readonly places: readonly PlaceResolution[];
  readonly times: readonly TimeMention[];
  readonly figures: readonly FigureMention[];
  readonly attributions: readonly Attribution[];
  readonly events: readonly EventMention[];
}
export type LayerName = keyof Layers;

/** One report's full analysis: all layers, and which stage versions produced them. */
export interface Analysis extends Layers {
  readonly documentId: import('./ids.js').DocumentId;
  readonly producers: readonly import('./ids.js').StageId[];
}
