import { defineStage } from '../../pipeline/stage.js';
import { findEntities } from './find-entities.js';

/** People, organisations, armed and political groups and places, with coreference keys (trained tagger + rules). */
export const entitiesStage = defineStage({
  id: 'analyse.entities@18',
  requires: ['sentences', 'tokens'],
  provides: ['entities'],
  run: ({ tokens }, ctx) => ({ entities: findEntities(ctx.text, tokens, ctx.documentId) }),
});
