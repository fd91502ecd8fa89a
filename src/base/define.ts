/**
 * Define-if-absent: a page may load the bundle twice, or two versions of it (DESIGN §4). The
 * first definition of a tag wins; a later one is skipped, with one console warning per page
 * when the versions differ.
 */
// First, before any element brings Lit: a page that refuses Lit's Trusted Types policy is told why.
import '../internal/trusted-types.js';

export const VERSION = '0.1.0';

interface PageMarker {
  /** Versions of Loadwise that have run on this page, in load order. */
  versions: string[];
  warned: boolean;
}

const MARKER = Symbol.for('loadwise.version');

/** The page-global marker, shared by every copy of the bundle. */
export function pageMarker(): PageMarker {
  const g = globalThis as unknown as Record<symbol, PageMarker | undefined>;
  let marker = g[MARKER];
  if (!marker || !Array.isArray(marker.versions)) {
    marker = { versions: [], warned: false };
    g[MARKER] = marker;
  }
  if (!marker.versions.includes(VERSION)) marker.versions.push(VERSION);
  return marker;
}

/**
 * Defines `tag` unless it is taken. Never throws on a second load, nor for anything the page left
 * under the marker's key (a getter that throws, a frozen object): that only costs the warning.
 */
export function defineIfAbsent(tag: string, ctor: CustomElementConstructor & { loadwiseVersion?: string }): void {
  let marker: PageMarker | undefined;
  try {
    marker = pageMarker();
  } catch {
    // not a marker we can use
  }
  const existing = customElements.get(tag) as (CustomElementConstructor & { loadwiseVersion?: string }) | undefined;
  if (!existing) {
    customElements.define(tag, ctor);
    return;
  }
  if (existing === ctor) return;
  try {
    const other = existing.loadwiseVersion;
    if (other !== VERSION && marker && !marker.warned) {
      marker.warned = true;
      console.warn(
        `Loadwise ${VERSION} found <${tag}> already defined by ${other ? `Loadwise ${other}` : 'another script'}; keeping that one. Load one version of Loadwise per page.`,
      );
    }
  } catch {
    // the other definition's version cannot be read: no warning
  }
}
