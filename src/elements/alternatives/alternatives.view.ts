/**
 * What the picker's lazy chunk (the comparison, the how-to, the next step) reads of the picker
 * itself: types only. The picker passes itself, so no view object is built on its first screen.
 */
import type { TemplateResult } from 'lit';
import type { ContentPack, RankedAlternative, Source } from '../../core/engine.js';
import type { HeadingOptions } from '../../base/loadwise-element.js';
import type { alternatives } from '../../i18n/en.alternatives.js';
import { alternativesLater } from '../../i18n/en.alternatives-later.js';

export interface PickerView {
  /** An interface string of the picker. */
  t(key: keyof typeof alternatives, values?: Readonly<Record<string, string | number>>): string;
  t(key: keyof typeof alternativesLater, values: Readonly<Record<string, string | number>> | undefined, defaults: typeof alternativesLater): string;
  /** A heading at the picker's level plus `depth`. */
  heading(content: unknown, options: HeadingOptions): TemplateResult;
  readonly config: { readonly content: ContentPack };
  fitText(entry: RankedAlternative): string;
  timeText(entry: RankedAlternative): string;
  equipmentText(entry: RankedAlternative): string;
  kcalText(entry: RankedAlternative): string;
  renderSource(source: Source, field: string): TemplateResult;
}

/** A string of the lazy chunk's own table (en.alternatives-later.ts), through the picker's lookup. */
export function later(view: PickerView, key: keyof typeof alternativesLater, values?: Readonly<Record<string, string | number>>): string {
  return view.t(key, values, alternativesLater);
}
