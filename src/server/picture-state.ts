import type { Picture } from '../model/picture.js';

/**
 * The current picture and what has been rendered from it. Every write replaces the picture and bumps the
 * version, which drops the renderings: GETs between two writes render each view once.
 */
export interface PictureState {
  readonly picture: Picture;
  readonly version: number;
  replace(picture: Picture): void;
  /** The rendering under `key` for the current version, computed by `render` on first use. */
  cached<T>(key: string, render: (p: Picture) => T): T;
}

export const createPictureState = (initial: Picture): PictureState => {
  let picture = initial;
  let version = 1;
  let renderings = new Map<string, unknown>();
  return {
    get picture() {
      return picture;
    },
    get version() {
      return version;
    },
    replace: (next) => {
      picture = next;
      version++;
      renderings = new Map();
    },
    cached: <T>(key: string, render: (p: Picture) => T): T => {
      if (renderings.has(key)) return renderings.get(key) as T;
      const value = render(picture);
      renderings.set(key, value);
      return value;
    },
  };
};
