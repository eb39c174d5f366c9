import { PARTNER_JOINERS, PARTNER_PREPOSITIONS } from '../../lang/en/events-causes.js';
import type { EntityMention } from '../../model/entity-mention.js';
import type { Token } from '../../model/token.js';
import type { TokenRange } from './clause-of.js';
import { firstTokenAt, lastTokenOf } from './role-tokens.js';

/** Words allowed between a two-sided trigger and its partner preposition ("clashes erupted between"). */
const REACH = 2;

/**
 * The other sides of a two-sided event (a clash): the entities a partner preposition right after the trigger
 * introduces, and those joined to them ("clashes between government forces and rebels", "clashed with the YPG",
 * "fighting against Islamic State"). `actorish` says which entities can be sides. [] when none.
 */
export const partnerActors = (
  toks: readonly Token[],
  trigger: TokenRange,
  entities: readonly EntityMention[],
  actorish: (e: EntityMention) => boolean,
): EntityMention[] => {
  let at = -1;
  for (let i = trigger.last; i < Math.min(toks.length, trigger.last + REACH + 1); i += 1) {
    if (PARTNER_PREPOSITIONS.has(toks[i]!.norm)) {
      at = i;
      break;
    }
  }
  if (at < 0) return [];
  const out: EntityMention[] = [];
  let next = at + 1;
  for (const e of entities) {
    const first = firstTokenAt(toks, e.span.start);
    if (first < next) continue;
    if (toks.slice(next, first).some((t) => !PARTNER_JOINERS.has(t.norm))) break;
    if (actorish(e)) out.push(e);
    next = lastTokenOf(toks, e) + 1;
  }
  return out;
};
