// Classic script, loaded FIRST in the <head> of every embed test page (before any bundle), so it
// sees everything from the very start: CSP / Trusted Types violations, uncaught errors and
// rejections (and failed script/style loads, via the capture phase), console.error/warn calls.
// The parent test page reads the records from the iframe's window (same origin).
(function () {
  'use strict';
  var w = window;
  w.__violations = [];
  w.__errors = [];
  w.__consoleErrors = [];
  w.__consoleWarns = [];

  document.addEventListener(
    'securitypolicyviolation',
    function (e) {
      w.__violations.push({
        directive: e.effectiveDirective || e.violatedDirective,
        blockedURI: e.blockedURI,
        sourceFile: e.sourceFile,
        line: e.lineNumber,
        sample: e.sample,
      });
    },
    true,
  );

  w.addEventListener(
    'error',
    function (e) {
      if (e instanceof ErrorEvent) {
        w.__errors.push('error: ' + e.message + ' at ' + e.filename + ':' + e.lineno);
      } else {
        // A resource that failed to load (capture phase only).
        var t = e.target;
        w.__errors.push('load failure: ' + (t && (t.src || t.href || t.nodeName)));
      }
    },
    true,
  );

  w.addEventListener('unhandledrejection', function (e) {
    var r = e.reason;
    w.__errors.push('unhandled rejection: ' + (r && r.stack ? r.stack : String(r)));
  });

  function text(args) {
    return Array.prototype.map
      .call(args, function (a) {
        return typeof a === 'string' ? a : a instanceof Error ? a.message : String(a);
      })
      .join(' ');
  }
  var error = console.error;
  var warn = console.warn;
  console.error = function () {
    w.__consoleErrors.push(text(arguments));
    return error.apply(console, arguments);
  };
  console.warn = function () {
    w.__consoleWarns.push(text(arguments));
    return warn.apply(console, arguments);
  };
})();
