/**
 * <loadwise-pros-cons> from source: the balanced columns, disclosure by keyboard, topic filters,
 * the certainty sort, personalisation from a quiz in another block, the `claims`, `layout`,
 * `open` and `faq` attributes, the light-DOM fallback, 280 px, RTL and the dark theme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import { ContextProvider } from '@lit/context';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/pros-cons/pros-cons.js';
import '../fixtures/test-widget.js';
import type { LoadwiseProsCons } from '../../src/elements/pros-cons/pros-cons.component.js';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { prosConsFallback } from '../../src/elements/pros-cons/pros-cons.fallback.js';
import { PROS_CONS_FAQ, PROS_CONS_STRINGS } from '../../src/elements/pros-cons/pros-cons.strings.js';
import { CERTAINTIES, assessWith, type Answers, type ContentPack } from '../../src/core/engine.js';
import { en } from '../../src/content/en.js';
import { groupStore } from '../../src/base/groups.js';
import { configContext } from '../../src/context/contexts.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { spyConsole } from './helpers.js';

let groups = 0;
const freshGroup = () => `pros-cons-${++groups}`;

const root = (el: Element) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** A button of the widget by its accessible text (what a reader hears), or throws. */
function button(el: Element, name: string): HTMLButtonElement {
  const found = all<HTMLButtonElement>(el, 'button').find((b) => text(b) === name);
  if (!found) throw new Error(`no button "${name}"`);
  return found;
}
const column = (el: Element, kind: 'benefit' | 'risk') => one(el, `[part~="column-${kind}"]`);
/** Claim titles shown in a column, in order. */
const titles = (el: Element, kind: 'benefit' | 'risk') => [...(column(el, kind)?.querySelectorAll('li.claim') ?? [])].map((li) => text(li.querySelector('h4')));
const claimOf = (id: string) => en.claims.find((c) => c.id === id)!;
const title = (id: string) => claimOf(id).title;
const status = (el: Element) => text(one(el, '[role="status"]'));
/** Chooses an order in the sort select, as a change by the reader. */
function sortBy(el: Element, value: 'relevance' | 'certainty'): void {
  const select = one<HTMLSelectElement>(el, 'select')!;
  select.value = value;
  select.dispatchEvent(new Event('change'));
}


async function prosCons(template = html`<loadwise-pros-cons group=${freshGroup()}></loadwise-pros-cons>`): Promise<LoadwiseProsCons> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('loadwise-pros-cons')!;
  await el.updateComplete;
  return el;
}

/** Publishes answers to a group as a quiz would (through the core). */
async function answer(el: LoadwiseProsCons, group: string, answers: Answers): Promise<void> {
  const assessment = assessWith(en, answers);
  groupStore(group).dispatch({ type: 'answered', answers: assessment.answers });
  await el.updateComplete;
}

const PAST_JOINT: Answers = { ...SAFE_ANSWERS, jointProblem: 'past' };
const JOINT_RISKS = ['joint-stress', 'patellofemoral-pain', 'cartilage-damage', 'weighted-vest-impact'];

