/**
 * The base of every Loadwise element: configuration (attributes, provider, page), the group
 * store, content packs, persistence, typed events and safe URLs. Elements extend it and render;
 * they never compute a rule.
 */
import { LitElement, html, nothing, type PropertyValues, type TemplateResult } from 'lit';
import { consume } from '@lit/context';
import { property, state } from 'lit/decorators.js';
import { english } from './english.js';
import { withDetails } from '../content/en.shared.js';
import type { ContentIssue } from '../core/errors.js';
import { fill } from '../core/text.js';
import { assessWith, type Assessment } from '../core/rules/readiness.js';
import { lockedPlaceholders } from '../core/rules/words.js';
import { validateAnswers } from '../core/schema/answers.js';
import type { ContentPack } from '../core/schema/content.js';
import type { Store } from '../core/state/store.js';
import { defaultUnits, formatNumber, type UnitSystem } from '../core/units.js';
import { configContext, storeContext, type LoadwiseConfig, type Theme } from '../context/contexts.js';
import { StoreController } from '../controllers/store-controller.js';
import { hostStyles } from '../styles/host.styles.js';
import { VERSION } from './define.js';
import { devWarn } from './dev.js';
import { DEFAULT_GROUP, groupStore } from './registry.js';
import { BASE_STRINGS } from './base.strings.js';
import { canonical, language, loadPack, packLanguage, pluralRules } from './locale.js';
import { safeUrl } from './url.js';
import { persist, session } from './persist.js';
import { own } from '../core/input.js';

const THEMES: readonly Theme[] = ['light', 'dark', 'auto'];
export const UNIT_SYSTEMS: readonly UnitSystem[] = ['metric', 'imperial'];

/** A boolean attribute as frameworks write them (DESIGN §2): present is on, but `"false"` is off. */
export const flag = { type: Boolean, converter: { fromAttribute: (value: string | null) => value !== null && value !== 'false' } };

/** The resolved settings a widget renders with. */
export interface ResolvedConfig {
  locale: string;
  units: UnitSystem;
  theme: Theme;
  group: string;
  content: ContentPack;
}

/**
 * Validates a pack in a lazily loaded chunk, so that zod is fetched only when a host brings its
 * own. A pack in another language than English may leave texts out: English fills each one.
 */
async function validatePack(input: unknown, warn: string | false) {
  // The whole English pack: its claims too, which a page without the explainer has not loaded.
  const [{ validateWithFallback }, { claims }, { claimDetails }] = await Promise.all([
    import('./validate.js'),
    import('../content/en.claims.js'),
    import('../content/en.claim-details.js'),
  ]);
  return validateWithFallback(input, { ...english(), claims: withDetails(claims, claimDetails) }, warn);
}

/** The `debug` notice's English strings, once the validator chunk has brought them. */
let debugStrings: Readonly<Record<string, string>> | undefined;

/** The `lang` of the element or its nearest ancestor, crossing shadow roots up to `<html>`; '' if none. */
function nearestLang(el: Element): string {
  for (let node: Element | null = el; node; node = node.parentElement ?? ((node.getRootNode() as Partial<ShadowRoot>).host ?? null)) {
    const lang = node.getAttribute('lang');
    if (lang) return lang;
  }
  return '';
}


function storageKey(group: string): string {
  return `loadwise:v1:${group}`;
}

/** The assessments this copy of Loadwise made; any other found in a group is made again from its answers. */
const made = new WeakSet<object>();
const remade = new WeakMap<object, Assessment>();

