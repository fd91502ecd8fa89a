/**
 * `persist`: answers survive a reload through sessionStorage, "forget" clears them, and a
 * sessionStorage that throws (blocked, or full) costs nothing but persistence. pages/storage.html
 * breaks storage as `?mode=` asks before the bundle loads (storage-mode.js).
 */
import { expect } from '@open-wc/testing';
import { closePages, has, openPage, press, reloadPage, textOf, widget, type Frame } from './helpers.js';

const KEY = 'loadwise:v1:persisted';

/** The iframe shares this page's sessionStorage (same origin, same top-level page). */
function clearKey() {
  sessionStorage.removeItem(KEY);
}

function expectNoError(f: Frame) {
  expect(f.win.__errors, 'uncaught errors').to.deep.equal([]);
  expect(f.win.__consoleErrors, 'console errors').to.deep.equal([]);
}

describe('storage that throws', () => {
  beforeEach(clearKey);
  afterEach(() => {
    closePages();
    clearKey();
  });

  it('positive case: answers survive a reload, and "forget" clears them for good', async () => {
    let f = await openPage('storage.html?mode=normal');
    let el = await widget(f.doc, 'w');
    expect(textOf(el, 'p.verdict')).to.equal('none');
    await press(el, 'button.answer');
    expect(textOf(el, 'p.verdict')).to.equal('see-professional');
    const saved = f.win.sessionStorage.getItem(KEY);
    expect(saved, 'saved under loadwise:v1:<group>').to.be.a('string');
    expect(JSON.parse(saved!)).to.include({ jointProblem: 'current', activity: 'running' });
    expectNoError(f);

    f = await reloadPage(f);
    el = await widget(f.doc, 'w');
    expect(textOf(el, 'p.verdict'), 'restored after the reload').to.equal('see-professional');
    expect(el.assessment?.verdict).to.equal('see-professional');

    await press(el, 'button.forget');
    expect(textOf(el, 'p.verdict')).to.equal('none');
    expect(f.win.sessionStorage.getItem(KEY)).to.equal(null);

    f = await reloadPage(f);
    el = await widget(f.doc, 'w');
    expect(textOf(el, 'p.verdict'), 'nothing restored after forgetting').to.equal('none');
    expectNoError(f);
  });

  it('a sessionStorage getter that throws a SecurityError: answer and forget still work', async () => {
    let f = await openPage('storage.html?mode=throws');
    expect(() => f.win.sessionStorage, 'the page really has no storage').to.throw();
    let el = await widget(f.doc, 'w');
    expect(has(el, 'button.forget'), 'persist is on').to.equal(true);
    await press(el, 'button.answer');
    expect(textOf(el, 'p.verdict')).to.equal('see-professional');
    await press(el, 'button.forget');
    expect(textOf(el, 'p.verdict')).to.equal('none');
    await press(el, 'button.answer');
    expect(textOf(el, 'p.verdict'), 'and again').to.equal('see-professional');
    expectNoError(f);

    f = await reloadPage(f);
    el = await widget(f.doc, 'w');
    expect(textOf(el, 'p.verdict'), 'nothing was kept').to.equal('none');
    expectNoError(f);
  });

  it('a setItem that throws a QuotaExceededError: answer and forget still work', async () => {
    let f = await openPage('storage.html?mode=quota');
    const calls = () => (f.win as unknown as { __setItemCalls: number }).__setItemCalls;
    let el = await widget(f.doc, 'w');
    await press(el, 'button.answer');
    expect(textOf(el, 'p.verdict')).to.equal('see-professional');
    expect(calls(), 'a write was attempted (and refused)').to.be.greaterThan(0);
    expect(f.win.sessionStorage.getItem(KEY)).to.equal(null);
    await press(el, 'button.forget');
    expect(textOf(el, 'p.verdict')).to.equal('none');
    await press(el, 'button.answer');
    expect(textOf(el, 'p.verdict'), 'and again').to.equal('see-professional');
    expectNoError(f);

    f = await reloadPage(f);
    el = await widget(f.doc, 'w');
    expect(textOf(el, 'p.verdict'), 'nothing was kept').to.equal('none');
    expectNoError(f);
  });
});