describe('<loadwise-pros-cons>: the balanced explainer', () => {
  it('is accessible, collapsed', async () => {
    const el = await prosCons();
    await expect(el).to.be.accessible();
  });

  it('shows benefits and risks with counts, an honest summary per column, and the same number of claims in each on the first screen', async () => {
    const el = await prosCons();
    expect(text(one(el, '#lw-benefit'))).to.equal('Benefits (8)');
    expect(text(one(el, '#lw-risk'))).to.equal('Risks (12)');
    expect(text(column(el, 'benefit')!.querySelector('p'))).to.equal('5 with moderate or strong evidence · 1 with weak evidence · 2 untested or opinion only');
    expect(text(column(el, 'risk')!.querySelector('p'))).to.equal('2 with moderate or strong evidence · 4 with weak evidence · 6 untested or opinion only');
    const benefits = titles(el, 'benefit');
    const risks = titles(el, 'risk');
    expect(benefits.length).to.equal(4);
    expect(risks.length, 'balance rule').to.equal(benefits.length);
    expect(benefits).to.deep.equal(en.claims.filter((c) => c.kind === 'benefit').slice(0, 4).map((c) => c.title));
    expect(text(column(el, 'risk')!.querySelector('.more'))).to.equal('Show all 12 risks');
    expect(text(root(el).querySelector('[part="heading"] + p'))).to.include('thin');
  });

  it('gives every claim the same card, whatever its kind; badges carry a text label as well as a tint', async () => {
    const el = await prosCons();
    const cards = all(el, 'li.claim');
    const styleOf = (li: HTMLElement) => {
      const s = getComputedStyle(li);
      return [s.fontSize, s.fontWeight, s.borderTopWidth, s.paddingTop, s.backgroundColor].join();
    };
    expect(new Set(cards.map(styleOf)).size, 'one card style').to.equal(1);
    expect(new Set(cards.map((li) => getComputedStyle(li.querySelector('h4')!).fontSize)).size).to.equal(1);
    for (const li of cards) {
      const badge = li.querySelector('.badge')!;
      const certainty = badge.getAttribute('data-certainty') as (typeof CERTAINTIES)[number];
      expect(text(badge)).to.equal(`Evidence: ${en.labels.certainty[certainty]}`);
    }
    const tint = (c: string) => getComputedStyle(all(el, `.legend .badge[data-certainty="${c}"]`)[0]!).backgroundColor;
    expect(tint('high')).to.not.equal(tint('low'));
  });

  it('has a legend that explains the scale as our rating of the evidence', async () => {
    const el = await prosCons();
    const legend = one<HTMLDetailsElement>(el, 'details.legend')!;
    expect(text(legend.querySelector('summary'))).to.match(/our rating of the evidence/i);
    expect(text(legend)).to.include(en.ui['evidenceNote']!);
    expect(all(el, '.legend dt').map(text)).to.deep.equal(CERTAINTIES.map((c) => en.labels.certainty[c]));
    expect(all(el, '.legend dd').map(text)).to.deep.equal(CERTAINTIES.map((c) => PROS_CONS_STRINGS[`certainty.${c}`]));
  });
});

