/**
 * Context keys (@lit/context). `Symbol.for` keys, so that two copies of the bundle on one page
 * still find each other's providers.
 */
import { createContext } from '@lit/context';
import type { ContentPack } from '../core/schema/content.js';
import type { Store } from '../core/state/store.js';
import type { UnitSystem } from '../core/units.js';

export type Theme = 'light' | 'dark' | 'auto';

/** Settings a `<loadwise-provider>` gives the widgets inside it; a widget's own attributes win. */
export interface LoadwiseConfig {
  locale?: string;
  units?: UnitSystem;
  theme?: Theme;
  group?: string;
  /** A validated content pack. */
  content?: ContentPack;
}

export const configContext = createContext<LoadwiseConfig>(Symbol.for('loadwise/config@1'));
export const storeContext = createContext<Store>(Symbol.for('loadwise/store@1'));
