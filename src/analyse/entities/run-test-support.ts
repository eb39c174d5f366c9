import { documentId } from '../../model/ids.js';
import type { Token } from '../../model/token.js';
import type { NerType } from '../../ner/ner-labels.js';
import { segmentStage } from '../segment/segment-stage.js';

/** A tagged run as the join rules read it: token indices and type. */
export interface TestRun {
  readonly first: number;
  readonly last: number;
  readonly type: NerType | null;
}

/**
 * For the run-joining tests: the text's tokens and the runs given as [surface, type] in text order (each
 * surface found after the previous one) as token ranges, and a reader of a joined run's surface and start.
 */
export const tokenRuns = (text: string, runs: readonly (readonly [string, NerType | null])[]) => {
  const ctx = { documentId: documentId('d'), text, referenceDate: null, referenceWindow: null };
  const { tokens } = segmentStage.run({}, ctx) as { tokens: readonly Token[] };
  let cursor = 0;
  const input: TestRun[] = runs.map(([s, type]) => {
    const start = text.indexOf(s, cursor);
    cursor = start + s.length;
    const first = tokens.findIndex((t) => t.span.start === start);
    const last = tokens.findIndex((t) => t.span.end === start + s.length);
    return { first, last, type };
  });
  const surface = (r: { first: number; last: number }) =>
    text.slice(tokens[r.first]!.span.start, tokens[r.last]!.span.end);
  const startOf = (r: { first: number }) => tokens[r.first]!.span.start;
  return { tokens, input, surface, startOf };
};
