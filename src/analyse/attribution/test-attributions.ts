import { expect } from 'vitest';
import type { Attribution } from '../../model/attribution.js';
import type { Stance } from '../../model/stance.js';
import { segmentStage } from '../segment/segment-stage.js';
import { attributionStage } from './attribution-stage.js';
import { at, type FixtureEntity, fixtureContext, fixtureLayers } from './test-layers.js';

/** Test-only: the table format and checker shared by the attribution table tests. */

/** A string of the text, or [string, occurrence] when it repeats. */
export type Where = string | readonly [string, number];

export interface Expected {
  readonly source: Where | null;
  readonly cue: Where;
  readonly content: Where;
  readonly stance: Stance;
  readonly direct?: boolean;
  /** The text of the entity the source resolves to. */
  readonly mention?: Where | null;
  /** Index (in this list) of the attribution answered. */
  readonly refersTo?: number | null;
  readonly hedges?: readonly Where[];
}

export type Row = readonly [string, string, readonly FixtureEntity[], readonly Expected[]];

const spanOf = (text: string, w: Where) => (typeof w === 'string' ? at(text, w) : at(text, w[0], w[1]));

export const runAttributions = (text: string, entities: readonly FixtureEntity[]): readonly Attribution[] =>
  attributionStage.run(fixtureLayers(text, entities), fixtureContext(text)).attributions;

/** Fixture entities over the segment stage's real sentences and POS-tagged tokens (for tag-sensitive rules). */
export const taggedLayers = (text: string, entities: readonly FixtureEntity[]) => {
  const { sentences, tokens } = segmentStage.run({}, fixtureContext(text));
  return { ...fixtureLayers(text, entities), sentences, tokens };
};

export const org = (text: string): FixtureEntity => ({ text, type: 'organization' });
export const person = (text: string): FixtureEntity => ({ text, type: 'person' });
export const group = (text: string): FixtureEntity => ({ text, type: 'group' });

/** Runs the stage on one row and compares exact spans (and mention, refersTo, hedges when the row gives them). */
export const checkRow = (
  text: string,
  entities: readonly FixtureEntity[],
  expected: readonly Expected[],
  tagged = false,
): void => {
  const layers = tagged ? taggedLayers(text, entities) : fixtureLayers(text, entities);
  const got = attributionStage.run(layers, fixtureContext(text)).attributions;
  const mentionOf = (w: Where | null | undefined) => {
    if (w === null || w === undefined) return null;
    const s = spanOf(text, w);
    return layers.entities.find((e) => e.span.start === s.start && e.span.end === s.end)!.id;
  };
  expect(
    got.map((a, i) => {
      const e = expected[i] ?? {};
      return {
        source: a.source,
        cue: a.cue,
        content: a.content,
        stance: a.stance,
        direct: a.direct,
        ...('mention' in e ? { mention: a.sourceMentionId } : {}),
        ...('refersTo' in e ? { refersTo: a.refersTo } : {}),
        ...('hedges' in e ? { hedges: a.hedges } : {}),
      };
    }),
  ).toEqual(
    expected.map((e) => ({
      source: e.source === null ? null : spanOf(text, e.source),
      cue: spanOf(text, e.cue),
      content: spanOf(text, e.content),
      stance: e.stance,
      direct: e.direct ?? false,
      ...('mention' in e ? { mention: mentionOf(e.mention) } : {}),
      ...('refersTo' in e ? { refersTo: e.refersTo === null ? null : got[e.refersTo!]!.id } : {}),
      ...('hedges' in e ? { hedges: e.hedges!.map((h) => spanOf(text, h)) } : {}),
    })),
  );
};
