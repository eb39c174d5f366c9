import { sitrepError } from '../errors/sitrep-error.js';
import type { Analysis, LayerName, Layers } from '../model/layers.js';
import { EMPTY_LAYERS } from './empty-analysis.js';
import type { AnyStage, StageContext } from './stage.js';

/**
 * Runs checked stages in order over one report. Each stage sees only the layers it declared;
 * layers no stage provides stay empty (absence is a value).
 */
export const runStages = (stages: readonly AnyStage[], ctx: StageContext): Analysis => {
  const layers: Partial<Record<LayerName, unknown>> = {};
  for (const stage of stages) {
    ctx.signal?.throwIfAborted();
    const input: Partial<Record<LayerName, unknown>> = {};
    for (const need of stage.requires as readonly LayerName[]) input[need] = layers[need];
    const output = stage.run(input, ctx) as Partial<Record<LayerName, unknown>>;
    for (const out of stage.provides as readonly LayerName[]) {
      if (!Array.isArray(output[out])) throw sitrepError('SITREP_STAGE_OUTPUT', stage.id, out);
      layers[out] = output[out];
    }
  }
  return {
    ...EMPTY_LAYERS,
    ...(layers as Partial<Layers>),
    documentId: ctx.documentId,
    producers: stages.map((s) => s.id),
  };
};
