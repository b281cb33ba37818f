/**
 * The error box's content: SaiSaat's own message in the chosen language (its Google links
 * clickable), or a Google error translated (shared/googleErrors.ts) — what happened, what to do,
 * the consent link, and Google's own words in a collapsed <details> — so a Thai user never sees
 * only an English sentence. Text is set with textContent only.
 */
import type { Lang } from '../shared/wire';
import { translateError } from '../shared/googleErrors';
import { el as node, link } from './dom';

const ORIGINAL_LABEL = { th: 'ข้อความต้นฉบับจาก Google', en: "Google's original text" };
const LINK_LABEL = { th: 'เปิดหน้าขออนุญาตของ Google:', en: "Open Google's permission page:" };

/** Google's link, whole as its text; long URLs wrap (CSS .wrap). */
function externalLink(href: string): HTMLAnchorElement {
  const a = link(href, href);
  a.className = 'wrap';
  return a;
}

/** The nodes to show for an error message, after `prefix` ("เกิดข้อผิดพลาด: "). */
export function errorNodes(message: string, lang: Lang, prefix: string): Node[] {
  const e = translateError(message);
  if (e.kind === 'saisaat') {
    // A Google link in SaiSaat's message (a template to fix, the consent page) becomes clickable.
    const parts = e.text[lang].split(/(https:\/\/[^\s]+)/);
    const p = node('p', prefix, 'error-text');
    p.append(...parts.map((part, i) => (i % 2 ? externalLink(part) : part)));
    return [p];
  }
  const nodes: Node[] = [node('p', prefix + e.text[lang], 'error-text')];
  if (e.advice) nodes.push(node('p', e.advice[lang], 'error-advice'));
  if (e.link) {
    const p = node('p', `${LINK_LABEL[lang]} `, 'error-link');
    p.append(externalLink(e.link));
    nodes.push(p);
  }
  if (e.original) {
    const details = document.createElement('details');
    details.className = 'error-original';
    details.append(node('summary', ORIGINAL_LABEL[lang]), node('code', e.original, 'wrap'));
    nodes.push(details);
  }
  return nodes;
}
