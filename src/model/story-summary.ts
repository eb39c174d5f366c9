/** One line per story, as `GET /api/stories` returns it and the web page's story list reads it. */
export interface StorySummary {
  readonly id: string;
  readonly title: string;
  readonly reports: number;
  /** Distinct outlets among the story's reports that copy no other (a report without outlet counts alone). */
  readonly sources: number;
  readonly events: number;
  readonly figures: number;
  readonly conflicts: number;
  /** Latest publication date among the story's reports, or null. */
  readonly lastUpdate: string | null;
}
