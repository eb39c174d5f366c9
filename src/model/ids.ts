/** Branded id types: a string that the compiler will not confuse with another kind of id. */
declare const brand: unique symbol;
export type Brand<T, B extends string> = T & { readonly [brand]: B };

export type DocumentId = Brand<string, 'DocumentId'>;
/** A mention inside one document: `${documentId}:${layer}${n}`, e.g. `d1a2b:e3`. */
export type MentionId = Brand<string, 'MentionId'>;
export type StoryId = Brand<string, 'StoryId'>;
/** Cross-document records inside one picture. */
export type ItemId = Brand<string, 'ItemId'>;
/** `stage.name@version`, written into every Evidence a stage emits. */
export type StageId = `${string}@${number}`;

export const documentId = (s: string): DocumentId => s as DocumentId;
export const mentionId = (doc: DocumentId, prefix: string, n: number): MentionId =>
  `${doc}:${prefix}${n}` as MentionId;
export const storyId = (s: string): StoryId => s as StoryId;
export const itemId = (s: string): ItemId => s as ItemId;
