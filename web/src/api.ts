import type { Picture } from '../../src/model/picture.js';
import type { StorySummary } from '../../src/model/story-summary.js';

export type { Citation, Picture, PictureDocument, PictureStory } from '../../src/model/picture.js';
export type { StorySummary } from '../../src/model/story-summary.js';

export interface SpanRef {
  readonly start: number;
  readonly end: number;
}

/** The stored analysis as the API returns it: only what the viewer reads. */
export interface ReportWithAnalysis {
  readonly report: {
    readonly id: string;
    readonly title: string | null;
    readonly outlet: string | null;
    readonly url: string | null;
    readonly published: string | null;
    readonly text: string;
  };
  readonly analysis: {
    readonly entities: readonly { readonly span: SpanRef; readonly type: string; readonly name: string }[];
    readonly times: readonly { readonly span: SpanRef; readonly value: string }[];
    readonly figures: readonly { readonly span: SpanRef; readonly measure: string }[];
    readonly events: readonly { readonly trigger: SpanRef; readonly type: string }[];
    readonly attributions: readonly {
      readonly cue: SpanRef;
      readonly source: SpanRef | null;
      readonly stance: string;
    }[];
  };
}

const get = async <T>(url: string): Promise<T> => {
  const res = await fetch(url, { headers: { accept: 'application/json' } });
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { message?: string } | null;
    throw new Error(body?.message ?? `${res.status} ${res.statusText}`);
  }
  return (await res.json()) as T;
};

export const fetchStories = () => get<StorySummary[]>('/api/stories');
export const fetchStory = (id: string) => get<Picture>(`/api/stories/${encodeURIComponent(id)}`);
export const fetchReport = (id: string) => get<ReportWithAnalysis>(`/api/reports/${encodeURIComponent(id)}`);
