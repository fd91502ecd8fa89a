import { defineIfAbsent } from '../../base/define.js';
import { LoadwiseProsCons } from './pros-cons.component.js';

export { LoadwiseProsCons };

defineIfAbsent('loadwise-pros-cons', LoadwiseProsCons);

declare global {
  interface HTMLElementTagNameMap {
    'loadwise-pros-cons': LoadwiseProsCons;
  }
}
