/** Runs the sitrep segment + time stages over one TimeML document, the DCT as reference date. */
import { segmentStage } from '../../src/analyse/segment/segment-stage.js';
import { timeStage } from '../../src/analyse/time/time-stage.js';
import { type IsoDate, isIsoDate } from '../../src/model/date.js';
import { documentId } from '../../src/model/ids.js';
import type { GoldTimex, TimexDoc } from './timeml-read.js';

export const runTimeStage = (doc: TimexDoc): GoldTimex[] => {
  const ctx = {
    documentId: documentId(doc.name),
    text: doc.text,
    referenceDate: isIsoDate(doc.dct) ? (doc.dct as IsoDate) : null,
    referenceWindow: null,
  };
  const layers = segmentStage.run({}, ctx);
  return timeStage.run(layers, ctx).times.map((t) => ({
    start: t.span.start,
    end: t.span.end,
    type: t.type,
    value: t.value,
  }));
};
