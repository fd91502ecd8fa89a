/**
 * The light-DOM fallback of `<loadwise-pros-cons>`: plain HTML of the claims and the common
 * questions, printed from a content pack, for a host to paste inside the element. Crawlers and
 * readers without JavaScript see it; once the element upgrades, its shadow root (which has no
 * slot) replaces it. Not part of the element bundle: run it at build time (Node) or in
 * demo/builder.html (the snippet builder).
 *
 * ```js
 * import { prosConsFallback } from 'loadwise/elements/pros-cons/fallback';
 * import { defaultContent } from 'loadwise/core';
 * const html = prosConsFallback(defaultContent, { claims: ['joint-stress', 'gait-change'] });
 * ```
 */
import type { ContentPack } from '../../core/schema/content.js';
import { lockedPlaceholders } from '../../core/rules/words.js';
import { fill } from '../../core/text.js';
import { prosConsFaq } from '../../i18n/en.pros-cons.faq.js';
import { PROS_CONS_FAQ, PROS_CONS_STRINGS } from './pros-cons.strings.js';

const STRINGS: Readonly<Record<string, string>> = { ...PROS_CONS_STRINGS, ...prosConsFaq };

export interface ProsConsFallbackOptions {
  /** The same ids as the element's `claims` attribute; default: every claim. */
  claims?: readonly string[];
  /** Include the common questions, as the element does unless `faq="off"`. Default: true. */
  faq?: boolean;
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (text: string) => text.replace(/[&<>"]/g, (c) => ENTITIES[c]!);

/** The fallback markup: an escaped HTML string (every text comes from the pack or the strings). */
export function prosConsFallback(content: ContentPack, options: ProsConsFallbackOptions = {}): string {
  // Numbers about loads and sessions come from the locked tables (invariant 14).
  const t = (key: string) => esc(fill(content.ui[`prosCons.${key}`] ?? STRINGS[key] ?? key, lockedPlaceholders(content.locale)));
  const ids = options.claims;
  const claims = ids ? content.claims.filter((c) => ids.includes(c.id)) : content.claims;
  const out = [`<div class="loadwise-fallback">`, `  <p><strong>${t('heading')}</strong></p>`, `  <p>${t('intro')}</p>`];
  for (const kind of ['benefit', 'risk'] as const) {
    const list = claims.filter((c) => c.kind === kind);
    if (list.length === 0) continue;
    out.push(`  <p><strong>${t(kind)}</strong></p>`, '  <ul>');
    for (const c of list) {
      out.push(`    <li><strong>${esc(c.title)}</strong>: ${esc(c.summary)} (${t('evidence')} ${esc(content.labels.certainty[c.certainty])})</li>`);
    }
    out.push('  </ul>');
  }
  const shown = new Set(claims.map((c) => c.id));
  const faq = options.faq === false ? [] : PROS_CONS_FAQ.filter((f) => f.claims.some((id) => shown.has(id)));
  if (faq.length > 0) {
    out.push(`  <p><strong>${t('faq')}</strong></p>`, '  <ul>');
    for (const f of faq) out.push(`    <li><strong>${t(`faq.${f.id}.q`)}</strong> ${t(`faq.${f.id}.a`)}</li>`);
    out.push('  </ul>');
  }
  out.push(`  <p>${esc(content.ui['disclaimer'] ?? '')}</p>`, '</div>');
  return out.join('\n');
}
