import { defineIfAbsent } from '../../base/define.js';
import { LoadwiseProvider } from './provider.component.js';

export { LoadwiseProvider };

defineIfAbsent('loadwise-provider', LoadwiseProvider);

declare global {
  interface HTMLElementTagNameMap {
    'loadwise-provider': LoadwiseProvider;
  }
}
