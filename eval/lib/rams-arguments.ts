/**
 * Argument roles on RAMS and WikiEvents test: sitrep's event roles (actor, target, place, time) against the gold
 * arguments of each gold event, in two settings. End to end: the roles of the sitrep event whose trigger overlaps
 * the gold trigger (a gold event sitrep's trigger lexicon does not find has no predicted arguments). Given the
 * gold trigger (the usual setting of both corpora): the same role rules applied at the gold trigger.
 * Roles are mapped by name (ROLE_CLASSES). Identification: a predicted argument's span overlaps a gold argument's
 * span (one-to-one); classification: also the gold role maps to the same sitrep role.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ANALYSIS_STAGES } from '../../src/analyse/analysis-stages.js';
import { rolesAtTrigger } from '../../src/analyse/events/roles-at-trigger.js';
import type { MentionId } from '../../src/model/ids.js';
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
  /** Instances of one document share their text (and one analysis). */
  readonly doc: string;
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
        doc_key: string;
        sentences: string[][];
        evt_triggers: [number, number, unknown][];
        gold_evt_links: [[number, number], [number, number], string][];
      };
      const t = fromTokens(d.sentences.flat());
      const [ts, te] = d.evt_triggers[0]!;
      return {
        doc: d.doc_key,
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
        doc_id: string;
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
        doc: d.doc_id,
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

const DETERMINER_BEFORE = /\b(?:the|a|an|its|their|his|her|this|that|these|those|of)\s+$|['’]s\s+$/iu;
const NOUN_ENDING = /(?:tion|sion|ment|ure|ance|ence|ism|ity|al|ack|ike|ash|ict|ile|age)s?$/iu;

/** A gold trigger's part of speech, guessed: a noun after a determiner or with a noun ending, else a verb. */
const posOf = (text: string, trigger: { start: number; end: number }): 'verb' | 'noun' => {
  const word = text.slice(trigger.start, trigger.end);
  if (DETERMINER_BEFORE.test(text.slice(Math.max(0, trigger.start - 12), trigger.start))) return 'noun';
  if (/(?:ed|en|ing)$/iu.test(word)) return 'verb';
  return NOUN_ENDING.test(word) ? 'noun' : 'verb';
};

/** Counts of one setting: true positives (identification, classification), predicted and gold arguments. */
class Tally {
  tpId = 0;
  tpCls = 0;
  pred = 0;
  gold = 0;
  /** Gold events the setting predicted roles for (end to end: those sitrep found a trigger for). */
  events = 0;

  add(gold: readonly Arg[], args: readonly Arg[]): void {
    this.gold += gold.length;
    this.pred += args.length;
    const usedId = new Set<number>();
    const usedCls = new Set<number>();
    const hit = (p: Arg, used: Set<number>, withRole: boolean) => {
      const g = gold.findIndex(
        (g, i) => !used.has(i) && g.start < p.end && p.start < g.end && (!withRole || g.role === p.role),
      );
      if (g >= 0) used.add(g);
      return g >= 0;
    };
    for (const p of args) {
      if (hit(p, usedId, false)) this.tpId++;
      if (hit(p, usedCls, true)) this.tpCls++;
    }
  }

  scores() {
    return {
      events: this.events,
      pred: this.pred,
      identification: prf(this.tpId, this.pred, this.gold),
      classification: prf(this.tpCls, this.pred, this.gold),
    };
  }
}

interface RolesLike {
  readonly actorIds: readonly MentionId[];
  readonly targetIds: readonly MentionId[];
  readonly placeId: MentionId | null;
  readonly timeId: MentionId | null;
}

const argsOf = (roles: RolesLike | null | undefined, spans: ReadonlyMap<string, Arg>): Arg[] => {
  if (!roles) return [];
  const out: Arg[] = [];
  const push = (id: string | null, role: Role) => {
    const s = id ? spans.get(id) : undefined;
    if (s) out.push({ start: s.start, end: s.end, role });
  };
  for (const id of roles.actorIds) push(id, 'actor');
  for (const id of roles.targetIds) push(id, 'target');
  push(roles.placeId, 'place');
  push(roles.timeId, 'time');
  return out;
};

const evaluate = (name: string, key: string, instances: readonly Instance[]) => {
  const cache = new Map<string, ReturnType<typeof runStages>>();
  const endToEnd = new Tally();
  const givenTrigger = new Tally();
  for (const x of instances) {
    let a = cache.get(x.doc);
    if (!a) {
      a = runStages(ANALYSIS_STAGES, {
        documentId: documentId(`arg-${x.doc}`),
        text: x.text,
        referenceDate: null,
        referenceWindow: null,
      });
      cache.set(x.doc, a);
    }
    const spans = new Map<string, Arg>();
    for (const m of [...a.entities, ...a.times]) spans.set(m.id, { ...m.span, role: null });
    const ev = a.events.find((e) => e.trigger.start < x.trigger.end && x.trigger.start < e.trigger.end);
    if (ev) endToEnd.events++;
    endToEnd.add(x.gold, argsOf(ev, spans));
    const roles = rolesAtTrigger(x.text, a, x.trigger, posOf(x.text, x.trigger));
    if (roles) givenTrigger.events++;
    givenTrigger.add(x.gold, argsOf(roles, spans));
  }
  return {
    name,
    key,
    docs: cache.size,
    instances: instances.length,
    gold: endToEnd.gold,
    endToEnd: endToEnd.scores(),
    givenTrigger: givenTrigger.scores(),
  };
};

export type ArgumentScores = ReturnType<typeof evaluate>;

export const argumentScores = (): ArgumentScores[] => {
  const dir = corporaDir();
  return [
    evaluate('RAMS', 'rams', readRams(join(dir, 'rams', 'test.jsonlines'))),
    evaluate('WikiEvents', 'wikievents', readWikiEvents(join(dir, 'wikievents', 'test.jsonl'))),
  ];
};
