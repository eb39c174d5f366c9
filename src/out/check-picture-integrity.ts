import type { Citation, Picture, PictureStory } from '../model/picture.js';

/**
 * What the schema cannot say: every span lies inside its document's text, an event telling's trigger inside its
 * cited span, every referenced id exists, and ids are unique across the whole picture. Entity, event, figure and claim references are resolved within
 * their story; document references across the picture. Errors read `/json/pointer: message`.
 */
export const checkPictureIntegrity = (p: Picture): readonly string[] => {
  const errors: string[] = [];
  const firstSeen = new Map<string, string>();
  const declare = (id: string, path: string): void => {
    const first = firstSeen.get(id);
    if (first === undefined) firstSeen.set(id, path);
    else errors.push(`${path}: duplicate id "${id}" (first at ${first})`);
  };

  const texts = new Map<string, string>();
  p.documents.forEach((d, i) => {
    declare(d.id, `/documents/${i}/id`);
    texts.set(d.id, d.text);
  });
  const needDocument = (id: string, path: string): void => {
    if (!texts.has(id)) errors.push(`${path}: unknown document "${id}"`);
  };
  const checkCitation = (c: Citation, path: string): void => {
    const text = texts.get(c.documentId);
    if (text === undefined) needDocument(c.documentId, `${path}/documentId`);
    else if (c.start > c.end) errors.push(`${path}: span [${c.start}, ${c.end}) starts after it ends`);
    else if (c.end > text.length) {
      errors.push(
        `${path}: span [${c.start}, ${c.end}) lies outside document "${c.documentId}" (text length ${text.length})`,
      );
    }
  };
  p.documents.forEach((d, i) => {
    if (d.duplicateOf !== null) needDocument(d.duplicateOf, `/documents/${i}/duplicateOf`);
  });
  p.stories.forEach((s, i) => {
    checkStory(s, `/stories/${i}`, { declare, needDocument, checkCitation, errors });
  });
  return errors;
};

interface Checks {
  readonly declare: (id: string, path: string) => void;
  readonly needDocument: (id: string, path: string) => void;
  readonly checkCitation: (c: Citation, path: string) => void;
  readonly errors: string[];
}

const checkStory = (s: PictureStory, at: string, c: Checks): void => {
  c.declare(s.id, `${at}/id`);
  const idsOf = (records: readonly { readonly id: string }[], field: string): Set<string> => {
    records.forEach((r, i) => {
      c.declare(r.id, `${at}/${field}/${i}/id`);
    });
    return new Set(records.map((r) => r.id));
  };
  const entities = idsOf(s.entities, 'entities');
  const events = idsOf(s.events, 'events');
  const figures = idsOf(s.figures, 'figures');
  const items = new Set([...events, ...figures, ...idsOf(s.claims, 'claims')]);
  idsOf(s.conflicts, 'conflicts');
  idsOf(s.control, 'control');

  const need = (known: Set<string>, what: string) => (id: string | null, path: string) => {
    if (id !== null && !known.has(id)) c.errors.push(`${path}: unknown ${what} "${id}" in story "${s.id}"`);
  };
  const entity = need(entities, 'entity');
  const entityList = (ids: readonly string[], path: string): void => {
    ids.forEach((id, k) => {
      entity(id, `${path}/${k}`);
    });
  };

  s.documentIds.forEach((id, k) => {
    c.needDocument(id, `${at}/documentIds/${k}`);
  });
  s.entities.forEach((e, i) => {
    e.mentions.forEach((m, k) => {
      c.checkCitation(m, `${at}/entities/${i}/mentions/${k}`);
    });
  });
  s.events.forEach((e, i) => {
    const path = `${at}/events/${i}`;
    entity(e.placeId, `${path}/placeId`);
    entityList(e.actorIds, `${path}/actorIds`);
    entityList(e.targetIds, `${path}/targetIds`);
    e.figureIds.forEach((id, k) => {
      need(figures, 'figure')(id, `${path}/figureIds/${k}`);
    });
    e.evidence.forEach((ev, k) => {
      c.checkCitation(ev, `${path}/evidence/${k}`);
      entity(ev.claimantId, `${path}/evidence/${k}/claimantId`);
      if (ev.triggerStart < ev.start || ev.triggerEnd > ev.end || ev.triggerStart >= ev.triggerEnd) {
        c.errors.push(
          `${path}/evidence/${k}: trigger [${ev.triggerStart}, ${ev.triggerEnd}) lies outside its span [${ev.start}, ${ev.end}) or is empty`,
        );
      }
    });
  });
  s.figures.forEach((f, i) => {
    const path = `${at}/figures/${i}`;
    entity(f.placeId, `${path}/placeId`);
    entity(f.claimantId, `${path}/claimantId`);
    entityList(f.coClaimantIds, `${path}/coClaimantIds`);
    if (f.claimantSpan !== null) c.checkCitation(f.claimantSpan, `${path}/claimantSpan`);
    f.evidence.forEach((ev, k) => {
      c.checkCitation(ev, `${path}/evidence/${k}`);
    });
  });
  s.claims.forEach((cl, i) => {
    const path = `${at}/claims/${i}`;
    entity(cl.claimantId, `${path}/claimantId`);
    entityList(cl.coClaimantIds, `${path}/coClaimantIds`);
    c.needDocument(cl.documentId, `${path}/documentId`);
    c.checkCitation(cl.content, `${path}/content`);
    if (cl.claimantSpan !== null) c.checkCitation(cl.claimantSpan, `${path}/claimantSpan`);
    if (cl.content.documentId !== cl.documentId) {
      c.errors.push(
        `${path}/content/documentId: "${cl.content.documentId}" differs from the claim's documentId "${cl.documentId}"`,
      );
    }
  });
  s.conflicts.forEach((x, i) => {
    x.itemIds.forEach((id, k) => {
      need(items, 'event, figure or claim')(id, `${at}/conflicts/${i}/itemIds/${k}`);
    });
  });
  s.timeline.forEach((t, i) => {
    t.eventIds.forEach((id, k) => {
      need(events, 'event')(id, `${at}/timeline/${i}/eventIds/${k}`);
    });
  });
  s.control.forEach((x, i) => {
    const path = `${at}/control/${i}`;
    entity(x.placeId, `${path}/placeId`);
    x.figureIds.forEach((id, k) => {
      need(figures, 'figure')(id, `${path}/figureIds/${k}`);
    });
    x.periods.forEach((p, j) => {
      entityList(p.holderIds, `${path}/periods/${j}/holderIds`);
      entityList(p.claimantIds, `${path}/periods/${j}/claimantIds`);
      p.confirmations.forEach((ct, k) => {
        c.checkCitation(ct, `${path}/periods/${j}/confirmations/${k}`);
      });
      p.eventIds.forEach((id, k) => {
        need(events, 'event')(id, `${path}/periods/${j}/eventIds/${k}`);
      });
    });
  });
  s.briefing.forEach((b, i) => {
    b.citations.forEach((ct, k) => {
      c.checkCitation(ct, `${at}/briefing/${i}/citations/${k}`);
    });
  });
};
