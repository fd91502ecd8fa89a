/**
 * A page with two of each widget, in two groups (issue 16): a reader finishes one group's quiz by
 * keyboard. Only that group's explainer and picker follow it; the other group is untouched; every
 * live region on the page says at most one thing for that one change (none of them twice); and
 * the page passes axe with a result, a marked explainer and a re-ranked picker on it.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { until } from '../wait.js';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/alternatives/alternatives.js';
import '../../src/elements/pros-cons/pros-cons.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';
import { defaultContent as en } from '../../src/core.js';
import { SAFE_ANSWERS as READER } from '../core/fixtures.js';

type Widget = HTMLElement & { updateComplete: Promise<boolean> };
const text = (node: Node | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const label = (id: string, value: unknown) => (value === true ? 'Yes' : value === false ? 'No' : en.questions.find((q) => q.id === id)!.options![String(value)]!);


/** Every role="status" region of a widget: what each said, as a screen reader hears it (a MutationObserver batch, empty texts left out). */
function listen(widgets: readonly Widget[]) {
  const said = new Map<Widget, string[]>(widgets.map((w) => [w, []]));
  const observers = widgets.flatMap((w) =>
    $$(w, '[role="status"], [aria-live]').map((region) => {
      const note = () => {
        const t = text(region);
        if (t) said.get(w)!.push(t);
      };
      const observer = new MutationObserver(note);
      observer.observe(region, { childList: true, characterData: true, subtree: true });
      return { observer, note };
    }),
  );
  return {
    said,
    /** Forgets what was said so far. */
    clear(): void {
      for (const o of observers) o.observer.takeRecords();
      for (const list of said.values()) list.length = 0;
    },
    stop(): void {
      for (const o of observers) {
        if (o.observer.takeRecords().length > 0) o.note();
        o.observer.disconnect();
      }
    },
  };
}

async function pressOn(target: HTMLElement, key: 'Space' | 'Enter', widget: Widget): Promise<void> {
  target.focus();
  await sendKeys({ press: key });
  await widget.updateComplete;
}

describe('two of each widget on one page, in two groups', () => {
  it('one group\'s quiz moves only its own explainer and picker, says each thing once, and the page passes axe', async () => {
    const host = await fixture(html`<div>
      <section aria-label="First">
        <loadwise-quiz group="two-a" heading-level="3"></loadwise-quiz>
        <loadwise-pros-cons group="two-a" heading-level="3"></loadwise-pros-cons>
        <loadwise-alternatives group="two-a" heading-level="3"></loadwise-alternatives>
      </section>
      <section aria-label="Second">
        <loadwise-quiz group="two-b" heading-level="3"></loadwise-quiz>
        <loadwise-pros-cons group="two-b" heading-level="3"></loadwise-pros-cons>
        <loadwise-alternatives group="two-b" heading-level="3"></loadwise-alternatives>
      </section>
    </div>`);
    const [quizA, quizB] = [...host.querySelectorAll<LoadwiseQuiz>('loadwise-quiz')] as [LoadwiseQuiz, LoadwiseQuiz];
    const [explainerA, explainerB] = [...host.querySelectorAll<Widget>('loadwise-pros-cons')] as [Widget, Widget];
    const [pickerA, pickerB] = [...host.querySelectorAll<Widget>('loadwise-alternatives')] as [Widget, Widget];
    const all: Widget[] = [quizA, explainerA, pickerA, quizB, explainerB, pickerB];
    await Promise.all(all.map((w) => w.updateComplete));
    const order = (picker: Widget) => $$(picker, 'li.card').map((li) => li.dataset['id']);
    const pickerBefore = order(pickerB);
    expect(pickerBefore.length, 'the picker lists options').to.be.greaterThan(0);
    await expect(host, 'before any answer').to.be.accessible();

    // The reader goes through the first quiz by keyboard, up to its last Next.
    await pressOn([...$$<HTMLButtonElement>(quizA, 'button')].find((b) => text(b) === QUIZ_STRINGS.start)!, 'Enter', quizA);
    const log = listen(all);
    for (let guard = 0; guard < 20 && !$(quizA, '.result'); guard++) {
      for (const name of new Set($$<HTMLInputElement>(quizA, 'input[type="radio"]').map((i) => i.name))) {
        const value = (READER as Record<string, unknown>)[name];
        if (value === undefined) continue;
        const input = $$<HTMLInputElement>(quizA, `input[name="${name}"]`).find((i) => text(i.closest('label')) === label(name, value))!;
        if (!input.checked) await pressOn(input, 'Space', quizA);
      }
      log.clear();
      await pressOn($<HTMLButtonElement>(quizA, 'button[type="submit"]')!, 'Enter', quizA);
    }
    expect($(quizA, '.result'), 'the first quiz shows its result').to.not.equal(null);
    // The result's chunk and the group's update have arrived: the heading has focus, the explainer marks what applies.
    await until(() => $(quizA, '.result .controls') !== null, 'the result body');
    await until(() => $$(explainerA, 'li[data-relevant]').length > 0 || $(explainerA, '[part="for-you"]') !== null, 'the first explainer follows the quiz');
    await Promise.all(all.map((w) => w.updateComplete));
    log.stop();

    // The second group did not move: no result, nothing marked, the same order, nothing said.
    expect($(quizB, '.result'), 'the second quiz').to.equal(null);
    expect($$(explainerB, 'li[data-relevant]').length, 'the second explainer marks nothing').to.equal(0);
    expect($(explainerB, '[part="for-you"]'), 'the second explainer has no "for you" line').to.equal(null);
    expect(order(pickerB), 'the second picker keeps its order').to.deep.equal(pickerBefore);
    for (const w of [quizB, explainerB, pickerB]) expect(log.said.get(w), `${w.localName} of the second group says nothing`).to.deep.equal([]);

    // The first group: the explainer does not announce what the quiz did (its note is visible, not live);
    // the quiz and the picker say at most one thing each, never the same thing twice.
    expect(log.said.get(explainerA), 'the first explainer says nothing').to.deep.equal([]);
    for (const w of [quizA, pickerA]) {
      const said = log.said.get(w)!;
      expect(said.length, `${w.localName} says at most one thing: ${JSON.stringify(said)}`).to.be.at.most(1);
    }
    // The picker now ranks for the quiz's answers: its order may change, and it still lists options.
    expect(order(pickerA).length, 'the first picker still lists options').to.be.greaterThan(0);

    // Focus is on the first quiz's result heading, and the whole page passes axe.
    expect(quizA.shadowRoot!.activeElement?.matches('h1, h2, h3, h4, h5, h6'), 'focus on the result heading').to.equal(true);
    expect(quizA.shadowRoot!.activeElement!.localName, 'the heading takes the page\'s level').to.equal('h3');
    await expect(host, 'with a result on the page').to.be.accessible();

    // Ids stay inside each widget: the two of a kind render the same ids, each in its own shadow root.
    for (const w of all) {
      const ids = $$(w, '[id]').map((el) => el.id);
      expect(new Set(ids).size, `${w.localName}: ids unique in its shadow root`).to.equal(ids.length);
    }
  });
});
