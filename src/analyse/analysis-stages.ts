import { checkStageOrder } from '../pipeline/check-stage-order.js';
import type { AnyStage } from '../pipeline/stage.js';
import { attributionStage } from './attribution/attribution-stage.js';
import { entitiesStage } from './entities/entities-stage.js';
import { eventsStage } from './events/events-stage.js';
import { figuresStage } from './figures/figures-stage.js';
import { geoStage } from './geo/geo-stage.js';
import { segmentStage } from './segment/segment-stage.js';
import { timeStage } from './time/time-stage.js';

/** The order of analysis: the one array. Checked once, when this module loads. */
export const ANALYSIS_STAGES: readonly AnyStage[] = [
  segmentStage,
  entitiesStage,
  geoStage,
  timeStage,
  figuresStage,
  attributionStage,
  eventsStage,
];

checkStageOrder(ANALYSIS_STAGES);
