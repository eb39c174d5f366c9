import type { IsoDate } from '../../model/date.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { FigureMention } from '../../model/figure-mention.js';
import type { PlaceResolution } from '../../model/geo.js';
import { documentId } from '../../model/ids.js';
import type { TimeMention } from '../../model/time-mention.js';
import { testLayers } from '../time/test-layers.js';
import { timeStage } from '../time/time-stage.js';
import { figuresStage } from './figures-stage.js';

/** Test fixture: regex sentences/tokens → time stage → figures stage over one text. */
export const runFigures = (
  text: string,
  ref: string | null,
  entities: readonly EntityMention[] = [],
  places: readonly PlaceResolution[] = [],
): { figures: readonly FigureMention[]; times: readonly TimeMention[] } => {
  const layers = testLayers(text);
  const ctx = {
    documentId: documentId('d1'),
    text,
    referenceDate: ref as IsoDate | null,
    referenceWindow: null,
  };
  const { times } = timeStage.run(layers, ctx);
  const { figures } = figuresStage.run({ ...layers, times, entities, places }, ctx);
  return { figures, times };
};
