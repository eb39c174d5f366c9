import type { PictureDocument } from '../model/picture.js';
import type { Report } from '../model/report.js';

/** A report as the picture lists it. */
export const pictureDocument = (r: Report): PictureDocument => ({
  id: r.id,
  path: r.path,
  title: r.title,
  outlet: r.outlet,
  url: r.url,
  published: r.published,
  publishedInferred: r.publishedInferred,
  duplicateOf: r.duplicateOf,
  text: r.text,
});
