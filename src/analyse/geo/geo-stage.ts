import { defineStage } from '../../pipeline/stage.js';
import { resolvePlaces } from './resolve-places.js';

/** Resolves place mentions to gazetteer entries using the document's context. */
export const geoStage = defineStage({
  id: 'analyse.geo@13',
  requires: ['entities'],
  provides: ['places'],
  run: ({ entities }, ctx) => ({ places: resolvePlaces(ctx.text, entities, ctx.documentId) }),
});
