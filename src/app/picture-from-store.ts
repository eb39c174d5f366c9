import type { Picture } from '../model/picture.js';
import { buildPicture } from '../picture/build-picture.js';
import type { Store } from '../store/store.js';
import { VERSION } from '../version.js';
import { currentAnalysis } from './current-analysis.js';

/** The picture of everything stored, computed afresh (analyses by older stages redone in memory). */
export const computePicture = async (store: Store): Promise<Picture> => {
  const [reports, stored] = await Promise.all([store.listReports(), store.listAnalyses()]);
  const analysisOf = new Map(stored.map((a) => [a.documentId as string, a]));
  const analyses = reports.map((r) => currentAnalysis(r, analysisOf.get(r.id)));
  return buildPicture({ reports, analyses }, { version: VERSION });
};

/** A stored picture is current when this sitrep version wrote it and it holds exactly the stored reports. */
const isCurrent = async (store: Store, stored: Picture): Promise<boolean> => {
  if (stored.sitrep !== VERSION) return false;
  const ids = new Set((await store.fingerprints()).map((f) => f.id as string));
  return stored.documents.length === ids.size && stored.documents.every((d) => ids.has(d.id));
};

/**
 * The stored picture; computed in memory (not stored) when missing, written by another sitrep version, or
 * behind the stored reports (a server stores its live picture only once writes pause).
 */
export const pictureFromStore = async (store: Store): Promise<Picture> => {
  const stored = await store.getPicture();
  return stored !== null && (await isCurrent(store, stored)) ? stored : computePicture(store);
};
