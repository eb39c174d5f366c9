/**
 * Argument roles on RAMS and WikiEvents test: sitrep's event roles (actor, target, place, time) against the gold
 * arguments of the gold event whose trigger a sitrep trigger overlaps. Roles are mapped by name (ROLE_CLASSES).
 * Identification: a predicted argument's span overlaps a gold argument's span (one-to-one); classification:
 * also the gold role maps to the same sitrep role.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_STAGES } from '../../src/analyse/analysis-stages.js';
import { documentId } from '../../src/model/ids.js';
import { runStages } from '../../src/pipeline/run-stages.js';
import { corporaDir } from './corpora-dir.js';

type Role = 'actor' | 'target' | 'place' | 'time';
interface Arg {
  readonly start: number;
  readonly end: number;
  readonly role: Role | null;
}
interface Instance {
  readonly text: string;
  readonly trigger: { start: number; end: number };
  readonly gold: readonly Arg[];
}

/** Gold role names (RAMS "evt089arg01attacker", WikiEvents "Attacker") by the sitrep role they correspond to. */
const ROLE_CLASSES: readonly (readonly [Role, RegExp])[] = [
  [
    'actor',
    /attacker|agent|killer|communicator|giver|jailer|detainer|injurer|violator|perpetrator|transporter|participant|demonstrator|investigator|prosecutor|defendant|user|hijacker|deployer|founder|controller/,
  ],
  [
    'target',
    /target|victim|recipient|detainee|injured|deceased|passenger|artifact|crashobject|instrument|territory|hostage|prisoner|observedentity/,
  ],
  ['place', /place|destination|origin|location/],
  ['time', /time|date/],
];
const roleOf = (name: string): Role | null =>
  ROLE_CLASSES.find(([, re]) => re.test(name.toLowerCase()))?.[0] ?? null;

const fromTokens = (words: readonly string[]) => {
  const starts: number[] = [];
  let text = '';
  for (const w of words) {
    if (text) text += ' ';
    starts.push(text.length);
    text += w;
  }
  return { text, at: (i: number) => starts[i]!, endOf: (i: number) => starts[i]! + words[i]!.length };
};

const readRams = (file: string): Instance[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const d = JSON.parse(l) as {
        sentences: string[][];
        evt_triggers: [number, number, unknown][];
        gold_evt_links: [[number, number], [number, number], string][];
      };
      const t = fromTokens(d.sentences.flat());
      const [ts, te] = d.evt_triggers[0]!;
      return {
        text: t.text,
        trigger: { start: t.at(ts), end: t.endOf(te) },
        gold: d.gold_evt_links.map(([, [s, e], role]) => ({
          start: t.at(s),
          end: t.endOf(e),
          role: roleOf(role),
        })),
      };
    });

const readWikiEvents = (file: string): Instance[] =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .flatMap((l) => {
      const d = JSON.parse(l) as {
        tokens: string[];
        entity_mentions: { id: string; start: number; end: number }[];
        event_mentions: {
          trigger: { start: number; end: number };
          arguments: { entity_id: string; role: string }[];
        }[];
      };
      const t = fromTokens(d.tokens);
      const ents = new Map(d.entity_mentions.map((e) => [e.id, e]));
      return d.event_mentions.map((ev) => ({
        text: t.text,
        trigger: { start: t.at(ev.trigger.start), end: t.endOf(ev.trigger.end - 1) },
        gold: ev.arguments.flatMap((a) => {
          const e = ents.get(a.entity_id);
          return e ? [{ start: t.at(e.start), end: t.endOf(e.end - 1), role: roleOf(a.role) }] : [];
        }),
      }));
    });

const prf = (tp: number, pred: number, gold: number) => {
  const p = pred ? tp / pred : 0;
  const r = gold ? tp / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

const evaluate = (name: string, key: string, instances: readonly Instance[]) => {
  const cache = new Map<string, ReturnType<typeof runStages>>();
  let tpId = 0;
  let tpCls = 0;
  let pred = 0;
  let gold = 0;
  for (const [n, x] of instances.entries()) {
    const a =
      cache.get(x.text) ??
      runStages(ANALYSIS_STAGES, {
        documentId: documentId(`arg-${n}`),
        text: x.text,
        referenceDate: null,
        referenceWindow: null,
      });
    cache.set(x.text, a);
    const spans = new Map<string, { start: number; end: number }>();
    for (const m of [...a.entities, ...a.times]) spans.set(m.id, m.span);
    const ev = a.events.find((e) => e.trigger.start < x.trigger.end && x.trigger.start < e.trigger.end);
    const args: Arg[] = [];
    const push = (id: string | null, role: Role) => {
      const s = id ? spans.get(id) : undefined;
      if (s) args.push({ ...s, role });
    };
    if (ev) {
      for (const id of ev.actorIds) push(id, 'actor');
      for (const id of ev.targetIds) push(id, 'target');
      push(ev.placeId, 'place');
      push(ev.timeId, 'time');
    }
    gold += x.gold.length;
    pred += args.length;
    const usedId = new Set<number>();
    const usedCls = new Set<number>();
    for (const p of args) {
      const hit = (used: Set<number>, withRole: boolean) => {
        const g = x.gold.findIndex(
          (g, i) => !used.has(i) && g.start < p.end && p.start < g.end && (!withRole || g.role === p.role),
        );
        if (g >= 0) used.add(g);
        return g >= 0;
      };
      if (hit(usedId, false)) tpId++;
      if (hit(usedCls, true)) tpCls++;
    }
  }
  return {
    name,
    key,
    docs: instances.length,
    gold,
    pred,
    identification: prf(tpId, pred, gold),
    classification: prf(tpCls, pred, gold),
  };
};

export const argumentScores = () => {
  const dir = corporaDir();
  return [
    evaluate('RAMS', 'rams', readRams(join(dir, 'rams', 'test.jsonlines'))),
    evaluate('WikiEvents', 'wikievents', readWikiEvents(join(dir, 'wikievents', 'test.jsonl'))),
  ];
};
