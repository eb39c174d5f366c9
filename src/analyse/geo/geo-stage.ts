import { defineStage } from '../../pipeline/stage.js';
import { placeAnaphora } from './place-anaphora.js';
import { GEO_PRODUCER, resolvePlaces } from './resolve-places.js';

/**
 * Resolves place mentions to gazetteer entries using the document's context, then the definite place nouns
 * ("the city") that stand for one of them, within a few of the segment stage's sentences.
 */
export const geoStage = defineStage({
  id: GEO_PRODUCER,
  requires: ['sentences', 'entities'],
  provides: ['places'],
  run: ({ sentences, entities }, ctx) => {
    const places = resolvePlaces(ctx.text, entities, ctx.documentId);
    return {
      places: [
        ...places,
        ...placeAnaphora(ctx.text, entities, places, sentences, ctx.documentId, GEO_PRODUCER),
      ],
    };
  },
});
