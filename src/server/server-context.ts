import type { Store } from '../store/store.js';
import type { EventHub } from './event-hub.js';
import type { PicturePersist } from './picture-persist.js';
import type { PictureState } from './picture-state.js';
import type { SchemaCompilers } from './schema-compilers.js';
import type { WriteQueue } from './write-queue.js';

/** What the routes share: one store, the live picture, the write queue and the event stream. */
export interface ServerContext {
  readonly store: Store;
  readonly state: PictureState;
  /** Stores the live picture once writes pause. */
  readonly persist: PicturePersist;
  readonly queue: WriteQueue;
  readonly hub: EventHub;
  readonly schemas: SchemaCompilers;
  readonly token: string;
  readonly bodyLimit: number;
}
