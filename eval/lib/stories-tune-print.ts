/**
 * What eval/stories-tune.ts prints: sweep rows, a setting in words, and the cross-validation of the two topic
 * rules (each fold's choice and held-out scores, then a summary per rule).
 */
import { writeFileSync } from 'node:fs';
import {
  choosePointwise,
  chooseRobust,
  type GridPoint,
  type SweepRow,
  setMean,
  type TopicRule,
} from './stories-choose.js';
import { type Chooser, crossValidate, type Fold, summarise } from './stories-crossval.js';

export const f3 = (x: number): string => x.toFixed(3);

/** One line per threshold: each set's F1 per perturbation (`names`) and their mean. */
export const printRows = (
  rows: readonly SweepRow[],
  sets: readonly string[],
  names: readonly string[],
): void => {
  console.log(`threshold  ${sets.map((s) => `${s} (${names.join('/')}) mean`).join(' | ')}`);
  for (const r of rows)
    console.log(
      `${r.threshold.toFixed(2).padStart(9)}  ${sets.map((s) => `${r.f1[s]!.map(f3).join('/')} ${f3(setMean(r, s))}`).join(' | ')}`,
    );
};

/** The story-signature part of a setting ('' without one). */
export const signatureOf = (p: {
  readonly signatureWeight?: number;
  readonly signatureTerms?: number;
}): string => (p.signatureWeight ? ` / signature ${p.signatureWeight} of ${p.signatureTerms}` : '');

/** A setting in words ('none' for no choice). */
export const settingOf = (p: GridPoint | null): string =>
  p === null
    ? 'none'
    : `weight ${p.weight} / ${p.repeats}× / bonus ${p.bonus} / family ${p.familyBonus ?? 0}` +
      `${p.familyBonus ? ` at ${p.familyShare}` : ''}${signatureOf(p)} / threshold ${p.row.threshold}`;

/** Cross-validates both rules over `folds`, printing every fold; returns each rule's summary. */
export const printCrossValidation = (
  points: readonly GridPoint[],
  folds: readonly Fold[],
  rule: TopicRule,
): Record<string, ReturnType<typeof summarise>> => {
  console.log('\ncross-validation (each fold: choose without the held-out part, score it at the choice)');
  const rules: [string, Chooser][] = [
    ['neighbourhood', chooseRobust],
    ['pointwise', choosePointwise],
  ];
  return Object.fromEntries(
    rules.map(([name, choose]) => {
      const results = crossValidate(points, folds, choose);
      for (const r of results)
        console.log(
          `  ${name.padEnd(13)} ${r.fold.name.padEnd(32)} ${settingOf(r.choice?.point ?? null).padEnd(52)} ${Object.entries(
            r.held,
          )
            .map(([s, v]) => `${s} ${f3(v)}`)
            .join('  ')}`,
        );
      const sum = summarise(results, rule.bar);
      console.log(
        `  ${name}: ${sum.misses} of ${sum.checks} held-out recall checks below the bar, ${sum.noChoice} folds with no choice; ` +
          `mean held-out recall-set F1 ${f3(sum.recallMean)}, objective F1 ${f3(sum.objectiveMean)}`,
      );
      return [name, sum];
    }),
  );
};

/** `--dump FILE`: every grid point (setting and per-set F1 of each perturbation) as JSON, to study rules offline. */
export const dumpGrid = (path: string | null, points: readonly GridPoint[]): void => {
  if (path !== null) writeFileSync(path, JSON.stringify(points));
};
