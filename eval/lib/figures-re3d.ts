/** re3d (Dstl) Quantity and Money entities as figure spans, one per distinct span (highest confidence wins). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface Re3dDoc {
  readonly id: string;
  readonly text: string;
  readonly spans: readonly { start: number; end: number; type: string }[];
}

/** re3d types read as figures: Quantity (counts, amounts, distances, durations, ages as annotated) and Money. */
export const RE3D_FIGURE_TYPES: readonly string[] = ['Quantity', 'Money'];

const jsonLines = (path: string): Record<string, unknown>[] =>
  readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);

export const readRe3dFigures = (dir: string): Re3dDoc[] => {
  const out: Re3dDoc[] = [];
  for (const source of readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory())) {
    const entities = jsonLines(join(dir, source.name, 'entities.json'));
    for (const d of jsonLines(join(dir, source.name, 'documents.json'))) {
      const spans = new Map<string, { start: number; end: number; type: string }>();
      for (const e of entities) {
        if (e.documentId !== d._id || !RE3D_FIGURE_TYPES.includes(String(e.type))) continue;
        const start = Number(e.begin);
        const end = Number(e.end);
        spans.set(`${start}:${end}`, { start, end, type: String(e.type) });
      }
      out.push({ id: String(d._id), text: String(d.text), spans: [...spans.values()] });
    }
  }
  return out;
};
