import type { Citation } from './picture.js';

/** One string per cited span: two citations with the same key cite the same words. */
export const citationKey = (c: Citation): string => `${c.documentId}\u0000${c.start}\u0000${c.end}`;
