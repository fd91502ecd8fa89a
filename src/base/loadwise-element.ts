/**
 * The two bases of the Loadwise elements. `LoadwiseBase`, for every element, the provider
 * included: the shared attributes, the settings from a provider, the group store, a host's content
 * pack and `persist`. `LoadwiseElement`, for the widgets: their language (a localize controller)
 * and the skeleton while its pack loads. The work is done by controllers (src/controllers/);
 * widgets extend `LoadwiseElement` and render, and never compute a rule.
 */
import { LitElement, html, nothing, type PropertyDeclarations, type PropertyValues, type TemplateResult } from 'lit';
import { ContextConsumer } from '@lit/context';
import { assessWith, type Assessment } from '../core/rules/readiness.js';
import { floorOf, heldFloor, withFloor } from '../core/rules/floor.js';
import type { ContentPack, Source } from '../core/schema/content.js';
import type { Store } from '../core/state/store.js';
import { defaultUnits, type UnitSystem } from '../core/units.js';
import { configContext, storeContext, type LoadwiseConfig, type Theme } from '../context/contexts.js';
import { ContentController } from '../controllers/content-controller.js';
import { LocalizeController, lookup, requestedLocale } from '../controllers/localize-controller.js';
import { PersistController } from '../controllers/persist-controller.js';
import { StoreController } from '../controllers/store-controller.js';
import { BASE_STRINGS } from '../internal/base.strings.js';
import { devWarn } from '../internal/dev.js';
import { english } from '../internal/english.js';
import { canonical } from '../internal/locale.js';
import { hostStyles } from '../styles/host.styles.js';
import { VERSION } from './define.js';
import { DEFAULT_GROUP, groupStore } from './groups.js';
import { safeUrl } from './url.js';
import { flag, fromJson, type CoercedDeclaration } from './values.js';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];

/**
 * What follows the page (base/page.ts): its scheme as it changes, and readable colours. A chunk
 * of its own, which the first screen does not wait for: it needs only `pageTheme`.
 */
let page: Promise<typeof import('./page.js')> | undefined;

/**
 * The theme `auto` resolves to (DESIGN §2): the browser's own reading of the page's
 * `color-scheme` as computed on the element (the page's `<meta name="color-scheme">` where that
 * is `normal`; the reader's system setting where the page allows both), which the probe in
 * host.styles.ts (`light-dark()` on the host) gives as one of two colours.
 */
const pageTheme = (el: Element): 'light' | 'dark' => (getComputedStyle(el).columnRuleColor == 'rgb(0, 0, 2)' ? 'dark' : 'light');
const UNIT_SYSTEMS: readonly UnitSystem[] = ['metric', 'imperial'];

export { flag, json } from './values.js';

/** What `heading()` puts on a heading. */
export interface HeadingOptions {
  id?: string;
  cls?: string;
  part?: string;
  /** A focus target: `tabindex="-1"`. */
  focus?: boolean;
  /** Levels below the widget's title: 0 for the title, 1 for its sections. */
  depth?: number;
}

/** The resolved settings an element renders with. */
export interface ResolvedConfig {
  locale: string;
  units: UnitSystem;
  theme: Theme;
  group: string;
  content: ContentPack;
}

/**
 * Each set of answers assessed once per pack: two widgets in one language show the very same
 * (deeply frozen) assessment, and one in another language its own. Held to the floor published
 * with the answers (core/rules/floor.ts): never less strict than what the publishing widget showed.
 */
const assessed = new WeakMap<object, Map<ContentPack, { own: Assessment; floor?: unknown; held?: Assessment }>>();

function assessmentOf(content: ContentPack, answers: object, made?: Assessment, floor?: unknown): Assessment {
  let byPack = assessed.get(answers);
  if (!byPack) assessed.set(answers, (byPack = new Map()));
  let entry = byPack.get(content);
  if (!entry) byPack.set(content, (entry = { own: made ?? assessWith(content, answers) }));
  if (!floor) return entry.own;
  if (entry.floor !== floor) {
    entry.floor = floor;
    entry.held = withFloor(content, entry.own, floor);
  }
  return entry.held!;
}

