import { escapeHtml } from './html-escape.js';

export interface TextMark {
  readonly start: number;
  readonly end: number;
  /** Citation number: the mark gets id `cite-<n>`. */
  readonly n: number;
}

interface Piece extends TextMark {
  /** The first piece of a mark carries its id; pieces split off at a crossing do not. */
  readonly first: boolean;
}

const order = (a: Piece, b: Piece): number => a.start - b.start || b.end - a.end || a.n - b.n;

/**
 * The text, HTML-escaped, with every mark wrapped in <mark id="cite-n">. Marks nest; a mark that crosses
 * the end of an enclosing one is split there, and its later pieces are plain <mark>s. Marks outside the
 * text are left out.
 */
export const markedText = (text: string, marks: readonly TextMark[]): string => {
  const queue: Piece[] = marks
    .filter((m) => 0 <= m.start && m.start <= m.end && m.end <= text.length)
    .map((m) => ({ ...m, first: true }))
    .sort(order);
  const out: string[] = [];
  const stack: Piece[] = [];
  let pos = 0;
  const emitTo = (p: number): void => {
    if (p > pos) out.push(escapeHtml(text.slice(pos, p)));
    pos = Math.max(pos, p);
  };
  const closeUntil = (p: number): void => {
    for (let top = stack.at(-1); top !== undefined && top.end <= p; top = stack.at(-1)) {
      emitTo(top.end);
      out.push('</mark>');
      stack.pop();
    }
  };
  for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
    let piece = next;
    closeUntil(piece.start);
    emitTo(piece.start);
    const top = stack.at(-1);
    if (top !== undefined && piece.end > top.end) {
      queue.push({ ...piece, start: top.end, first: false });
      queue.sort(order);
      piece = { ...piece, end: top.end };
    }
    out.push(piece.first ? `<mark id="cite-${piece.n}" data-n="${piece.n}">` : '<mark>');
    stack.push(piece);
  }
  closeUntil(Number.POSITIVE_INFINITY);
  emitTo(text.length);
  return out.join('');
};
