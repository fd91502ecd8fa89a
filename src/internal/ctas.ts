/**
 * Host input every widget reads the same way: JSON attributes, and calls to action. Which CTA may
 * show where is the core's decision (`rules/cta.ts`); this module only checks the shape and the URL.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { VERDICTS, type Cta } from '../core/engine.js';
import { InvalidJson } from '../base/values.js';

/** A JSON string that did not parse (base/values.ts reads JSON attributes and properties). */
export { InvalidJson };

export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A short, printable form of a bad value for a console error. */
export function shown(value: unknown): string {
  return String(value instanceof InvalidJson ? value.text : JSON.stringify(value)).slice(0, 120);
}

/**
 * The valid CTAs of `input`, each href through the allowlist. Each invalid item is reported through
 * `report(field, expected, value)` and skipped; the rest are kept in order.
 */
export function readCtas(
  input: unknown,
  report: (field: string, expected: string, value: unknown) => void,
  safeUrl: (value: unknown, field: string) => string | null,
): Cta[] {
  if (input === undefined || input === null) return [];
  if (!Array.isArray(input)) {
    report('ctas', 'an array of CTAs', input);
    return [];
  }
  const out: Cta[] = [];
  input.forEach((item: unknown, i) => {
    const { id, label, kind, verdicts, alternativeId } = isObject(item) ? item : ({} as Record<string, unknown>);
    const ok =
      typeof id === 'string' &&
      id !== '' &&
      typeof label === 'string' &&
      label.trim() !== '' &&
      [undefined, 'commerce', 'professional'].includes(kind as string) &&
      (verdicts === undefined || (Array.isArray(verdicts) && verdicts.every((v) => (VERDICTS as readonly unknown[]).includes(v)))) &&
      (alternativeId === undefined || typeof alternativeId === 'string');
    if (!ok) return report(`ctas[${i}]`, '{ id, label, href, kind?: "commerce" | "professional", verdicts?, alternativeId? }', item);
    const href = safeUrl((item as Record<string, unknown>)['href'], `ctas[${i}].href`);
    if (href) out.push({ ...(item as unknown as Cta), href });
  });
  return out;
}

/**
 * A CTA link: `rel="sponsored"`, whatever its `kind` says (a host link, a professional's too, is
 * the site owner's: nothing proves it is not paid); `onFollow` fires the
 * `loadwise-cta` event. Every host link, whatever its kind, is described by the site owner's
 * disclosure line (`disclosureId`), which the widget shows beside any link (invariant 15).
 */
export function ctaLink(cta: Cta, onFollow: () => void, disclosureId?: string): TemplateResult {
  return html`<a
    class="cta"
    part="cta"
    href=${cta.href}
    rel="sponsored noopener"
    aria-describedby=${disclosureId ?? nothing}
    @click=${onFollow}
    >${cta.label}</a
  >`;
}