/**
 * What every Loadwise element has, the provider included. Not an element of its own.
 *
 * @csspart debug-notice - The notice shown with `debug` when content was refused.
 * @cssprop --loadwise-accent - Accent colour: buttons, links, focus ring. Default #0b6b53 (light), #5fd0aa (dark).
 * @cssprop --loadwise-surface - Background. Default #ffffff (light), #161b20 (dark).
 * @cssprop --loadwise-text - Text colour. Default #1b232b (light), #e8edf2 (dark).
 * @cssprop --loadwise-border - Borders and dividers. Default #c9d1d9 (light), #3a444e (dark).
 * @cssprop --loadwise-danger - Warnings and errors. Default #a4232f (light), #ff8d94 (dark).
 * @cssprop --loadwise-radius - Corner radius. Default 8px.
 * @cssprop --loadwise-spacing - The base spacing unit. Default 16px.
 * @cssprop --loadwise-font - Font family. Default: inherited from the page.
 * @cssprop --loadwise-font-size - Base font size, in px (never rem). Default 16px.
 */
export abstract class LoadwiseBase extends LitElement {
  /** The version that defined this class (see define.ts). */
  static loadwiseVersion = VERSION;
  static override styles = [hostStyles];
  /**
   * Whether the element shows the reader's answers with "Forget my answers" beside them (the quiz).
   * With `persist`, only such an element keeps the health answers in `sessionStorage`.
   */
  static showsAnswers = false;

  /** Settings from the nearest `<loadwise-provider>`, if any. */
  protected providerConfig?: LoadwiseConfig;

  /** The store a `<loadwise-provider>` gives its group, if any. */
  protected providerStore?: Store;

  /** The requests for the provider's settings and store. */
  protected readonly consumers: ContextConsumer<typeof configContext | typeof storeContext, LoadwiseBase>[];

  constructor() {
    super();
    // A page may set anything on the element before it upgrades. An own property named like one of
    // its getters or methods (a forged `assessment`, say) would hide it for good: dropped here.
    // Reactive properties are Lit's to take over, and are kept.
    const ours = new Set<string>();
    for (let proto = Object.getPrototypeOf(this) as object; proto !== LitElement.prototype; proto = Object.getPrototypeOf(proto)) {
      for (const name of Object.getOwnPropertyNames(proto)) ours.add(name);
    }
    for (const key of Object.keys(this)) {
      if (ours.has(key) && !(this.constructor as typeof LitElement).elementProperties.has(key)) {
        delete (this as unknown as Record<string, unknown>)[key];
        devWarn(this.localName, `\`${key}\` set before the element was defined is ignored: it is not a property a page can set.`);
      }
    }
    // The nearest provider's settings and store, as they change (reactive: `providerConfig`, `providerStore`).
    this.consumers = [
      new ContextConsumer(this, { context: configContext, subscribe: true, callback: (value) => (this.providerConfig = value) }),
      new ContextConsumer(this, { context: storeContext, subscribe: true, callback: (value) => (this.providerStore = value) }),
    ];
  }

  /**
   * A property declared with a `coerce` (values.ts) gets an accessor of its own, which Lit wraps:
   * every value given to it, as a property or from its attribute, is read with it (`"false"` is
   * false, a JSON string is parsed: DESIGN §2).
   */
  protected static override finalize(): void {
    // This class's own declarations (a base class's are its own to make), before Lit makes its
    // accessors; once only (a finalized class has Lit's accessor there already).
    if (this.hasOwnProperty('properties')) {
      for (const [name, { coerce }] of Object.entries(this.properties as Record<string, Partial<CoercedDeclaration>>)) {
        if (coerce && !this.prototype.hasOwnProperty(name)) {
          const key = Symbol();
          Object.defineProperty(this.prototype, name, {
            get(this: Record<symbol, unknown>) {
              return this[key];
            },
            set(this: Record<symbol, unknown>, value: unknown) {
              this[key] = coerce(value);
            },
            configurable: true, // Lit wraps it
          });
        }
      }
    }
    super.finalize();
  }

  /** Reactive properties and attributes (Lit `static properties`: no decorator runtime in the bundles). */
  static override properties: PropertyDeclarations & Record<string, Partial<CoercedDeclaration>> = {
    providerConfig: { state: true, attribute: false },
    providerStore: { state: true, attribute: false },
    locale: {},
    units: {},
    theme: {},
    group: {},
    persist: flag,
    debug: flag,
    content: { attribute: false, coerce: fromJson },
    label: {},
    headingLevel: { attribute: 'heading-level' },
  };

