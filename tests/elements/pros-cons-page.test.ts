/**
 * <loadwise-pros-cons> on a page with a quiz and a second explainer in the same group: every
 * change of a live region (role=status) is recorded with a MutationObserver and the
 * announcements are asserted per reader action; the headings follow `heading-level`; landmarks
 * follow `label`; two explainers stay axe-clean (landmark-unique) after a quiz result.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/pros-cons/pros-cons.js';
import '../../src/elements/quiz/quiz.js';
import type { LoadwiseProsCons } from '../../src/elements/pros-cons/pros-cons.component.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import { en } from '../../src/content/en.js';
import { groupStore } from '../../src/base/groups.js';
import { until } from '../wait.js';

let groups = 0;
const freshGroup = () => `pros-cons-page-${++groups}`;
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const $ = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

/** Every text a live region of these widgets takes, in order, as "<name>: <text>" (empty texts are not announced). */
function recordAnnouncements(widgets: Record<string, Element>) {
  const heard: string[] = [];
  const observers = Object.entries(widgets).map(([name, el]) => {
    const observer = new MutationObserver(() => {
      // Each status region's text, compared with what it said last.
      for (const region of $$(el, '[role="status"], [aria-live]:not([aria-live="off"])')) {
        const said = text(region);
        if (said !== last.get(region)) {
          last.set(region, said);
          if (said) heard.push(`${name}: ${said}`);
        }
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
    return observer;
  });
  const last = new Map<Element, string>();
  for (const el of Object.values(widgets)) for (const region of $$(el, '[role="status"], [aria-live]:not([aria-live="off"])')) last.set(region, text(region));
  return {
    /** What was announced since the last call (call after `settle`: the observers have run). */
    take: (): string[] => heard.splice(0),
    stop: () => observers.forEach((o) => o.disconnect()),
  };
}

/** Lets pending renders and mutation callbacks run. */
async function settle(...els: Element[]): Promise<void> {
  for (const el of els) await (el as LoadwiseProsCons).updateComplete;
  await new Promise((resolve) => requestAnimationFrame(resolve));
  for (const el of els) await (el as LoadwiseProsCons).updateComplete;
}

async function page(labels: [string?, string?] = []) {
  const group = freshGroup();
  const wrapper = await fixture<HTMLElement>(html`<main>
    <h1>Ankle weights</h1>
    <loadwise-quiz group=${group} theme="light"></loadwise-quiz>
    <article>
      <loadwise-pros-cons group=${group} label=${labels[0] ?? ''} id="a"></loadwise-pros-cons>
    </article>
    <aside>
      <loadwise-pros-cons group=${group} label=${labels[1] ?? ''} id="b" heading-level="3"></loadwise-pros-cons>
    </aside>
  </main>`);
  const quiz = wrapper.querySelector<LoadwiseQuiz>('loadwise-quiz')!;
  const a = wrapper.querySelector<LoadwiseProsCons>('#a')!;
  const b = wrapper.querySelector<LoadwiseProsCons>('#b')!;
  await settle(quiz, a, b);
  return { group, wrapper, quiz, a, b };
}

function quizButton(quiz: Element, name: string): HTMLButtonElement {
  const found = $$<HTMLButtonElement>(quiz, 'button').find((b) => text(b) === name);
  if (!found) throw new Error(`no quiz button "${name}"`);
  return found;
}

function quizOption(quiz: Element, name: string, label: string): HTMLInputElement {
  const found = $$<HTMLInputElement>(quiz, `input[name="${name}"]`).find((i) => text(i.closest('label')) === label);
  if (!found) throw new Error(`no option "${label}" for ${name}`);
  return found;
}

/** Answers "yes" to chest pain, as a reader does, then presses Next until the quiz shows its result. */
async function chestPainToResult(quiz: LoadwiseQuiz, others: Element[]): Promise<void> {
  quizOption(quiz, 'chestPain', 'Yes').click();
  await settle(quiz, ...others);
}

async function nextToResult(quiz: LoadwiseQuiz, others: Element[]): Promise<void> {
  for (let guard = 0; guard < 20 && !$(quiz, '.result'); guard++) {
    $<HTMLButtonElement>(quiz, 'button[type="submit"]')!.click();
    await settle(quiz, ...others);
  }
  expect($(quiz, '.result'), 'the quiz shows its result').to.not.equal(null);
}

describe('<loadwise-pros-cons> with a quiz and a second explainer in one group', () => {
  afterEach(() => sessionStorage.clear());

  it('announces only what the reader does in that explainer, once, and shows (not announces) what the quiz changed', async () => {
    const { quiz, a, b } = await page();
    const log = recordAnnouncements({ quiz, a, b });
    const explainers = (heard: string[]) => heard.filter((h) => !h.startsWith('quiz: '));

    // The reader starts the quiz and answers "yes" to chest pain: the quiz's advice is the one
    // announcement; the explainers stay silent, though the group now has a settled ("stop") verdict.
    quizButton(quiz, 'Start').click();
    await settle(quiz, a, b);
    expect(explainers(log.take()), 'Start').to.deep.equal([]);
    await chestPainToResult(quiz, [a, b]);
    const onAnswer = log.take();
    expect(explainers(onAnswer), 'chest pain: nothing from the explainers').to.deep.equal([]);
    expect(onAnswer.filter((h) => h.startsWith('quiz: ')).length, 'the quiz says its advice once').to.equal(1);

    await nextToResult(quiz, [a, b]);
    const onResult = log.take();
    expect(explainers(onResult), 'the result: nothing from the explainers').to.deep.equal([]);
    // The quiz's verdict is read once, as focus moves to the result's heading: its live region adds nothing.
    expect(onResult.filter((h) => h.startsWith('quiz: ')), 'the quiz does not announce its result a second time').to.deep.equal([]);

    // Both explainers show, without announcing, that the list reflects the reader's answers.
    for (const el of [a, b]) {
      const line = text($(el, '[part="updated"]'));
      const marked = el.assessment ? $$(el, 'li[data-relevant]').length : -1;
      expect(line).to.equal(marked ? `Updated for your quiz answers. Claims that apply to you: ${marked}, marked and moved to the top.` : 'Updated for your quiz answers: none of these claims is marked as applying to you.');
      expect($(el, '[part="updated"]')!.closest('[role="status"], [aria-live]')).to.equal(null);
    }

    // A topic chip in A: one announcement, from A only.
    const joints = $$<HTMLButtonElement>(a, 'button[aria-pressed]').find((c) => text(c) === en.labels.topics.joints)!;
    joints.click();
    await settle(quiz, a, b);
    expect(log.take(), 'a chip in A').to.deep.equal(['a: Benefits shown: 0. Risks shown: 6.']);

    // The same in B: from B only.
    const heart = $$<HTMLButtonElement>(b, 'button[aria-pressed]').find((c) => text(c) === en.labels.topics.heart)!;
    heart.click();
    await settle(quiz, a, b);
    expect(log.take(), 'a chip in B').to.deep.equal(['b: Benefits shown: 3. Risks shown: 0.']);

    // Changing the order: the select says its new value itself; no live region speaks.
    const sort = $<HTMLSelectElement>(a, 'select')!;
    sort.value = 'certainty';
    sort.dispatchEvent(new Event('change'));
    await settle(quiz, a, b);
    expect(log.take(), 'the order in A').to.deep.equal([]);

    // Expanding a claim is native (aria-expanded): nothing announced.
    $<HTMLButtonElement>(a, 'button.toggle')!.click();
    await settle(quiz, a, b);
    expect(log.take(), 'expanding a claim').to.deep.equal([]);

    // The answers go (another widget's "forget"): the explainers say nothing, least of all "cleared".
    groupStore(quiz.group!).dispatch({ type: 'reset' });
    await settle(quiz, a, b);
    expect(explainers(log.take()), 'answers cleared elsewhere').to.deep.equal([]);
    for (const el of [a, b]) expect($(el, '[part="updated"]'), 'the line goes with the answers').to.equal(null);
    log.stop();
  });

  it('is axe-clean with two explainers after a quiz result, with no landmark names repeated (no label: no landmark)', async () => {
    const { quiz, a, b, wrapper } = await page();
    quizButton(quiz, 'Start').click();
    await settle(quiz, a, b);
    await chestPainToResult(quiz, [a, b]);
    await nextToResult(quiz, [a, b]);
    await until(() => $(a, '[part="updated"]') && $(b, '[part="updated"]'), 'both explainers reflect the answers');
    for (const el of [a, b]) {
      expect($$(el, 'section, [role="region"]').length, 'no landmark inside without a label').to.equal(0);
    }
    await expect(wrapper).to.be.accessible();
  });

  it('with `label`, each explainer is a region of that name; two labelled explainers are axe-clean after a result', async () => {
    const { quiz, a, b, wrapper } = await page(['Evidence in the article', 'Evidence in the sidebar']);
    expect($(a, '.base')!.getAttribute('role')).to.equal('region');
    expect($(a, '.base')!.getAttribute('aria-label')).to.equal('Evidence in the article');
    expect($(b, '.base')!.getAttribute('aria-label')).to.equal('Evidence in the sidebar');
    quizButton(quiz, 'Start').click();
    await settle(quiz, a, b);
    await chestPainToResult(quiz, [a, b]);
    await nextToResult(quiz, [a, b]);
    await expect(wrapper).to.be.accessible();
  });

  it('renders its headings at the page level: a focusable title, columns and questions one level down, claims two', async () => {
    const { a, b } = await page();
    const outline = (el: Element) => $$(el, 'h1, h2, h3, h4, h5, h6').map((h) => `${h.localName}.${h.className}`);
    const levels = (el: Element) => [...new Set(outline(el))];
    expect(levels(a)).to.deep.equal(['h2.title', 'h3.section-title', 'h4.item-title']);
    expect(levels(b)).to.deep.equal(['h3.title', 'h4.section-title', 'h5.item-title']);
    const title = $(b, '[part="heading"]')!;
    expect(title.localName).to.equal('h3');
    expect(title.getAttribute('tabindex'), 'a focus target, not a tab stop').to.equal('-1');
    title.focus();
    expect(b.shadowRoot!.activeElement).to.equal(title);
    expect(text($(a, '#lw-faq'))).to.equal('Common questions');
    expect($(a, '#lw-faq')!.localName).to.equal('h3');
    // Styled by class, whatever the level: both titles look the same.
    expect(getComputedStyle($(b, '.title')!).fontSize).to.equal(getComputedStyle($(a, '.title')!).fontSize);
    expect(getComputedStyle($(b, '.section-title')!).marginBlockStart).to.equal('0px');
  });
});
