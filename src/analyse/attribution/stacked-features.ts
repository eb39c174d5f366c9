import type { TaggerDocument } from './tagger-features.js';
import { TAGGER_LABELS } from './tagger-labels.js';

const bucket = (d: number): string =>
  d <= 3 ? String(d) : d <= 6 ? '4' : d <= 10 ? '7' : d <= 20 ? '11' : '21';
const role = (y: number): string => TAGGER_LABELS[y]!.slice(2) || 'O';

/**
 * Second-pass features of tokens [a, b): what the first pass labelled around each token, and where the first
 * pass's nearest cues lie in the sentence (distance, and whether content or a comma stands between).
 */
export const stackedFeatures = (doc: TaggerDocument, a: number, b: number, first: Int32Array): string[][] => {
  const { tokens, facts } = doc;
  const n = b - a;
  const r = (k: number): string => (k < 0 ? '<s>' : k >= n ? '</s>' : role(first[k]!));
  const left = new Int32Array(n).fill(-1);
  const right = new Int32Array(n).fill(-1);
  const contentLeft = new Uint8Array(n);
  const contentRight = new Uint8Array(n);
  const cuesInSentence = new Int32Array(n);
  for (let k = 0, last = -1, con = 0; k < n; k++) {
    if (k > 0 && tokens[a + k]!.sentence !== tokens[a + k - 1]!.sentence) last = -1;
    left[k] = last;
    contentLeft[k] = con;
    const y = r(k);
    if (y === 'CUE' && (k === 0 || r(k - 1) !== 'CUE')) {
      last = k;
      con = 0;
    } else if (y === 'CON') con = 1;
  }
  for (let k = n - 1, next = -1, con = 0; k >= 0; k--) {
    if (k < n - 1 && tokens[a + k]!.sentence !== tokens[a + k + 1]!.sentence) next = -1;
    right[k] = next;
    contentRight[k] = con;
    const y = r(k);
    if (y === 'CUE' && (k === n - 1 || r(k + 1) !== 'CUE')) {
      next = k;
      con = 0;
    } else if (y === 'CON') con = 1;
  }
  for (let k = 0, start = 0; k <= n; k++) {
    if (k === n || (k > 0 && tokens[a + k]!.sentence !== tokens[a + k - 1]!.sentence)) {
      let c = 0;
      for (let m = start; m < k; m++) if (r(m) === 'CUE' && (m === start || r(m - 1) !== 'CUE')) c++;
      for (let m = start; m < k; m++) cuesInSentence[m] = c;
      start = k;
    }
  }
  const out: string[][] = [];
  for (let k = 0; k < n; k++) {
    const self = TAGGER_LABELS[first[k]!]!;
    const pos = facts[a + k]!.pos;
    const cl = left[k]! < 0 ? 'n' : bucket(k - left[k]!);
    const cr = right[k]! < 0 ? 'n' : bucket(right[k]! - k);
    out.push([
      `y=${self}`,
      `y-1=${r(k - 1)}`,
      `y+1=${r(k + 1)}`,
      `y-2=${r(k - 2)}`,
      `y+2=${r(k + 2)}`,
      `yy=${r(k - 1)}|${self}|${r(k + 1)}`,
      `yp=${self}|${pos}`,
      `ycl=${cl}|${contentLeft[k]}`,
      `ycr=${cr}|${contentRight[k]}`,
      `yclp=${cl}|${pos}`,
      `ycrp=${cr}|${pos}`,
      `ylr=${cl}|${cr}|${self}`,
      `ycw=${left[k]! < 0 ? '' : facts[a + left[k]!]!.w}|${right[k]! < 0 ? '' : facts[a + right[k]!]!.w}`,
      `yn=${Math.min(cuesInSentence[k]!, 3)}|${self}`,
    ]);
  }
  return out;
};