  /** Language of the widget (BCP 47). Default: the provider's, then the nearest `lang` on the page, then `en`. */
  locale?: string;

  /** `metric` or `imperial`. Default: from the locale (`en-US` is imperial). */
  units?: UnitSystem;

  /** `light`, `dark` or `auto` (follows the page: its `color-scheme`, and the reader's system setting where the page allows both). Default: `auto`. */
  theme?: Theme;

  /** Widgets with the same group share the reader's answers across the page. Default: `default`. */
  group?: string;

  /** Keep the reader's answers in `sessionStorage` (this tab), so they survive a reload; health answers only while a quiz with `persist` shows them with "Forget my answers". Turning it off removes what was stored. Off by default; `persist="false"` (or the string `"false"` as the property) is off, as React writes `persist={false}`. */
  persist = false;

  /** Show a small notice in the widget when its content or attributes are rejected. `debug="false"` (or the string `"false"` as the property) is off. */
  debug = false;

  /** A content pack replacing the built-in pack of its language: an object, or its JSON text (as some frameworks set it); validated, and refused with a console error when invalid or not JSON. */
  content?: unknown;

  /**
   * The widget's accessible name: its landmark's name, instead of its title. Set it when two
   * widgets of a kind are on one page, so that a screen reader can tell them apart.
   */
  label?: string;

  /**
   * The level of the widget's main heading, 1 to 6, so that it fits the page's outline; the
   * widget's inner headings are one level below it. Default: 2.
   */
  headingLevel?: number | string;

  /** The group state this element reads. */
  protected readonly groupState = new StoreController(this, (state) => state);

  /** A host's own pack (the `content` property or a JSON child), validated. */
  protected readonly hostContent = new ContentController(this);

  /** `persist`: the group's answers in `sessionStorage`. */
  protected readonly persistence = new PersistController(this, {
    health: (this.constructor as typeof LoadwiseBase).showsAnswers,
    restore: (answers) => this.publishAnswers(answers),
  });

  /** The settings in force, resolved in `willUpdate`. */
  protected config: ResolvedConfig = { locale: 'en', units: 'metric', theme: 'auto', group: DEFAULT_GROUP, content: english() };

  /** The locale and units set on this element or an outer provider (valid ones), before any default. */
  protected given: Pick<LoadwiseConfig, 'locale' | 'units'> = {};

  private store: Store | null = null;
  private reported = new Map<string, unknown>();

  /**
   * The group's latest assessment, or null. Read-only and deeply frozen: setting or changing it does nothing.
   * @readonly
   */
  get assessment(): Assessment | null {
    // Made here from the group's answers, in this element's language: whatever else a script put
    // in the group is never shown (invariant 18).
    const answers: unknown = this.store?.getState().answers;
    try {
      if (!answers || typeof answers != 'object' || Object.keys(answers).length === 0) return null;
    } catch {
      return null; // whatever a script put in the store: not answers
    }
    // Never less strict than the result the publishing widget showed (its pack may have rules this one lacks).
    return assessmentOf(this.config.content, answers, undefined, this.store?.getState().floor);
  }

  set assessment(_value: Assessment | null) {
    devWarn(this.localName, '`assessment` is read-only: it is the group\'s latest result.');
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') && this.content !== undefined) this.hostContent.set(this.content);
    this.config = this.resolveConfig();
    const store = this.providerStore && (this.group === undefined || this.group === this.providerConfig?.group) ? this.providerStore : groupStore(this.config.group);
    if (store !== this.store) {
      this.store = store;
      this.groupState.setStore(store);
    }
    // Kept only while the element is on the page (an update can run after it left).
    this.persistence.sync(this.persist && this.isConnected, store, this.config.group);
    // This widget's pack may have rules the publisher's lacked (a host pack, or one validated
    // since): the group then holds to this widget's result as well (invariant 10).
    const { floor } = store.getState();
    const assessment = floor ? this.assessment : null;
    if (assessment) {
      const held = heldFloor(floor, assessment);
      if (held !== floor) store.dispatch({ type: 'held', floor: held });
    }
  }

