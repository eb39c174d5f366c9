/**
 * The one way this page builds DOM: elements with properties and children, where every string child becomes
 * a text node. Report text is untrusted, so nothing here ever parses markup (no innerHTML anywhere).
 */
type Child = Node | string | null | undefined | false;

export interface Props {
  readonly className?: string;
  readonly title?: string;
  readonly dataset?: Readonly<Record<string, string>>;
  readonly attrs?: Readonly<Record<string, string>>;
  readonly onClick?: (e: Event) => void;
}

export const el = <K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: readonly Child[]
): HTMLElementTagNameMap[K] => {
  const node = document.createElement(tag);
  if (props.className) node.className = props.className;
  if (props.title) node.title = props.title;
  for (const [k, v] of Object.entries(props.dataset ?? {})) node.dataset[k] = v;
  for (const [k, v] of Object.entries(props.attrs ?? {})) node.setAttribute(k, v);
  if (props.onClick) node.addEventListener('click', props.onClick);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    node.append(typeof child === 'string' ? document.createTextNode(child) : child);
  }
  return node;
};

/** A link only for http(s) URLs; anything else (javascript:, data:) is shown as plain text. */
export const safeLink = (url: string, label: string): HTMLElement => {
  let ok = false;
  try {
    ok = ['http:', 'https:'].includes(new URL(url).protocol);
  } catch {
    ok = false;
  }
  return ok
    ? el('a', { attrs: { href: url, rel: 'noopener noreferrer nofollow', target: '_blank' } }, label)
    : el('span', {}, label);
};

export const section = (title: string, className: string, ...children: readonly Child[]): HTMLElement =>
  el('section', { className: `panel ${className}` }, el('h2', {}, title), ...children);
