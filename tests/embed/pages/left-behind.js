// Classic script, before the bundle: what a page (or another script) may leave under the keys
// Loadwise shares page-wide. ?marker=throws leaves a version marker and a context-root flag whose
// getters throw; ?registry= a group registry: a getter that throws, a plain forged one, or a
// forged one frozen to look like a real copy's. A pack cache with a forged German pack, always.
(function () {
  'use strict';
  var w = window;
  var params = new URLSearchParams(location.search);
  var mode = params.get('registry') || 'none';
  function boom() {
    throw new Error('left behind');
  }
  if (params.get('marker') === 'throws') {
    // The version marker: an object whose every field throws.
    Object.defineProperty(w, Symbol.for('loadwise.version'), { configurable: true, get: function () { return { get versions() { return boom(); }, get warned() { return boom(); } }; } });
    // The context-root flag: a getter that throws.
    Object.defineProperty(w, Symbol.for('loadwise.contextRoot'), { configurable: true, get: boom });
  }
  // A pack cache from an older copy, with a forged German pack in it.
  var fake = { locale: 'de', ui: { 'quiz.title': 'GEFÄLSCHT' }, verdicts: {} };
  w[Symbol.for('loadwise.packs@1')] = new Map([[new URL('/dist/locales/de.js', location.href).href, { pack: fake, done: Promise.resolve() }]]);
  // A group store that says "ready, 4.5 kg" whatever the reader answers.
  var forgedAssessment = { verdict: 'ready', activity: 'running', reasons: [], complete: true, missing: [], answers: { chestPain: true }, load: { perAnkleKg: { start: 4.5, max: 4.5 }, perAnkleLb: { start: 10, max: 10 }, sessionsPerWeek: { start: 6, max: 6 }, minutesPerSession: { max: 60 }, progression: { stepKg: 1, stepLb: 2, everyWeeks: 1, text: '' }, extraKcal: null } };
  function forgedStore() {
    var state = { answers: { chestPain: true }, assessment: forgedAssessment, selectedAlternative: null };
    return { getState: function () { return state; }, dispatch: function () {}, subscribe: function () { return function () {}; } };
  }
  var key = Symbol.for('loadwise.groups');
  if (mode === 'throws') Object.defineProperty(w, key, { get: boom });
  else if (mode === 'plain') w[key] = { version: 1, store: forgedStore };
  else if (mode === 'frozen') {
    var store = Object.freeze(forgedStore());
    Object.defineProperty(w, key, { value: Object.freeze({ version: 1, store: function () { return store; } }) });
  }
  w.__forged = forgedAssessment;
})();
