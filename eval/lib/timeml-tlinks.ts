/** TimeML (.tml) events, timexes and the TLINKs between them, as offsets into the TEXT element's plain text. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface TmlMark {
  readonly id: string;
  readonly start: number;
  readonly end: number;
}

/** A TLINK between an event (by its EVENT id) and a timex, in either direction in the file. */
export interface EventTimeLink {
  readonly eventId: string;
  readonly timeId: string;
  readonly relType: string;
}

export interface TlinkDoc {
  readonly name: string;
  readonly text: string;
  readonly events: readonly TmlMark[];
  readonly timexes: readonly (TmlMark & { readonly type: string; readonly value: string })[];
  readonly links: readonly EventTimeLink[];
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const decode = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e] ?? '');
const attr = (tag: string, name: string): string => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1] ?? '';

/** One .tml file: EVENT and TIMEX3 spans in the tag-stripped TEXT, and its event–timex TLINKs. */
export const readTlinkDoc = (path: string, name: string): TlinkDoc => {
  const xml = readFileSync(path, 'utf8');
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  let last = 0;
  const events: TmlMark[] = [];
  const timexes: (TmlMark & { type: string; value: string })[] = [];
  const open: { tag: string; start: number }[] = [];
  for (const m of body.matchAll(/<[^>]+>/g)) {
    text += decode(body.slice(last, m.index));
    last = m.index + m[0].length;
    const tag = m[0];
    if (tag.startsWith('<EVENT') || tag.startsWith('<TIMEX3')) open.push({ tag, start: text.length });
    else if (tag === '</EVENT>' || tag === '</TIMEX3>') {
      const o = open.pop();
      if (!o) continue;
      if (o.tag.startsWith('<EVENT'))
        events.push({ id: attr(o.tag, 'eid'), start: o.start, end: text.length });
      else
        timexes.push({
          id: attr(o.tag, 'tid'),
          start: o.start,
          end: text.length,
          type: attr(o.tag, 'type'),
          value: attr(o.tag, 'value'),
        });
    }
  }
  text += decode(body.slice(last));
  const eventOf = new Map<string, string>();
  for (const m of xml.matchAll(/<MAKEINSTANCE\b[^>]*>/g))
    eventOf.set(attr(m[0], 'eiid'), attr(m[0], 'eventID'));
  const links: EventTimeLink[] = [];
  for (const m of xml.matchAll(/<TLINK\b[^>]*>/g)) {
    const tag = m[0];
    const relType = attr(tag, 'relType');
    const from = eventOf.get(attr(tag, 'eventInstanceID'));
    const to = eventOf.get(attr(tag, 'relatedToEventInstance'));
    const fromTime = attr(tag, 'timeID');
    const toTime = attr(tag, 'relatedToTime');
    if (from && toTime) links.push({ eventId: from, timeId: toTime, relType });
    else if (to && fromTime) links.push({ eventId: to, timeId: fromTime, relType });
  }
  return { name, text, events, timexes, links };
};

export const readTlinkDir = (dir: string): TlinkDoc[] =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.tml'))
    .sort()
    .map((f) => readTlinkDoc(join(dir, f), f));
