// Classic script: another Loadwise version got to <loadwise-provider> first.
(function () {
  'use strict';
  class OtherProvider extends HTMLElement {}
  OtherProvider.loadwiseVersion = '0.0.1-other';
  customElements.define('loadwise-provider', OtherProvider);
})();
