/** The DOM helpers every sidebar module uses: text is always set with textContent, never as markup. */

export const byId = <T extends HTMLElement = HTMLElement>(id: string) => document.getElementById(id) as T;

/** An element with its text and class. */
export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

/** A link opening in a new tab (Docs, Drive and Google's pages cannot open inside the sidebar). */
export function link(href: string, text: string, label?: string): HTMLAnchorElement {
  const a = el('a', text);
  if (label) a.setAttribute('aria-label', label);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener';
  return a;
}
