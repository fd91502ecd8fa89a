import { html, css, type PropertyValues } from 'lit';
import { provide } from '@lit/context';
import { state } from 'lit/decorators.js';
import type { Store } from '../../core/state/store.js';
import { configContext, storeContext, type LoadwiseConfig } from '../../context/contexts.js';
import { groupStore } from '../../base/groups.js';
import { LoadwiseBase } from '../../base/loadwise-element.js';

/**
 * Scopes shared settings for the Loadwise widgets inside it. Optional: every widget works on its
 * own, and widgets share answers page-wide through `group` even without a provider. It shows no
 * content of its own, so it has no language of its own: it never loads a pack, nor waits for one.
 *
 * @tag loadwise-provider
 * @summary Gives the widgets inside it a locale, units, theme, content pack and group.
 * @slot - The widgets (and any other content) the settings apply to.
 */
export class LoadwiseProvider extends LoadwiseBase {
  static override styles = [
    ...LoadwiseBase.styles,
    css`
      :host {
        display: contents !important;
      }
    `,
  ];

  @provide({ context: configContext })
  @state()
  protected providedConfig: LoadwiseConfig = {};

  @provide({ context: storeContext })
  @state()
  protected providedStore: Store = groupStore('default');

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    // Only a locale and units set here (or on an outer provider): the widgets inside derive
    // their own from their nearest `lang` otherwise. (Bad values were reported by resolveConfig.)
    const { theme, group } = this.config;
    const next: LoadwiseConfig = { ...this.given, theme, group };
    const content = this.customPack;
    if (content) next.content = content;
    const prev = this.providedConfig;
    if (prev.locale !== next.locale || prev.units !== next.units || prev.theme !== next.theme || prev.group !== next.group || prev.content !== next.content) {
      this.providedConfig = next;
    }
    this.providedStore = this.groupStore;
  }

  protected override render() {
    return html`${this.renderDebugNotice()}<slot></slot>`;
  }
}
