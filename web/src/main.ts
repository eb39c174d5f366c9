import './style.css';
import { fetchStories, fetchStory } from './api.js';
import { el } from './dom.js';
import { storyList } from './story-list.js';
import { storyView } from './story-view.js';

const app = document.getElementById('app')!;
const status = document.getElementById('status')!;

type Route = { kind: 'list' } | { kind: 'story'; id: string };

const route = (): Route => {
  const m = /^#\/story\/([^/]+)$/.exec(location.hash);
  return m ? { kind: 'story', id: decodeURIComponent(m[1]!) } : { kind: 'list' };
};

let rendering = 0;

/** Draws the current route; a newer render started meanwhile wins. */
const render = async (): Promise<void> => {
  const ticket = ++rendering;
  const r = route();
  try {
    const view = r.kind === 'list' ? storyList(await fetchStories()) : storyView(await fetchStory(r.id));
    if (ticket !== rendering) return;
    app.replaceChildren(view);
    document.body.dataset.ready = String(ticket);
  } catch (e) {
    if (ticket === rendering) app.replaceChildren(el('p', { className: 'error' }, (e as Error).message));
  }
};

/** Live updates: every `stories` event redraws the page in place (the open report stays open). */
const listen = (): void => {
  const source = new EventSource('/api/events');
  source.addEventListener('hello', () => {
    status.textContent = 'live';
  });
  source.addEventListener('stories', (e) => {
    const { version } = JSON.parse((e as MessageEvent<string>).data) as { version: number };
    status.textContent = `updated (v${version})`;
    document.body.dataset.version = String(version);
    void render();
  });
  source.addEventListener('error', () => {
    status.textContent = 'reconnecting…';
  });
};

window.addEventListener('hashchange', () => void render());
listen();
void render();
