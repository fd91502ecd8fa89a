// Classic script run before any Loadwise code: plain property sets on not-yet-upgraded elements.
(function () {
  'use strict';
  var a = document.getElementById('a');
  a.theme = 'dark';
  a.units = 'imperial';
  a.group = 'pre-upgrade';
  a.ctaHref = 'https://example.com/pre';
  window.__preUpgradeDefined = !!customElements.get('loadwise-test-widget');
})();
