import type { DocumentId, StageId } from './ids.js';
import type { Span } from './span.js';

/** Why a fact is believed: where it was read, by which stage and rule, and how sure the stage is. */
export interface Evidence {
  readonly documentId: DocumentId;
  readonly span: Span;
  readonly producer: StageId;
  readonly rule: string;
  readonly confidence: number;
}
