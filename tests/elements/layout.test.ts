/**
 * Issue 14, layout against host text: an 80-character word in any pack text, CTA label or
 * attribute wraps inside every widget at 280 px (the host page does not get wider), and a U+202E
 * in host or pack text cannot reverse what follows it on its line.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/elements/quiz/quiz.js';
import '../../src/elements/alternatives/alternatives.js';
import '../../src/elements/pros-cons/pros-cons.js';
import type { LoadwiseQuiz } from '../../src/elements/quiz/quiz.component.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';
import { assess, defaultContent, type Answers, type ContentPack } from '../../src/core.js';
import { groupStore } from '../../src/base/groups.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { until } from '../wait.js';

let groups = 0;
const freshGroup = () => `layout-${++groups}`;
const root = (el: Element) => el.shadowRoot!;

const LONG = 'Unbreakable'.repeat(8); // 88 characters, no break opportunity
/** The English pack with `word` added to every reader-facing text. */
function packWith(word: string): ContentPack {
  const pack = structuredClone(defaultContent);
  const add = (text: string) => (text.endsWith(word) ? text : `${text} ${word}`);
  const record = (texts: Record<string, string> | undefined) => {
    for (const key of Object.keys(texts ?? {})) texts![key] = add(texts![key]!);
  };
  for (const q of pack.questions) {
    q.text = add(q.text);
    q.help = add(q.help);
    record(q.options);
    record(q.advice);
  }
  record(pack.reasons);
  record(pack.messages);
  for (const labels of Object.values(pack.labels)) record(labels);
  for (const v of Object.values(pack.verdicts)) Object.assign(v, { title: add(v.title), summary: add(v.summary), advice: v.advice.map(add) });
  for (const plan of Object.values(pack.plans)) Object.assign(plan, { progression: add(plan.progression), warmUp: plan.warmUp.map(add), formCues: plan.formCues.map(add), stopSigns: plan.stopSigns.map(add) });
  for (const c of pack.claims) {
    Object.assign(c, { title: add(c.title), summary: add(c.summary) });
    Object.assign(c.detail, { numbers: add(c.detail.numbers), mechanism: add(c.detail.mechanism) });
    for (const source of c.sources) source.label = add(source.label);
    for (const a of c.appliesWhen ?? []) a.why = add(a.why);
  }
  for (const alt of pack.alternatives) {
    Object.assign(alt, { title: add(alt.title), summary: add(alt.summary), contraindications: alt.contraindications.map(add) });
    Object.assign(alt.howTo, { steps: alt.howTo.steps.map(add), dose: add(alt.howTo.dose), progression: add(alt.howTo.progression) });
    for (const source of alt.sources) source.label = add(source.label);
    for (const a of alt.avoidWhen ?? []) a.reason = add(a.reason);
  }
  pack.ui = { ...pack.ui, 'quiz.title': `Quiz ${word}`, 'prosCons.heading': `Pros ${word}`, 'alternatives.heading': `Options ${word}` };
  return pack;
}

const CTAS = defaultContent.alternatives.map((alt) => ({ id: `shop-${alt.id}`, label: `Shop ${LONG}`, href: `https://shop.example/${alt.id}`, alternativeId: alt.id }));
const QUIZ_CTAS = [{ id: 'shop', label: `Shop ${LONG}`, href: 'https://shop.example/ankle', kind: 'commerce' }, ...CTAS];

/** Every piece of text in the widget that sticks out of `box` (text of screen-reader-only elements aside). */
function overflowing(el: Element, box: DOMRect): string[] {
  const out: string[] = [];
  const walker = document.createTreeWalker(root(el), NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const parent = node.parentElement!;
    if (!node.textContent!.trim() || parent.closest('.sr-only, .visually-hidden')) continue;
    const range = document.createRange();
    range.selectNodeContents(node);
    for (const r of range.getClientRects()) {
      if (r.width === 0 && r.height === 0) continue;
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5) out.push(`${parent.localName}.${parent.className}: ${node.textContent!.trim().slice(0, 40)}…`);
    }
  }
  return out;
}

async function expectFits(el: HTMLElement, where: string): Promise<void> {
  await (el as unknown as { updateComplete: Promise<unknown> }).updateComplete;
  const box = el.getBoundingClientRect();
  expect(box.width, `${where}: the widget keeps its 280 px`).to.equal(280);
  expect(overflowing(el, box), `${where}: text outside the widget`).to.deep.equal([]);
  expect(document.documentElement.scrollWidth, `${where}: the page is no wider`).to.be.at.most(document.documentElement.clientWidth);
}

async function withPack<T extends HTMLElement>(el: T, pack: ContentPack): Promise<T> {
  (el as unknown as { content: unknown }).content = pack;
  await until(() => root(el).textContent!.includes(LONG) || root(el).textContent!.includes('\u202e'), 'the pack is applied');
  return el;
}