describe('<loadwise-pros-cons>: expanding a claim', () => {
  it('is accessible, expanded', async () => {
    const el = await prosCons();
    button(el, title('extra-calories-fixed-pace')).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('expands and collapses by keyboard (disclosure: a button with aria-expanded)', async () => {
    const el = await prosCons();
    const toggle = button(el, title('extra-calories-fixed-pace'));
    const detail = one(el, `#${toggle.getAttribute('aria-controls')}`)!;
    expect(toggle.closest('h4')).to.not.equal(null);
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(detail.hidden).to.equal(true);
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(detail.hidden).to.equal(false);
    expect(root(el).activeElement).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    expect(detail.hidden).to.equal(true);
  });

  it('shows the numbers, the mechanism, what lowers the risk, the sources (through safeUrl) and the review date', async () => {
    const el = await prosCons(html`<loadwise-pros-cons group=${freshGroup()} open></loadwise-pros-cons>`);
    const claim = claimOf('gait-change');
    const detail = one(el, '#lw-d-gait-change')!;
    const dds = [...detail.querySelectorAll(':scope > dl > dd')].map(text);
    expect(dds.slice(0, 3)).to.deep.equal([claim.detail.numbers, claim.detail.mechanism, claim.detail.reduceRisk]);
    const links = [...detail.querySelectorAll('a')];
    expect(links.map((a) => a.getAttribute('href'))).to.deep.equal(claim.sources.filter((s) => s.url).map((s) => s.url));
    expect(text(detail)).to.include(`${claim.sources[0]!.label} (${claim.sources[0]!.year})`);
    expect(detail.querySelector('time')!.getAttribute('datetime')).to.equal(claim.reviewed);
    expect(text(detail)).to.include(`${en.ui['reviewed']} ${new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(claim.reviewed))}`);
  });

  it('drops a source URL that is not http(s) with one console error, and keeps the label', async () => {
    // A pack given through context is trusted as validated; safeUrl still guards its links.
    const pack = structuredClone(en) as ContentPack;
    // Sources are shared between claims: replace this one only.
    pack.claims[0]!.sources[0] = { ...pack.claims[0]!.sources[0]!, url: 'javascript:alert(1)' };
    const error = spyConsole('error');
    try {
      const wrapper = document.createElement('div');
      new ContextProvider(wrapper, { context: configContext, initialValue: { content: pack } });
      const el = document.createElement('loadwise-pros-cons');
      el.group = freshGroup();
      el.open = true;
      wrapper.append(el);
      await fixture(wrapper);
      await el.updateComplete;
      const detail = one(el, `#lw-d-${pack.claims[0]!.id}`)!;
      expect([...detail.querySelectorAll('a')].map((a) => a.getAttribute('href'))).to.deep.equal(pack.claims[0]!.sources.slice(1).filter((s) => s.url).map((s) => s.url));
      expect(text(detail)).to.include(pack.claims[0]!.sources[0]!.label);
      el.requestUpdate();
      await el.updateComplete;
      expect(error.calls.length, error.calls.join('\n')).to.equal(1);
      expect(error.calls[0]).to.include('<loadwise-pros-cons>').and.include('javascript:alert(1)');
    } finally {
      error.restore();
    }
  });

  it('`open` expands every claim, the legend and the questions; a reader can still collapse one', async () => {
    const el = await prosCons(html`<loadwise-pros-cons group=${freshGroup()} open></loadwise-pros-cons>`);
    expect(all(el, '.toggle').every((b) => b.getAttribute('aria-expanded') === 'true')).to.equal(true);
    expect(all(el, '.detail').every((d) => !d.hidden)).to.equal(true);
    expect(all<HTMLDetailsElement>(el, 'details').every((d) => d.open)).to.equal(true);
    await expect(el).to.be.accessible();
    const toggle = all(el, '.toggle')[0]!;
    toggle.click();
    await el.updateComplete;
    expect(toggle.getAttribute('aria-expanded')).to.equal('false');
    el.open = false;
    await el.updateComplete;
    expect(all(el, '.toggle').every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  });

  it('"Show all" reveals the rest of a column and moves focus to the first claim it revealed', async () => {
    const el = await prosCons();
    const more = button(el, 'Show all 12 risks');
    more.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(titles(el, 'risk').length).to.equal(12);
    expect(titles(el, 'benefit').length).to.equal(4);
    expect(text(root(el).activeElement)).to.equal(en.claims.filter((c) => c.kind === 'risk')[4]!.title);
  });
});

describe('<loadwise-pros-cons>: filters and sort', () => {
  it('is accessible, filtered and sorted', async () => {
    const el = await prosCons();
    button(el, en.labels.topics.joints).click();
    sortBy(el, 'certainty');
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('filters by topic chips (toggle buttons), announces the counts politely and leaves focus alone', async () => {
    const el = await prosCons();
    const chips = all(el, 'fieldset button');
    expect(text(one(el, 'fieldset legend'))).to.equal('Topics');
    expect(chips.map(text)).to.deep.equal(Object.values(en.labels.topics));
    expect(chips.every((c) => c.getAttribute('aria-pressed') === 'false')).to.equal(true);
    const joints = button(el, en.labels.topics.joints);
    joints.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(joints.getAttribute('aria-pressed')).to.equal('true');
    expect(root(el).activeElement).to.equal(joints);
    const jointRisks = en.claims.filter((c) => c.kind === 'risk' && c.topic === 'joints').map((c) => c.title);
    button(el, 'Show all 6 risks').click();
    await el.updateComplete;
    expect(titles(el, 'risk')).to.deep.equal(jointRisks);
    expect(titles(el, 'benefit')).to.deep.equal([]);
    expect(text(column(el, 'benefit'))).to.include('None in the topics you chose.');
    expect(text(one(el, '#lw-risk'))).to.equal('Risks (6)');
    expect(status(el)).to.equal('Benefits shown: 0. Risks shown: 6.');

    // A second chip widens the filter; releasing both shows everything again.
    button(el, en.labels.topics.heart).click();
    await el.updateComplete;
    expect(status(el)).to.equal('Benefits shown: 3. Risks shown: 6.');
    joints.click();
    button(el, en.labels.topics.heart).click();
    await el.updateComplete;
    expect(status(el)).to.equal('Benefits shown: 8. Risks shown: 12.');
    expect(chips.every((c) => c.getAttribute('aria-pressed') === 'false')).to.equal(true);
  });

  it('sorts by certainty, strongest first, and back, with a labelled select apart from the topic chips', async () => {
    const el = await prosCons();
    const sort = one<HTMLSelectElement>(el, 'select')!;
    expect(sort.labels?.[0]?.textContent, 'a label of its own').to.equal('Order');
    expect([...sort.options].map((o) => o.textContent)).to.deep.equal(['Suggested order', 'Strongest evidence first']);
    expect(sort.value).to.equal('relevance');
    expect(sort.closest('fieldset'), 'not among the topic chips').to.equal(null);
    expect(all(el, 'button[aria-pressed]').length, 'the chips are the topics only').to.equal(Object.keys(en.labels.topics).length);
    // By keyboard: focus the select and choose the second option.
    sort.focus();
    await sendKeys({ press: 'ArrowDown' });
    await el.updateComplete;
    expect(sort.value).to.equal('certainty');
    button(el, 'Show all 8 benefits').click();
    button(el, 'Show all 12 risks').click();
    await el.updateComplete;
    for (const kind of ['benefit', 'risk'] as const) {
      const ranks = [...column(el, kind)!.querySelectorAll('.badge')].map((b) => CERTAINTIES.indexOf(b.getAttribute('data-certainty') as never));
      expect(ranks).to.deep.equal([...ranks].sort((a, b) => a - b));
    }
    expect(titles(el, 'risk')[0]).to.equal(title('cartilage-damage'));
    expect(status(el), 'a change of order is not announced: the select says it').to.equal('');
    sortBy(el, 'relevance');
    await el.updateComplete;
    expect(titles(el, 'risk')).to.deep.equal(en.claims.filter((c) => c.kind === 'risk').map((c) => c.title));
  });
});

describe('<loadwise-pros-cons>: personalised by a quiz in another block', () => {
  it('is accessible, personalised', async () => {
    const group = freshGroup();
    const el = await prosCons(html`<loadwise-pros-cons group=${group}></loadwise-pros-cons>`);
    await answer(el, group, PAST_JOINT);
    await expect(el).to.be.accessible();
  });

  it('marks the joint risks for a reader with a past knee problem, moves them to the top, says so (without announcing it) and what it means', async () => {
    const group = freshGroup();
    const quizBlock = await fixture<HTMLElement>(html`<section><loadwise-test-widget group=${group}></loadwise-test-widget></section>`);
    const quiz = quizBlock.querySelector<LoadwiseTestWidget>('loadwise-test-widget')!;
    const el = await prosCons(html`<article><p>Paragraphs.</p><loadwise-pros-cons group=${group}></loadwise-pros-cons></article>`);
    expect(quizBlock.contains(el)).to.equal(false);
    expect(all(el, '[data-relevant]').length).to.equal(0);
    expect(one(el, '[part="for-you"]')).to.equal(null);
    expect(status(el)).to.equal('');

    quiz.answersToPublish = PAST_JOINT;
    one<HTMLButtonElement>(quiz, 'button.answer')!.click();
    await el.updateComplete;

    expect(el.assessment?.verdict).to.equal('caution');
    const risks = titles(el, 'risk');
    const marked = all(el, '[part~="column-risk"] li[data-relevant]').map((li) => text(li.querySelector('h4')));
    for (const id of JOINT_RISKS) expect(marked, id).to.include(title(id));
    expect(risks.slice(0, marked.length), 'moved to the top').to.deep.equal(marked);
    expect(titles(el, 'benefit').length, 'the balance rule still holds').to.equal(risks.length);
    const note = one(el, '#lw-b-joint-stress')!.closest('li')!.querySelector('[part="applies"]');
    expect(text(note)).to.equal('Applies to you: You have or had a joint problem.');
    expect(status(el), 'the quiz announces its result; the explainer does not').to.equal('');
    const updated = one(el, '[part="updated"]')!;
    expect(text(updated)).to.equal(`Updated for your quiz answers. Claims that apply to you: ${marked.length}, marked and moved to the top.`);
    expect(updated.closest('[role="status"], [aria-live]'), 'visible, not live').to.equal(null);
    expect(updated.previousElementSibling?.previousElementSibling, 'near the top: under the introduction').to.equal(one(el, '[part="heading"]'));

    const forYou = one(el, '[part="for-you"]')!;
    expect(text(forYou)).to.include(`Your quiz result is "${en.verdicts.caution.title}".`).and.include('The risks behind it:');
    expect([...forYou.querySelectorAll('a')].map(text).sort()).to.deep.equal(JOINT_RISKS.map(title).sort());

    // Following a link expands the claim and moves focus to it.
    const link = [...forYou.querySelectorAll('a')].find((a) => text(a) === title('cartilage-damage'))!;
    link.click();
    await el.updateComplete;
    await el.updateComplete;
    const toggle = one(el, '#lw-b-cartilage-damage')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement).to.equal(toggle);

    quiz.forgetAnswers();
    await el.updateComplete;
    expect(all(el, '[data-relevant]').length).to.equal(0);
    expect(one(el, '[part="for-you"]')).to.equal(null);
    expect(status(el), 'nothing announced').to.equal('');
    expect(one(el, '[part="updated"]')).to.equal(null);
  });

  it('personalises the common questions once there is an assessment', async () => {
    const group = freshGroup();
    const el = await prosCons(html`<loadwise-pros-cons group=${group} open></loadwise-pros-cons>`);
    const question = (id: string) => all(el, 'details[part="faq-item"]').find((d) => text(d.querySelector('summary')) === PROS_CONS_STRINGS[`faq.${id}.q`])!;
    expect(question('heavy').querySelector('[part="applies"]')).to.equal(null);
    await answer(el, group, SAFE_ANSWERS);
    expect(text(question('heavy').querySelector('[part="applies"]'))).to.equal('Your plan: 0.5 kg to 1 kg per ankle.');
    expect(text(question('often').querySelector('[part="applies"]'))).to.equal('Weighted sessions a week in your plan: 1–2.');
    expect(text(one(el, '[part="for-you"]'))).to.include(PROS_CONS_STRINGS['none']!);
    await answer(el, group, { chestPain: true });
    expect(text(question('heavy').querySelector('[part="applies"]'))).to.equal('Your result: no weights for now.');
    expect(text(one(el, '[part="for-you"]'))).to.include(en.verdicts['see-professional'].title);
    await answer(el, group, { ...SAFE_ANSWERS, runFrequency: 'none', ageBand: '65-plus', goals: ['speed'] });
    expect(text(question('beginners').querySelector('[part="applies"]'))).to.equal(PROS_CONS_STRINGS['faq.beginners.base']);
    expect(text(question('faster').querySelector('[part="applies"]'))).to.equal(PROS_CONS_STRINGS['faq.faster.goal']);
    expect(text(question('exercises').querySelector('[part="applies"]'))).to.equal(PROS_CONS_STRINGS['faq.exercises.balance']);
    groupStore(group).dispatch({ type: 'reset' });
  });

  it('does not announce while the quiz is still being answered', async () => {
    const group = freshGroup();
    const el = await prosCons(html`<loadwise-pros-cons group=${group}></loadwise-pros-cons>`);
    await answer(el, group, { activity: 'running', jointProblem: 'past' });
    expect(all(el, '[data-relevant]').length, 'marked already').to.be.greaterThan(0);
    expect(status(el)).to.equal('');
    expect(one(el, '[part="for-you"]')).to.equal(null);
  });
});

describe('<loadwise-pros-cons>: the claims attribute', () => {
  it('is accessible with a subset', async () => {
    const el = await prosCons(html`<loadwise-pros-cons group=${freshGroup()} claims="joint-stress,gait-change"></loadwise-pros-cons>`);
    await expect(el).to.be.accessible();
  });

  it('shows only the claims named, and reports a bad id once, naming the element, the attribute and the id', async () => {
    const error = spyConsole('error');
    try {
      const el = await prosCons(html`<loadwise-pros-cons group=${freshGroup()} claims=" joint-stress, gait-change ,no-such-claim"></loadwise-pros-cons>`);
      expect(error.calls.length).to.equal(1);
      expect(error.calls[0]).to.include('<loadwise-pros-cons>').and.include('"claims"').and.include('"no-such-claim"');
      expect(titles(el, 'risk')).to.deep.equal([title('gait-change'), title('joint-stress')]);
      expect(column(el, 'benefit'), 'no empty benefits column for a risks-only subset').to.equal(null);
      expect(all(el, 'details[part="faq-item"] summary').map(text)).to.deep.equal([PROS_CONS_STRINGS['faq.heavy.q']]);
      el.requestUpdate();
      await el.updateComplete;
      expect(error.calls.length, 'once').to.equal(1);
    } finally {
      error.restore();
    }
  });

  it('shows every claim when no id is known', async () => {
    const error = spyConsole('error');
    try {
      const el = await prosCons(html`<loadwise-pros-cons group=${freshGroup()} claims="nope"></loadwise-pros-cons>`);
      expect(error.calls.length).to.equal(1);
      expect(error.calls[0]).to.include('every claim');
      expect(text(one(el, '#lw-risk'))).to.equal('Risks (12)');
    } finally {
      error.restore();
    }
  });
});

describe('<loadwise-pros-cons>: layout and common questions', () => {
  it('is accessible as a list', async () => {
    const el = await prosCons(html`<loadwise-pros-cons group=${freshGroup()} layout="list"></loadwise-pros-cons>`);
    await expect(el).to.be.accessible();
  });

  it('puts the columns side by side when wide; `list` stacks them; a bad value is reported and ignored', async () => {
    const wide = async (layout?: string) => {
      const wrapper = await fixture<HTMLElement>(html`<div style="width: 900px"><loadwise-pros-cons group=${freshGroup()} layout=${layout ?? 'columns'}></loadwise-pros-cons></div>`);
      const el = wrapper.querySelector('loadwise-pros-cons')!;
      await el.updateComplete;
      const [b, r] = [column(el, 'benefit')!.getBoundingClientRect(), column(el, 'risk')!.getBoundingClientRect()];
      return { sideBySide: Math.abs(b.top - r.top) < 1 && r.left > b.right - 1, stacked: r.top >= b.bottom };
    };
    expect((await wide('columns')).sideBySide).to.equal(true);
    expect((await wide('list')).stacked).to.equal(true);
    const error = spyConsole('error');
    try {
      expect((await wide('grid')).sideBySide).to.equal(true);
      expect(error.calls.length).to.equal(1);
      expect(error.calls[0]).to.include('<loadwise-pros-cons>').and.include('"layout"').and.include('"columns" or "list"');
    } finally {
      error.restore();
    }
  });

  it('answers the common questions from the claims, with links to them', async () => {
    const el = await prosCons();
    const items = all<HTMLDetailsElement>(el, 'details[part="faq-item"]');
    expect(items.map((d) => text(d.querySelector('summary')))).to.deep.equal(PROS_CONS_FAQ.map((f) => PROS_CONS_STRINGS[`faq.${f.id}.q`]));
    for (const [i, item] of items.entries()) {
      expect([...item.querySelectorAll('a')].map(text)).to.deep.equal(PROS_CONS_FAQ[i]!.claims.map(title));
    }
    const faster = items[3]!;
    faster.querySelector('summary')!.click();
    await el.updateComplete;
    expect(faster.open).to.equal(true);
    await expect(el).to.be.accessible();
    // A link to a claim beyond the first screen reveals, expands and focuses it.
    const link = [...faster.querySelectorAll('a')].find((a) => text(a) === title('training-gain-not-studied'))!;
    link.click();
    await el.updateComplete;
    await el.updateComplete;
    const toggle = one(el, '#lw-b-training-gain-not-studied')!;
    expect(toggle.getAttribute('aria-expanded')).to.equal('true');
    expect(root(el).activeElement).to.equal(toggle);
  });

  it('`faq="off"` hides the common questions', async () => {
    const el = await prosCons(html`<loadwise-pros-cons group=${freshGroup()} faq="off"></loadwise-pros-cons>`);
    expect(one(el, '[part="faq"]')).to.equal(null);
    el.faq = 'on';
    await el.updateComplete;
    expect(one(el, '[part="faq"]')).to.not.equal(null);
  });

  it('takes its texts from the pack, overridable per key, and renders them as text', async () => {
    const pack = structuredClone(en) as ContentPack;
    pack.ui['prosCons.heading'] = '<img src=x onerror=alert(1)> Pros & cons';
    pack.claims[0]!.title = '<b>Bold?</b>';
    const el = await prosCons();
    el.content = pack;
    await until(() => text(one(el, 'h2')).includes('Pros'), 'the pack is applied');
    expect(text(one(el, 'h2'))).to.equal('<img src=x onerror=alert(1)> Pros & cons');
    expect(all(el, 'img, b').length).to.equal(0);
    expect(text(one(el, '#lw-b-extra-calories-fixed-pace'))).to.equal('<b>Bold?</b>');
  });
});

/**
 * The element with the printed fallback inside, parsed in an inert document (where nothing
 * upgrades) and then adopted, as a page's parser meets it; beside it, the same markup in a div.
 */
async function withFallback(): Promise<{ el: LoadwiseProsCons; wrapper: HTMLElement }> {
  const inert = new DOMParser().parseFromString(
    `<div><loadwise-pros-cons group="${freshGroup()}">${prosConsFallback(en)}</loadwise-pros-cons><div class="plain">${prosConsFallback(en)}</div></div>`,
    'text/html',
  );
  const wrapper = await fixture<HTMLElement>(html`<div></div>`);
  wrapper.append(document.adoptNode(inert.body.firstElementChild!));
  const el = wrapper.querySelector('loadwise-pros-cons')!;
  await el.updateComplete;
  return { el, wrapper };
}

describe('<loadwise-pros-cons>: the light-DOM fallback', () => {
  it('is accessible with a fallback inside', async () => {
    const { el } = await withFallback();
    await expect(el).to.be.accessible();
  });

  it('prints every claim and common question from the pack, escaped', () => {
    const out = prosConsFallback(en);
    const doc = new DOMParser().parseFromString(out, 'text/html');
    const items = [...doc.querySelectorAll('ul li strong')].map(text);
    expect(items).to.deep.equal([...en.claims.filter((c) => c.kind === 'benefit'), ...en.claims.filter((c) => c.kind === 'risk')].map((c) => c.title).concat(PROS_CONS_FAQ.map((f) => PROS_CONS_STRINGS[`faq.${f.id}.q`]!)));
    const pack = structuredClone(en) as ContentPack;
    pack.claims[0]!.title = '<script>x</script>';
    const hostile = new DOMParser().parseFromString(prosConsFallback(pack, { claims: [pack.claims[0]!.id], faq: false }), 'text/html');
    expect(hostile.querySelectorAll('script').length).to.equal(0);
    expect(text(hostile.querySelector('li strong'))).to.equal('<script>x</script>');
    expect(hostile.querySelectorAll('li').length).to.equal(1);
  });

  it('is hidden once the element upgrades, while the element renders the claims', async () => {
    const { el, wrapper } = await withFallback();
    expect(el.shadowRoot).to.not.equal(null);
    expect(all(el, 'li.claim').length).to.be.greaterThan(0);
    const fallback = el.querySelector('.loadwise-fallback')!;
    expect(fallback.getClientRects().length, 'the fallback has no box').to.equal(0);
    expect(wrapper.querySelector('.plain .loadwise-fallback')!.getClientRects().length, 'the same markup outside does').to.be.greaterThan(0);
  });

  it('matches the fallback printed into demo/blog.html', async () => {
    const page = await (await fetch('/demo/blog.html')).text();
    const doc = new DOMParser().parseFromString(page, 'text/html');
    const inElement = doc.querySelector('loadwise-pros-cons .loadwise-fallback');
    expect(inElement, 'demo/blog.html has a fallback').to.not.equal(null);
    const printed = new DOMParser().parseFromString(prosConsFallback(en), 'text/html').querySelector('.loadwise-fallback');
    expect(text(inElement)).to.equal(text(printed));
  });
});

describe('<loadwise-pros-cons>: 280 px, RTL and the dark theme', () => {
  it('is accessible in the dark theme, personalised and expanded', async () => {
    const group = freshGroup();
    const el = await prosCons(html`<loadwise-pros-cons group=${group} theme="dark" open></loadwise-pros-cons>`);
    await answer(el, group, PAST_JOINT);
    await expect(el).to.be.accessible();
    expect(getComputedStyle(one(el, '.base')!).backgroundColor).to.equal('rgb(22, 27, 32)');
    button(el, en.labels.topics.joints).click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('has no horizontal overflow at 280 px, with the columns stacked by the container query', async () => {
    const group = freshGroup();
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 280px"><loadwise-pros-cons group=${group} open></loadwise-pros-cons></div>`);
    const el = wrapper.querySelector('loadwise-pros-cons')!;
    await el.updateComplete;
    await answer(el, group, PAST_JOINT);
    const base = one(el, '.base')!;
    expect(el.getBoundingClientRect().width).to.equal(280);
    expect(base.scrollWidth, 'no horizontal scroll').to.be.at.most(base.clientWidth);
    const right = base.getBoundingClientRect().right;
    for (const node of all(el, '.base *')) {
      if (node.getClientRects().length === 0 || getComputedStyle(node).position === 'absolute') continue;
      expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(right + 0.5);
    }
    const [b, r] = [column(el, 'benefit')!.getBoundingClientRect(), column(el, 'risk')!.getBoundingClientRect()];
    expect(r.top).to.be.at.least(b.bottom);
  });

  it('mirrors with dir="rtl": benefits on the right, the "applies to you" mark on the inline start', async () => {
    const group = freshGroup();
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 900px"><loadwise-pros-cons group=${group}></loadwise-pros-cons></div>`);
    const el = wrapper.querySelector('loadwise-pros-cons')!;
    await el.updateComplete;
    await answer(el, group, PAST_JOINT);
    await expect(el).to.be.accessible();
    const [b, r] = [column(el, 'benefit')!.getBoundingClientRect(), column(el, 'risk')!.getBoundingClientRect()];
    expect(b.left).to.be.greaterThan(r.right - 1);
    const marked = getComputedStyle(one(el, 'li[data-relevant]')!);
    expect(marked.borderRightWidth).to.equal('4px');
    expect(marked.borderLeftWidth).to.equal('1px');
    expect(one(el, '.base')!.scrollWidth).to.be.at.most(one(el, '.base')!.clientWidth);
  });
});
