import type { DateRange, IsoDate } from '../model/date.js';
import type { DocumentId, StageId } from '../model/ids.js';
import type { LayerName, Layers } from '../model/layers.js';

/** What a stage may know besides its input layers. No clock, no I/O: the reference date is given. */
export interface StageContext {
  readonly documentId: DocumentId;
  /** The report's stored text; every span indexes into it. */
  readonly text: string;
  /** The date the report speaks from (its publication date), or null when unknown. */
  readonly referenceDate: IsoDate | null;
  /** Dates of events the report states, if ingest inferred a window for an undated report. */
  readonly referenceWindow: DateRange | null;
  readonly signal?: AbortSignal;
}

/**
 * The one door every analysis step walks through (after spaCy's pipe analysis): a stage declares the layers it
 * requires and those it provides; the order of stages lives in one array and is checked before anything runs.
 * A stage that reads a layer it did not declare, or returns one it did not promise, does not compile.
 */
export interface Stage<In extends LayerName, Out extends LayerName> {
  readonly id: StageId;
  readonly requires: readonly In[];
  readonly provides: readonly Out[];
  run(input: Readonly<Pick<Layers, In>>, ctx: StageContext): Pick<Layers, Out>;
}

/** Any stage, for lists of stages. */
// biome-ignore lint/suspicious/noExplicitAny: a heterogeneous list of stages needs the widest In/Out.
export type AnyStage = Stage<any, any>;

/** Declares a stage; the helper only fixes the type parameters from the literal arrays. */
export const defineStage = <In extends LayerName, Out extends LayerName>(
  stage: Stage<In, Out>,
): Stage<In, Out> => stage;
