import { describe, expect, it } from 'vitest';
import { documentId } from '../model/ids.js';
import { span } from '../model/span.js';
import { checkStageOrder } from './check-stage-order.js';
import { runStages } from './run-stages.js';
import { type AnyStage, defineStage } from './stage.js';

const seg = defineStage({
  id: 'test.segment@1',
  requires: [],
  provides: ['sentences'],
  run: (_in, ctx) => ({ sentences: [{ span: span(0, ctx.text.length) }] }),
});
const toks = defineStage({
  id: 'test.tokens@1',
  requires: ['sentences'],
  provides: ['tokens'],
  run: (input) => ({
    tokens: input.sentences.map((s) => ({
      span: s.span,
      kind: 'word' as const,
      norm: 'x',
      pos: null,
      sentence: 0,
    })),
  }),
});
const broken: AnyStage = { id: 'test.broken@1', requires: [], provides: ['times'], run: () => ({}) };

describe('checkStageOrder', () => {
  it.each([
    [[seg, toks], null],
    [[toks, seg], 'stage test.tokens@1 requires layer "sentences", which no earlier stage provides'],
    [[seg, seg], 'layer "sentences" is provided by both test.segment@1 and test.segment@1'],
    [[], null],
  ] as const)('%#', (stages, error) => {
    const run = () => checkStageOrder(stages as readonly AnyStage[]);
    if (error === null) expect(run).not.toThrow();
    else expect(run).toThrow(error);
  });
});

describe('runStages', () => {
  const ctx = { documentId: documentId('d1'), text: 'Hello.', referenceDate: null, referenceWindow: null };
  it('passes declared layers along and leaves the rest empty', () => {
    const a = runStages([seg, toks], ctx);
    expect(a.sentences).toEqual([{ span: { start: 0, end: 6 } }]);
    expect(a.tokens.map((t) => t.span)).toEqual([{ start: 0, end: 6 }]);
    expect(a.events).toEqual([]);
    expect(a.producers).toEqual(['test.segment@1', 'test.tokens@1']);
  });
  it('fails with a coded error when a stage breaks its promise', () => {
    expect(() => runStages([broken], ctx)).toThrow(
      'stage test.broken@1 did not return the layer "times" it promised',
    );
  });
});
