/**
 * An event's summary under its day's heading in the timeline: the date the summary ends with ("Air strike in
 * Shaar, 2016-12-03") is the heading's and is left off. A period ("…, 2016-12-02 to 2016-12-03": a span, or a
 * month or year told by its first and last days) and a summary that names another date stay as they are.
 */
export const daySummary = (summary: string, day: string): string =>
  summary.endsWith(`, ${day}`) ? summary.slice(0, -`, ${day}`.length) : summary;
