import type { Report } from '../model/report.js';

/**
 * How a report is named when it speaks for itself (no claimant): its outlet, else its title (quoted), else
 * "report of <published date>", else "undated report". Never a document id: readers cannot resolve those.
 */
export const reportVoice = (r: Pick<Report, 'outlet' | 'title' | 'published'> | null): string => {
  const outlet = r?.outlet?.trim() ?? '';
  if (outlet !== '') return outlet;
  const title = r?.title?.trim() ?? '';
  if (title !== '') return `"${title}"`;
  return r?.published ? `report of ${r.published}` : 'undated report';
};
