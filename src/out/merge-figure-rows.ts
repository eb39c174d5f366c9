import type { FigureRow } from './view-types.js';

/**
 * One row per figure as told: rows of one table with the same value, claimant, date and window (a figure a
 * report prints twice, the same figure in a wire copy) become one row citing every place it is read, in the
 * place of the first.
 */
export const mergeFigureRows = (rows: readonly FigureRow[]): FigureRow[] => {
  const byKey = new Map<string, FigureRow>();
  for (const r of rows) {
    const key = [r.value, r.claimant, r.asOf, r.window].join('\u0000');
    const seen = byKey.get(key);
    byKey.set(key, seen ? { ...seen, cites: [...new Set([...seen.cites, ...r.cites])] } : r);
  }
  return [...byKey.values()];
};
