/**
 * A host's own content pack: the `content` property or a `<script type="application/json">`
 * child (the property wins), validated in a lazily loaded chunk, so that zod is fetched only when
 * a host brings a pack. A bad pack is refused with one console error naming the element, each
 * issue's path and the value expected; the element keeps its built-in pack, and `issues` feeds
 * the `debug` notice.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { withDetails } from '../content/en.shared.js';
import type { ContentIssue } from '../core/errors.js';
import type { ContentPack } from '../core/schema/content.js';
import { english } from '../internal/english.js';
import { InvalidJson } from '../base/values.js';

/**
 * Validates a pack in the validator's chunk. A pack in another language than English may leave
 * texts out: English fills each one (its claims too, which a page without the explainer has not loaded).
 */
async function validate(input: unknown, warn: string | false) {
  const [{ validateWithFallback }, { claims }, { claimDetails }] = await Promise.all([
    import('../internal/validate.js'),
    import('../content/en.claims.js'),
    import('../content/en.claim-details.js'),
  ]);
  return validateWithFallback(input, { ...english(), claims: withDetails(claims, claimDetails) }, warn);
}

/** The `debug` notice's English strings, once the validator chunk has brought them. */
let debugStrings: Readonly<Record<string, string>> | undefined;

export interface ContentHost extends ReactiveControllerHost, HTMLElement {
  /** Lists the texts a foreign pack left out (a console warning) when set. */
  readonly debug: boolean;
  /** The `content` property. */
  readonly content?: unknown;
}

export class ContentController implements ReactiveController {
  /** The validated pack, or null for the built-in one. */
  pack: ContentPack | null = null;
  /** What was wrong with the last content given, or null. */
  issues: readonly ContentIssue[] | null = null;

  private token = 0;
  private childContent: unknown = undefined;

  constructor(private readonly host: ContentHost) {
    host.addController(this);
  }

  hostConnected(): void {
    // A classic script in <head> upgrades the element at its start tag, before the parser has
    // added the JSON child: read it once parsing is done.
    if (document.readyState === 'loading' && !this.child()) {
      document.addEventListener('DOMContentLoaded', () => this.readChild(), { once: true });
    } else {
      this.readChild();
    }
  }

  /** Takes a new value of the `content` property (null: back to the built-in pack). */
  set(input: unknown): void {
    const token = ++this.token;
    if (input === null) return this.settle(null, null);
    if (input instanceof InvalidJson) return this.refuse([{ path: '', expected: 'a content pack: an object, or JSON text of one', received: 'text that is not JSON' }]);
    void validate(input, this.host.debug && this.host.localName).then((result) => {
      if (token !== this.token) return; // a newer pack was given meanwhile
      if (result.success) this.settle(result.data, null);
      else this.refuse(result.error.issues);
    });
  }

  /**
   * The `debug` notice's English strings (`ui['base.<key>']` in a pack overrides them): here once
   * the validator chunk is (already loaded when a pack was refused; fetched for a child that is not JSON).
   */
  noticeStrings(): Readonly<Record<string, string>> | undefined {
    if (!debugStrings) {
      void import('../internal/validate.js').then((m) => {
        debugStrings = m.DEBUG_STRINGS;
        this.host.requestUpdate();
      });
    }
    return debugStrings;
  }

  private child(): Element | null {
    return this.host.querySelector(':scope > script[type="application/json"]');
  }

  /** Reads the JSON child once; the `content` property wins. */
  private readChild(): void {
    const json = this.child();
    if (!json || this.childContent !== undefined) return;
    try {
      this.childContent = JSON.parse(json.textContent ?? '');
    } catch {
      this.childContent = Symbol('unparsable');
      this.refuse([{ path: '', expected: 'valid JSON in the <script type="application/json"> child', received: 'text that is not JSON' }]);
      return;
    }
    if (this.host.content === undefined) this.set(this.childContent);
  }

  private settle(pack: ContentPack | null, issues: readonly ContentIssue[] | null): void {
    this.pack = pack;
    this.issues = issues;
    this.host.requestUpdate();
  }

  private refuse(issues: readonly ContentIssue[]): void {
    this.settle(null, issues);
    console.error(
      `<${this.host.localName}>: content is invalid, so the built-in content is used. ${issues.length} ${issues.length === 1 ? 'issue' : 'issues'}:\n` +
        issues.map((i) => `  ${i.path || '(root)'}: expected ${i.expected}, received ${i.received}`).join('\n'),
    );
  }
}
