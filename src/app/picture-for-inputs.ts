import { analyseReport } from '../analyse/analyse-report.js';
import { identifyReports } from '../ingest/identify-reports.js';
import { type ReadOptions, readInputs } from '../ingest/read-inputs.js';
import type { Picture } from '../model/picture.js';
import { buildPicture } from '../picture/build-picture.js';
import { VERSION } from '../version.js';
import type { Progress } from './ingest-into-store.js';

/** The picture of the given inputs alone, in memory: nothing is stored. */
export const pictureForInputs = async (
  paths: readonly string[],
  options: ReadOptions & { readonly onProgress?: Progress } = {},
): Promise<Picture> => {
  const { reports } = identifyReports(await readInputs(paths, options), []);
  const analyses = reports.map((report, i) => {
    options.onProgress?.(i, reports.length);
    return analyseReport(report);
  });
  options.onProgress?.(reports.length, reports.length);
  return buildPicture({ reports, analyses }, { version: VERSION });
};