/**
 * The base class of the Loadwise widgets. Not an element of its own.
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
export abstract class LoadwiseElement extends LitElement {
  /** The version that defined this class (see define.ts). */
  static loadwiseVersion = VERSION;
  static override styles = [hostStyles];
  /** Whether the element shows content in the page's language (a built-in pack, loaded lazily); false for the provider. */
  static localized = true;
  /**
   * Whether the element shows the reader's answers with "Forget my answers" beside them (the quiz).
   * With `persist`, only such a widget keeps the health answers in `sessionStorage`.
   */
  static showsAnswers = false;

  /** Settings from the nearest `<loadwise-provider>`, if any. */
  @consume({ context: configContext, subscribe: true })
  @state()
  protected providerConfig?: LoadwiseConfig;

  /** The store a `<loadwise-provider>` gives its group, if any. */
  @consume({ context: storeContext, subscribe: true })
  @state()
  protected providerStore?: Store;

  /** The validated pack from `content` or a JSON child, or null for the built-in one. */
  @state() protected customContent: ContentPack | null = null;

  /** What was wrong with the last content given, for the `debug` notice. */
  @state() protected contentIssues: readonly ContentIssue[] | null = null;

  /** Language of the widget (BCP 47). Default: the provider's, then the nearest `lang` on the page, then `en`. */
  @property() locale?: string;

  /** `metric` or `imperial`. Default: from the locale (`en-US` is imperial). */
  @property() units?: UnitSystem;

  /** `light`, `dark` or `auto` (follows the reader's system setting). Default: `auto`. */
  @property() theme?: Theme;

  /** Widgets with the same group share the reader's answers across the page. Default: `default`. */
  @property() group?: string;

  /** Keep the reader's answers in `sessionStorage` (this tab), so they survive a reload; health answers only while a quiz with `persist` shows them with "Forget my answers". Turning it off removes what was stored. Off by default. */
  @property(flag) persist = false;

  /** Show a small notice in the widget when its content or attributes are rejected. */
  @property(flag) debug = false;

  /** A content pack (JSON) replacing the built-in pack of its language; validated, and refused with a console error when invalid. */
  @property({ attribute: false }) content?: unknown;

  /** The group state this widget reads. */
  protected readonly groupState = new StoreController(this, (state) => state);

  /** The settings in force, resolved in `willUpdate`. */
  protected config: ResolvedConfig = { locale: 'en', units: 'metric', theme: 'auto', group: DEFAULT_GROUP, content: english() };

  /** The built-in pack of the widget's language is loading: the widget shows a skeleton. */
  protected packPending = false;

  private store: Store | null = null;
  private reported = new Map<string, unknown>();
  private contentToken = 0;
  private jsonChildContent: unknown = undefined;
  private unpersist: (() => void) | null = null;

  /**
   * The group's latest assessment, or null. Read-only and deeply frozen: setting or changing it does nothing.
   * @readonly
   */
  get assessment(): Assessment | null {
    // One that another script put in the group is not shown: it is made again from its answers (invariant 18).
    const state = this.store?.getState();
    const found: unknown = state?.assessment;
    if (!found || typeof found != 'object') return null;
    if (made.has(found)) return found as Assessment;
    let again = remade.get(found);
    if (!again) remade.set(found, (again = assessWith(this.config.content, state!.answers)));
    return again;
  }

  set assessment(_value: Assessment | null) {
    devWarn(this.localName, '`assessment` is read-only: it is the group\'s latest result.');
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A classic script in <head> upgrades the element at its start tag, before the parser has
    // added the JSON child: read it once parsing is done.
    if (document.readyState === 'loading' && !this.jsonChild()) {
      document.addEventListener('DOMContentLoaded', () => this.readJsonChild(), { once: true });
    } else {
      this.readJsonChild();
    }
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.unpersist?.();
    this.unpersist = null;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('content') && this.content !== undefined) this.applyContent(this.content);
    this.config = this.resolveConfig();
    const store = this.providerStore && (this.group === undefined || this.group === this.providerConfig?.group) ? this.providerStore : groupStore(this.config.group);
    if (store !== this.store) {
      this.store = store;
      this.groupState.setStore(store);
      this.unpersist?.();
      this.unpersist = null;
    }
    // Kept only while the element is on the page (an update can run after it left).
    const keep = this.persist && this.isConnected;
    if (keep && !this.unpersist) this.startPersisting();
    if (!keep && this.unpersist) {
      this.unpersist();
      this.unpersist = null;
    }
  }

  /**
   * While the pack of the widget's language loads, a skeleton of the same frame is rendered in
   * place of the element's own `render()`: no English text, `aria-busy`.
   */
  protected override update(changed: PropertyValues): void {
    if (!this.packPending) return super.update(changed);
    const self = this as unknown as { render?: () => unknown };
    self.render = () => html`<div class="base skeleton" part="base" data-theme=${this.config.theme} aria-busy="true"><i></i><i></i><i></i></div>`;
    try {
      super.update(changed);
    } finally {
      delete self.render;
    }
  }

  /** The group store (the provider's, or the page-wide one for the group). */
  protected get groupStore(): Store {
    return this.store ?? groupStore(this.config.group);
  }

  /** Publishes new answers, with what the core makes of them, to the whole group. */
  protected publishAnswers(answers: unknown): Assessment {
    const assessment = assessWith(this.config.content, answers);
    made.add(assessment);
    this.groupStore.dispatch({ type: 'answered', answers: assessment.answers, assessment });
    return assessment;
  }

  /** Clears the reader's answers for the group, here and in `sessionStorage`. */
  forgetAnswers(): void {
    try {
      session()?.removeItem(storageKey(this.config.group));
    } catch {
      // storage refused: nothing was kept there
    }
    this.groupStore.dispatch({ type: 'reset' });
  }

  /** Dispatches one of the typed Loadwise events from this element. */
  protected emit(event: Event): boolean {
    return this.dispatchEvent(event);
  }

  /**
   * A URL from outside, if allowed (https:, http:, mailto:); else null, with one console error per
   * refused value (renders call this again and again).
   */
  protected safeUrl(value: unknown, field: string): string | null {
    const key = `url:${field}`;
    if (this.reported.get(key) === value && value !== undefined) return null;
    const url = safeUrl(value, { tag: this.localName, field });
    if (url === null) this.reported.set(key, value);
    else if (this.reported.get(key) !== undefined) this.reported.delete(key);
    return url;
  }

  /**
   * The small notice shown with `debug` when content was refused. Its English strings come with
   * the validator chunk (already loaded when a pack was refused; fetched for a child that is not JSON).
   */
  protected renderDebugNotice(): TemplateResult | typeof nothing {
    if (!this.debug || !this.contentIssues) return nothing;
    if (!debugStrings) {
      void import('./validate.js').then((m) => {
        debugStrings = m.DEBUG_STRINGS;
        this.requestUpdate();
      });
      return nothing;
    }
    return html`<p class="debug-notice" part="debug-notice" role="note">${this.uiText('base', debugStrings, 'debugRefused', { count: this.contentIssues.length })}</p>`;
  }

  /** "Forget my answers", shown where `persist` keeps them. */
  protected renderForgetButton(label = this.uiText('base', BASE_STRINGS, 'forget')): TemplateResult | typeof nothing {
    if (!this.persist) return nothing;
    return html`<button type="button" class="forget" part="forget" @click=${() => this.forgetAnswers()}>${label}</button>`;
  }

  /**
   * An interface string: the pack's `ui['<prefix>.<key>']`, else the element's English default,
   * else the pack's shared `ui[key]`; `{name}` placeholders filled with plain text, numbers
   * formatted for the locale. When `values.count` is a number, the plural variant
   * `<key>#<category>` (`Intl.PluralRules`: `one`, `few`…) is taken from the same source if it
   * has one, else the plain key.
   */
  protected uiText(prefix: string, defaults: Readonly<Record<string, string>>, key: string, values?: Readonly<Record<string, string | number>>): string {
    const { content, locale } = this.config;
    const ui = content.ui;
    const count = values?.['count'];
    const variant = typeof count === 'number' ? `${key}#${pluralRules(locale).select(count)}` : key;
    for (const [table, at] of [
      [ui, `${prefix}.`],
      [defaults, ''],
      [ui, ''],
      [english().ui, ''],
    ] as const) {
      const text: string | undefined = own(table, at + key);
      if (text === undefined) continue;
      // Every number about loads and sessions comes from the locked tables (invariant 14).
      const shown: Record<string, string> = { ...lockedPlaceholders(locale) };
      if (!values) return text.includes('{') ? fill(text, shown) : text;
      for (const [name, value] of Object.entries(values)) shown[name] = typeof value === 'number' ? formatNumber(value, locale, 2) : value;
      return fill(own(table, at + variant) ?? text, shown);
    }
    return key;
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

  /** Reports an invalid attribute value once, naming the element, the attribute and what is expected. */
  protected checkAttribute<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
    if (value === undefined || value === null) return undefined;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    this.reportOnce(name, value, `attribute "${name}" expects ${allowed.map((v) => `"${v}"`).join(' or ')}; got ${JSON.stringify(value)}. Using the default.`);
    return undefined;
  }

  private jsonChild(): Element | null {
    return this.querySelector(':scope > script[type="application/json"]');
  }

  /** Reads the `<script type="application/json">` child once; the `content` property wins. */
  private readJsonChild(): void {
    const json = this.jsonChild();
    if (!json || this.jsonChildContent !== undefined) return;
    try {
      this.jsonChildContent = JSON.parse(json.textContent ?? '');
    } catch {
      this.jsonChildContent = Symbol('unparsable');
      this.reportContent([{ path: '', expected: 'valid JSON in the <script type="application/json"> child', received: 'text that is not JSON' }]);
      return;
    }
    if (this.content === undefined) this.applyContent(this.jsonChildContent);
  }

  private resolveConfig(): ResolvedConfig {
    // Own properties only (a value on Object.prototype is no setting).
    const provider: LoadwiseConfig = Object.assign(Object.create(null), this.providerConfig);
    let own = this.locale ?? undefined; // null once the attribute is removed
    if (own !== undefined && !(own = canonical(own))) {
      this.reportOnce('locale', this.locale, `attribute "locale" expects a BCP 47 language tag such as "en" or "es-MX"; got ${JSON.stringify(this.locale)}. Using the page's language.`);
    }
    const units = this.checkAttribute('units', this.units, UNIT_SYSTEMS) ?? provider.units;
    // The reader's locale: attribute, provider, nearest `lang` (crossing shadow roots), `en`.
    const requested = canonical(own ?? provider.locale ?? nearestLang(this)) ?? 'en';
    const content = this.customContent ?? provider.content ?? this.builtInPack(requested);
    // Numbers and dates follow the full tag (es-MX) when it is the content's language.
    const locale = language(requested) === language(content.locale) ? requested : content.locale;
    const theme = this.checkAttribute('theme', this.theme, THEMES) ?? provider.theme ?? 'auto';
    let group = this.group;
    if (group !== undefined && (typeof group !== 'string' || group.trim() === '' || group.length > 100)) {
      this.reportOnce('group', group, `attribute "group" expects a name of 1 to 100 characters; got ${JSON.stringify(group)}. Using "${DEFAULT_GROUP}".`);
      group = undefined;
    }
    return {
      locale,
      units: units ?? defaultUnits(requested),
      theme,
      group: group ?? provider.group ?? DEFAULT_GROUP,
      content,
    };
  }

  /**
   * The built-in pack for a locale: English at once; another language once its chunk has loaded
   * (meanwhile `packPending`, and English underneath). A chunk that fails leaves English, with one
   * console error per page.
   */
  private builtInPack(locale: string): ContentPack {
    this.packPending = false;
    const lang = packLanguage(locale);
    if (lang === 'en' || !(this.constructor as typeof LoadwiseElement).localized) return english();
    const load = loadPack(lang, (error) =>
      console.error(`<${this.localName}>: the content for "${locale}" did not load (${error instanceof Error ? error.message : 'not a content pack'}); showing English.`),
    );
    if (load.pack || load.failed) return load.pack ?? english();
    this.packPending = true;
    // Each update while pending adds a callback; they coalesce into one update when it settles.
    void load.done.then(() => this.requestUpdate());
    return english();
  }

  private applyContent(input: unknown): void {
    const token = ++this.contentToken;
    if (input === null) {
      this.customContent = null;
      this.contentIssues = null;
      return;
    }
    void validatePack(input, this.debug && this.localName).then((result) => {
      if (token !== this.contentToken) return; // a newer pack was given meanwhile
      if (result.success) {
        this.customContent = result.data;
        this.contentIssues = null;
      } else {
        this.customContent = null;
        this.reportContent(result.error.issues);
      }
    });
  }

  private reportContent(issues: readonly ContentIssue[]): void {
    this.contentIssues = issues;
    console.error(
      `<${this.localName}>: content is invalid, so the built-in content is used. ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}:\n` +
        issues.map((i) => `  ${i.path || '(root)'}: expected ${i.expected}, received ${i.received}`).join('\n'),
    );
  }

  private startPersisting(): void {
    const store = this.groupStore;
    const key = storageKey(this.config.group);
    try {
      const saved = session()?.getItem(key);
      if (saved && Object.keys(store.getState().answers).length === 0) {
        const { answers } = validateAnswers(JSON.parse(saved));
        if (Object.keys(answers).length > 0) this.publishAnswers(answers);
      }
    } catch {
      // unreadable or refused: start afresh
    }
    this.unpersist = persist(key, store, (this.constructor as typeof LoadwiseElement).showsAnswers);
  }
}