  /** The group store (the provider's, or the page-wide one for the group). */
  protected get groupStore(): Store {
    return this.store ?? groupStore(this.config.group);
  }

  /** Publishes new answers to the whole group; returns what the core makes of them in this element's pack. */
  protected publishAnswers(answers: unknown): Assessment {
    const made = assessWith(this.config.content, answers);
    const assessment = assessmentOf(this.config.content, made.answers, made);
    this.groupStore.dispatch({ type: 'answered', answers: assessment.answers, floor: floorOf(assessment) });
    return assessment;
  }

  /** Clears the reader's answers for the group, here and in `sessionStorage`. */
  forgetAnswers(): void {
    this.persistence.forget(this.config.group);
    this.groupStore.dispatch({ type: 'reset' });
  }

  /** Dispatches one of the typed Loadwise events from this element. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * A URL from outside, if allowed (https:, http:, mailto:); else null, with one console error per
   * refused value (renders call this again and again). Bound: it can be passed on as it is.
   */
  protected readonly safeUrl = (value: unknown, field: string): string | null => {
    const key = `url:${field}`;
    if (this.reported.get(key) === value && value !== undefined) return null;
    const url = safeUrl(value, { tag: this.localName, field });
    if (url === null) this.reported.set(key, value);
    else if (this.reported.get(key) !== undefined) this.reported.delete(key);
    return url;
  };

  /** The small notice shown with `debug` when content was refused. */
  protected renderDebugNotice(): TemplateResult | typeof nothing {
    const issues = this.hostContent.issues;
    const strings = this.debug && issues ? this.hostContent.noticeStrings() : undefined;
    if (!strings || !issues) return nothing;
    const { content, locale } = this.config;
    return html`<p class="debug-notice" part="debug-notice" role="note">${lookup(content, locale, 'base', strings, 'debugRefused', { count: issues.length })}</p>`;
  }

  /**
   * Logs `message` as a console error unless the same `value` was already reported under `key`:
   * renders run again and again, and a bad value must give one error, not one per render.
   */
  protected reportOnce(key: string, value: unknown, message: string): void {
    if (this.reported.has(key) && Object.is(this.reported.get(key), value)) return;
    this.reported.set(key, value);
    console.error(`<${this.localName}>: ${message}`);
  }

  /** The level of the main heading (`heading-level`), checked: 1 to 6, else 2 with one console error. */
  protected get level(): number {
    const value = this.headingLevel;
    if (value === undefined || value === null) return 2;
    const n = Number(value);
    if (Number.isInteger(n) && n >= 1 && n <= 6) return n;
    this.reportOnce('heading-level', value, `attribute "heading-level" expects a whole number from 1 to 6; got ${JSON.stringify(value)}. Using 2.`);
    return 2;
  }

  /** The accessible name a page gave the widget (`label`), trimmed; undefined when none. */
  protected get givenLabel(): string | undefined {
    const label = typeof this.label == 'string' ? this.label.trim() : '';
    return label || undefined;
  }

  /** Reports an invalid attribute value once, naming the element, the attribute and what is expected. */
  protected checkAttribute<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
    if (value === undefined || value === null) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.reportOnce(name, value, `attribute "${name}" expects ${allowed.map((v) => `"${v}"`).join(' or ')}; got ${JSON.stringify(value)}. Using the default.`);
    return undefined;
  }

  /** The settings from the attributes, then the provider's, then the page's; `locale` is the reader's (canonical). */
  protected resolveConfig(): ResolvedConfig {
    // Own properties only (a value on Object.prototype is no setting).
    const provider: LoadwiseConfig = Object.assign(Object.create(null), this.providerConfig);
    let own = this.locale ?? undefined; // null once the attribute is removed
    if (own !== undefined && !(own = canonical(own))) {
      this.reportOnce('locale', this.locale, `attribute "locale" expects a BCP 47 language tag such as "en" or "es-MX"; got ${JSON.stringify(this.locale)}. Using the page's language.`);
    }
    const units = this.checkAttribute('units', this.units, UNIT_SYSTEMS) ?? provider.units;
    this.given = { locale: own ?? provider.locale, units };
    const locale = requestedLocale(this, own, provider.locale);
    const theme = this.checkAttribute('theme', this.theme, THEMES) ?? provider.theme ?? 'auto';
    let group = this.group;
    if (group !== undefined && (typeof group !== 'string' || group.trim() === '' || group.length > 100)) {
      this.reportOnce('group', group, `attribute "group" expects a name of 1 to 100 characters; got ${JSON.stringify(group)}. Using "${DEFAULT_GROUP}".`);
      group = undefined;
    }
    return {
      locale,
      units: units ?? defaultUnits(locale),
      theme,
      group: group ?? provider.group ?? DEFAULT_GROUP,
      content: this.customPack ?? english(),
    };
  }

  /** A host's pack: this element's own, else its provider's; undefined for the built-in one. */
  protected get customPack(): ContentPack | undefined {
    return this.hostContent.pack ?? Object.assign(Object.create(null), this.providerConfig).content;
  }
}