describe('issue 14: long words wrap in every widget at 280 px', () => {
  const pack = packWith(LONG);

  it('the quiz: first screen, questions, a result with a plan, a result with what to do instead', async () => {
    for (const answers of [{ ...SAFE_ANSWERS, bodyWeightKg: 80, goals: [] }, { ...SAFE_ANSWERS, runFrequency: 'none', bodyWeightKg: 80, goals: [] }] as Answers[]) {
      const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 280px"><loadwise-quiz group=${freshGroup()} persist .ctas=${QUIZ_CTAS}></loadwise-quiz></div>`);
      const quiz = await withPack(wrapper.querySelector<LoadwiseQuiz>('loadwise-quiz')!, pack);
      await expectFits(quiz, 'intro');
      [...root(quiz).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === QUIZ_STRINGS.start)!.click();
      await expectFits(quiz, 'the screening questions');
      for (const input of root(quiz).querySelectorAll<HTMLInputElement>('input[type="radio"]')) if (input.closest('label')!.textContent!.trim() === 'Yes') input.click();
      await expectFits(quiz, 'screening advice');
      quiz.forgetAnswers();
      quiz.answers = answers;
      await quiz.updateComplete;
      [...root(quiz).querySelectorAll<HTMLButtonElement>('button')].find((b) => b.textContent!.trim() === QUIZ_STRINGS.start)!.click();
      // The prefilled screening is shown for the reader to confirm: Next through it.
      await until(() => {
        root(quiz).querySelector<HTMLButtonElement>('button[type="submit"]')?.click();
        return root(quiz).querySelector('.result');
      }, 'the result');
      await expectFits(quiz, `the ${quiz.assessment!.verdict} result`);
      quiz.forgetAnswers();
    }
  });

  it('the explainer: every claim open, both columns in full, the common questions open', async () => {
    const group = freshGroup();
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 280px"><loadwise-pros-cons group=${group} open></loadwise-pros-cons></div>`);
    const el = await withPack(wrapper.querySelector('loadwise-pros-cons')!, pack);
    const a = assess({ ...SAFE_ANSWERS, jointProblem: 'past' });
    groupStore(group).dispatch({ type: 'answered', answers: a.answers });
    await el.updateComplete;
    for (const more of root(el).querySelectorAll<HTMLButtonElement>('button.more')) more.click();
    await expectFits(el, 'pros-cons');
    groupStore(group).dispatch({ type: 'reset' });
  });

  it('the picker: every card, its how-to open, the excluded list open, CTAs and a long disclosure', async () => {
    const group = freshGroup();
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 280px">
      <loadwise-alternatives group=${group} .ctas=${CTAS} disclosure=${`Commercial ${LONG}`}></loadwise-alternatives>
    </div>`);
    const el = await withPack(wrapper.querySelector('loadwise-alternatives')!, pack);
    const a = assess({ ...SAFE_ANSWERS, jointProblem: 'past' });
    groupStore(group).dispatch({ type: 'answered', answers: a.answers });
    await el.updateComplete;
    for (const details of root(el).querySelectorAll('details')) details.open = true;
    await expectFits(el, 'alternatives');
    groupStore(group).dispatch({ type: 'reset' });
  });
});

describe('issue 14: host and pack text is isolated for bidi', () => {
  const RLO = '\u202e';

  /** Whether the text right after `before` (in the same parent) starts to the right of it, as in a left-to-right line. */
  function followsInOrder(before: Element): boolean {
    const next = before.nextSibling!;
    const range = document.createRange();
    range.setStart(next, 0);
    range.setEnd(next, 1);
    return range.getBoundingClientRect().left >= before.getBoundingClientRect().right - 1;
  }

  it('a U+202E in an alternative’s title does not reverse the reason after it', async () => {
    const pack = structuredClone(defaultContent);
    for (const alt of pack.alternatives) alt.title = `${alt.title.split(' ')[0]}${RLO} reversed`;
    const group = freshGroup();
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 900px"><loadwise-alternatives group=${group}></loadwise-alternatives></div>`);
    const el = await withPack(wrapper.querySelector('loadwise-alternatives')!, pack);
    const a = assess({ ...SAFE_ANSWERS, chestPain: true });
    groupStore(group).dispatch({ type: 'answered', answers: a.answers });
    await el.updateComplete;
    const details = root(el).querySelector<HTMLDetailsElement>('details.excluded')!;
    details.open = true;
    const strong = root(el).querySelector('.excluded li strong')!;
    expect(strong.textContent).to.contain(RLO);
    expect(followsInOrder(strong), 'the ": reason" after the title stays after it').to.equal(true);
    groupStore(group).dispatch({ type: 'reset' });
  });

  it('a U+202E in a pack label inside a sentence stays inside the label', async () => {
    const pack = structuredClone(defaultContent);
    pack.labels.goals.strength = `Strength${RLO} reversed`;
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 900px"><loadwise-alternatives group=${freshGroup()} goals="strength toning"></loadwise-alternatives></div>`);
    const el = await withPack(wrapper.querySelector('loadwise-alternatives')!, pack);
    const why = [...root(el).querySelectorAll('ul.why li')].map((li) => li.textContent!).find((t) => t.includes(RLO))!;
    expect(why, 'the label is wrapped in an isolate (FSI … PDI)').to.match(new RegExp(`\u2068Strength${RLO} reversed\u2069`));
  });

  it('the disclosure attribute and CTA labels are isolated', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="inline-size: 900px">
      <loadwise-alternatives group=${freshGroup()} .ctas=${CTAS.map((c) => ({ ...c, label: `Shop${RLO} now` }))} disclosure=${`We earn${RLO} money`}></loadwise-alternatives>
    </div>`);
    const el = wrapper.querySelector('loadwise-alternatives')!;
    await el.updateComplete;
    for (const selector of ['.disclosure', 'a.cta']) {
      expect(getComputedStyle(root(el).querySelector(selector)!).unicodeBidi, selector).to.equal('isolate');
    }
  });
});
