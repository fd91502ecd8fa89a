/** What the picker's lazy chunks (the comparison, the how-to and next step) need of it: types only. */
import type { TemplateResult } from 'lit';
import type { RankedAlternative, Source } from '../../core/engine.js';
import type { HeadingOptions } from '../../base/loadwise-element.js';
import type { alternatives } from '../../i18n/en.alternatives.js';

export interface PickerView {
  /** An interface string of the picker. */
  t(key: keyof typeof alternatives, values?: Readonly<Record<string, string | number>>): string;
  /** A heading at the picker's level plus `depth`. */
  heading(content: unknown, options: HeadingOptions): TemplateResult;
  /** The pack's shared interface strings (`sources`, `kcal`). */
  ui: Readonly<Record<string, string>>;
  impact(entry: RankedAlternative): string;
  fit(entry: RankedAlternative): string;
  time(entry: RankedAlternative): string;
  equipment(entry: RankedAlternative): string;
  energy(entry: RankedAlternative): string;
  source(source: Source, field: string): TemplateResult;
}