/**
 * The base class of the Loadwise widgets. Not an element of its own. A widget renders its screens
 * in `renderWidget()`; while the pack of its language loads, `render()` shows a skeleton of the
 * same frame instead: no English text, `aria-busy`.
 */
export abstract class LoadwiseElement extends LoadwiseBase {
  /** The widget's language: its locale, pack and interface strings. */
  protected readonly localize = new LocalizeController(this);

  protected override resolveConfig(): ResolvedConfig {
    const config = super.resolveConfig();
    this.localize.resolve(config.locale, this.customPack);
    // `auto` follows the page (DESIGN §2): what the element renders is light or dark.
    return { ...config, theme: config.theme == 'auto' ? pageTheme(this) : config.theme, locale: this.localize.locale, content: this.localize.content };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The page's provider too: one whose script ran after this widget's answered no request (page.ts).
    void (page ??= import('./page.js')).then((m) => this.isConnected && m.follow(this, this.consumers));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    void page?.then((m) => m.unfollow(this));
  }

  protected override render(): unknown {
    if (!this.localize.pending) return this.renderWidget();
    return html`<div class="base skeleton" part="base" data-theme=${this.config.theme} aria-busy="true"><i></i><i></i><i></i></div>`;
  }

  /** The widget itself, once its language is here. */
  protected abstract renderWidget(): unknown;

  /**
   * The one way a source is shown (a reason's, a claim's, an alternative's): "Label (2019)", a
   * link where its URL passes the allowlist (`field` names it in the console error). The label is
   * text, isolated (`<bdi>`) so that a right-to-left label keeps the year in place.
   */
  protected renderSource(source: Source, field: string): TemplateResult {
    const href = source.url === undefined ? null : this.safeUrl(source.url, field);
    const label = html`<bdi>${source.label}</bdi> (${source.year})`;
    return href ? html`<a href=${href} rel="noreferrer">${label}</a>` : label;
  }

  /**
   * A heading at the page's level (`heading-level`) plus `depth`: the widget's title at depth 0,
   * its sections at 1, capped at 6. `focus` makes it a focus target (`tabindex="-1"`).
   */
  protected heading(content: unknown, { id, cls, part, focus, depth = 0 }: HeadingOptions = {}): TemplateResult {
    const level = Math.min(6, this.level + depth);
    const c = cls ?? nothing;
    const i = id ?? nothing;
    const p = part ?? nothing;
    const t = focus ? '-1' : nothing;
    switch (level) {
      case 1: return html`<h1 class=${c} id=${i} part=${p} tabindex=${t}>${content}</h1>`;
      case 2: return html`<h2 class=${c} id=${i} part=${p} tabindex=${t}>${content}</h2>`;
      case 3: return html`<h3 class=${c} id=${i} part=${p} tabindex=${t}>${content}</h3>`;
      case 4: return html`<h4 class=${c} id=${i} part=${p} tabindex=${t}>${content}</h4>`;
      case 5: return html`<h5 class=${c} id=${i} part=${p} tabindex=${t}>${content}</h5>`;
      default: return html`<h6 class=${c} id=${i} part=${p} tabindex=${t}>${content}</h6>`;
    }
  }

  /** "Forget my answers", shown where `persist` keeps them. */
  protected renderForgetButton(label = this.localize.text('base', BASE_STRINGS, 'forget')): TemplateResult | typeof nothing {
    if (!this.persist) return nothing;
    return html`<button type="button" class="forget" part="forget" @click=${() => this.forgetAnswers()}>${label}</button>`;
  }
}
