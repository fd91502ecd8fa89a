import { defineIfAbsent } from '../../base/define.js';
import { LoadwiseAlternatives } from './alternatives.component.js';

export { LoadwiseAlternatives };

defineIfAbsent('loadwise-alternatives', LoadwiseAlternatives);

declare global {
  interface HTMLElementTagNameMap {
    'loadwise-alternatives': LoadwiseAlternatives;
  }
}
