import type { StorePicture } from '../app/store-picture.js';
import type { Picture, PictureDocument } from '../model/picture.js';
import type { StoryView } from '../picture/incremental/story-state.js';
import type { StoreItem } from '../store/store.js';

/**
 * The server's live picture and what has been rendered from it. A write that adds reports updates the stories
 * they join in place (no rebuild) and bumps the version, which drops the renderings: GETs between two writes
 * render each view once. A story's briefing is computed when the story is first rendered after a change.
 */
export interface PictureState {
  readonly version: number;
  /** Story ids in picture order. */
  readonly storyIds: readonly string[];
  /** Every report of the picture, in report order. */
  readonly documents: readonly PictureDocument[];
  /** Reports just stored join the picture; returns the ids of the stories that changed. */
  add(items: readonly StoreItem[]): string[];
  /** The stories holding any of these reports. */
  storiesOf(documentIds: Iterable<string>): string[];
  /** One story's picture (that story and its documents), null when no such story. */
  story(storyId: string): Picture | null;
  /** Every report and every story less its briefing: what the story list reads. */
  overview(): { readonly documents: readonly PictureDocument[]; readonly stories: readonly StoryView[] };
  /** The whole picture (every stale briefing computed): what is stored. */
  picture(): Picture;
  /** The rendering under `key` for the current version, computed by `render` on first use. */
  cached<T>(key: string, render: () => T): T;
}

export const createPictureState = (live: StorePicture): PictureState => {
  let version = 1;
  let renderings = new Map<string, unknown>();
  return {
    get version() {
      return version;
    },
    get storyIds() {
      return live.storyIds;
    },
    get documents() {
      return live.documents;
    },
    add: (items) => {
      const changed = live.add(items);
      version++;
      renderings = new Map();
      return changed;
    },
    storiesOf: (ids) => live.storiesOf(ids),
    story: (id) => live.story(id),
    overview: () => ({ documents: live.documents, stories: live.views() }),
    picture: () => live.picture(),
    cached: <T>(key: string, render: () => T): T => {
      if (renderings.has(key)) return renderings.get(key) as T;
      const value = render();
      renderings.set(key, value);
      return value;
    },
  };
};
