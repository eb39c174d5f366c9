import type { DocumentId } from '../model/ids.js';
import type { Analysis, Layers } from '../model/layers.js';

/** Every layer empty: what a layer no stage provided holds (absence is a value). */
export const EMPTY_LAYERS: Layers = {
  sentences: [],
  tokens: [],
  entities: [],
  places: [],
  times: [],
  figures: [],
  attributions: [],
  events: [],
};

/** The analysis of a report no stage has run on yet. */
export const emptyAnalysis = (documentId: DocumentId): Analysis => ({
  ...EMPTY_LAYERS,
  documentId,
  producers: [],
});
