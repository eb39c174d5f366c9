import type { Picture } from '../model/picture.js';
import { buildPicture } from '../picture/build-picture.js';
import type { Store } from '../store/store.js';
import { VERSION } from '../version.js';

/** The picture of everything stored, computed afresh. */
export const computePicture = async (store: Store): Promise<Picture> => {
  const [reports, analyses] = await Promise.all([store.listReports(), store.listAnalyses()]);
  return buildPicture({ reports, analyses }, { version: VERSION });
};

/** The stored picture; computed in memory (not stored) when missing or written by another sitrep version. */
export const pictureFromStore = async (store: Store): Promise<Picture> => {
  const stored = await store.getPicture();
  return stored !== null && stored.sitrep === VERSION ? stored : computePicture(store);
};
