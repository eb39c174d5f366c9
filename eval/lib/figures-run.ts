/** Runs segment → entities → geo → time → figures over one text (no reference date) and returns its figures. */
import { entitiesStage } from '../../src/analyse/entities/entities-stage.js';
import { figuresStage } from '../../src/analyse/figures/figures-stage.js';
import { geoStage } from '../../src/analyse/geo/geo-stage.js';
import { segmentStage } from '../../src/analyse/segment/segment-stage.js';
import { timeStage } from '../../src/analyse/time/time-stage.js';
import { documentId } from '../../src/model/ids.js';
import { runStages } from '../../src/pipeline/run-stages.js';
import type { SystemFigure } from './figures-score.js';

const STAGES = [segmentStage, entitiesStage, geoStage, timeStage, figuresStage];

export const runFigures = (id: string, text: string): SystemFigure[] =>
  runStages(STAGES, {
    documentId: documentId(id),
    text,
    referenceDate: null,
    referenceWindow: null,
  }).figures.map((f) => ({
    start: f.span.start,
    end: f.span.end,
    value: f.value,
    low: f.low,
    high: f.high,
    unit: f.unit,
    measure: f.measure,
    what: f.what,
  }));
