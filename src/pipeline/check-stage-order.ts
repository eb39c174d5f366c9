import { sitrepError } from '../errors/sitrep-error.js';
import type { LayerName } from '../model/layers.js';
import type { AnyStage } from './stage.js';

/**
 * Checks, before anything runs, that every stage's requirements are provided by an earlier stage
 * and that no two stages provide the same layer. Throws SITREP_STAGE_ORDER / SITREP_STAGE_DUPLICATE.
 */
export const checkStageOrder = (stages: readonly AnyStage[]): void => {
  const providedBy = new Map<LayerName, string>();
  for (const stage of stages) {
    for (const need of stage.requires as readonly LayerName[]) {
      if (!providedBy.has(need)) throw sitrepError('SITREP_STAGE_ORDER', stage.id, need);
    }
    for (const out of stage.provides as readonly LayerName[]) {
      const earlier = providedBy.get(out);
      if (earlier !== undefined) throw sitrepError('SITREP_STAGE_DUPLICATE', out, earlier, stage.id);
      providedBy.set(out, stage.id);
    }
  }
};
