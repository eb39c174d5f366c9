import type { Picture } from '../model/picture.js';
import type { Store } from '../store/store.js';
import { computePicture } from './picture-from-store.js';

/** Recomputes the whole picture from what is stored and stores it. */
export const rebuildPicture = async (store: Store): Promise<Picture> => {
  const picture = await computePicture(store);
  await store.putPicture(picture);
  return picture;
};
