// Classic script, before the bundle: breaks sessionStorage as ?mode= asks.
(function () {
  'use strict';
  var mode = new URLSearchParams(location.search).get('mode') || 'normal';
  window.__storageMode = mode;
  if (mode === 'throws') {
    // As in sandboxed frames or with storage blocked: touching sessionStorage throws.
    Object.defineProperty(window, 'sessionStorage', {
      configurable: true,
      get: function () {
        throw new DOMException('The document is sandboxed and lacks the allow-same-origin flag.', 'SecurityError');
      },
    });
  } else if (mode === 'quota') {
    // As in a full store: reading works, every write throws.
    window.__setItemCalls = 0;
    Storage.prototype.setItem = function () {
      window.__setItemCalls++;
      throw new DOMException("Failed to execute 'setItem' on 'Storage': the quota has been exceeded.", 'QuotaExceededError');
    };
  }
})();
