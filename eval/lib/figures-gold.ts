/** The figures gold set: passages of corpus files named by path + sha256, figures as offsets into them. */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface GoldFigure {
  readonly start: number;
  readonly end: number;
  readonly value: number | null;
  readonly low: number | null;
  readonly high: number | null;
  readonly unit: string;
  readonly measure: string;
  readonly what: string | null;
}

interface GoldLine {
  readonly id: string;
  readonly source: string;
  readonly sha256: string;
  readonly line: number;
  readonly field: string;
  readonly start: number;
  readonly end: number;
  readonly split: 'dev' | 'test';
  readonly figures: readonly GoldFigure[];
}

/** A passage ready to run: its text and the gold figures with offsets into that text. */
export interface GoldPassage {
  readonly id: string;
  readonly split: 'dev' | 'test';
  readonly text: string;
  readonly figures: readonly GoldFigure[];
}

/** Reads the gold file, checks each source's sha256 and cuts the passages out of the corpus text. */
export const readFiguresGold = (goldPath: string, corpora: string): GoldPassage[] => {
  const lines = readFileSync(goldPath, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as GoldLine);
  const sources = new Map<string, string[]>();
  return lines.map((g) => {
    let rows = sources.get(g.source);
    if (!rows) {
      const raw = readFileSync(join(corpora, g.source));
      const sha = createHash('sha256').update(raw).digest('hex');
      if (sha !== g.sha256) throw new Error(`${g.source}: sha256 ${sha} differs from the gold's ${g.sha256}`);
      rows = raw.toString('utf8').split('\n');
      sources.set(g.source, rows);
    }
    const record = JSON.parse(rows[g.line] ?? '{}') as Record<string, string>;
    const text = (record[g.field] ?? '').slice(g.start, g.end);
    return {
      id: g.id,
      split: g.split,
      text,
      figures: g.figures.map((f) => ({ ...f, start: f.start - g.start, end: f.end - g.start })),
    };
  });
};
