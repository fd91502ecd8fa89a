// Classic script, before the bundle: another script on the page has put values on
// Object.prototype (a "prototype gadget"), as the attacks did. None of them may change
// what the widgets ask or conclude.
(function () {
  'use strict';
  var gadgets = {
    eq: { id: 'activity', value: 'nothing' },
    in: { id: 'activity', values: ['nothing'] },
    has: { id: 'goals', value: 'speed' },
    heartCondition: false,
    chestPain: false,
    dizziness: false,
    activity: 'walking',
    bodyWeightKg: 250,
    goals: ['speed'],
    custom: { x: true },
    content: 'not a pack',
    false: 'Advice from Object.prototype',
    'quiz.start': 'Start from Object.prototype',
  };
  Object.keys(gadgets).forEach(function (key) {
    Object.defineProperty(Object.prototype, key, { value: gadgets[key], configurable: true, writable: true });
  });
})();
