import type { Picture } from '../model/picture.js';
import { buildPicture } from '../picture/build-picture.js';
import type { Store } from '../store/store.js';
import { VERSION } from '../version.js';
import { currentAnalysis, isCurrentAnalysis } from './current-analysis.js';

/** The picture of everything stored, computed afresh (analyses by older stages redone in memory). */
export const computePicture = async (store: Store): Promise<Picture> => {
  const [reports, stored] = await Promise.all([store.listReports(), store.listAnalyses()]);
  const analysisOf = new Map(stored.map((a) => [a.documentId as string, a]));
  const analyses = reports.map((r) => currentAnalysis(r, analysisOf.get(r.id)));
  return buildPicture({ reports, analyses }, { version: VERSION });
};

/**
 * A stored picture is current when this sitrep version wrote it, it holds exactly the stored reports, and the
 * oldest stored analysis was made by today's stages (after an upgrade that changed a stage, the stored picture
 * was built from analyses this sitrep redoes).
 */
const isCurrent = async (store: Store, stored: Picture): Promise<boolean> => {
  if (stored.sitrep !== VERSION) return false;
  const fingerprints = await store.fingerprints();
  const ids = new Set(fingerprints.map((f) => f.id as string));
  if (stored.documents.length !== ids.size || !stored.documents.every((d) => ids.has(d.id))) return false;
  const oldest = fingerprints[0] === undefined ? null : await store.getAnalysis(fingerprints[0].id);
  return oldest === null || isCurrentAnalysis(oldest);
};

/**
 * The stored picture; computed in memory (not stored) when missing, written by another sitrep version, or
 * behind the stored reports (a server stores its live picture only once writes pause).
 */
export const pictureFromStore = async (store: Store): Promise<Picture> => {
  const stored = await store.getPicture();
  return stored !== null && (await isCurrent(store, stored)) ? stored : computePicture(store);
};
