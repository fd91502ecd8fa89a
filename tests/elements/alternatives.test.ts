/**
 * <loadwise-alternatives> from source, driven as a reader would: goal chips and limits by
 * keyboard, the ranking against the core's, exclusions with reasons, prefill from a quiz in
 * another block and the reader overriding it, compare mode, calls to action (neutral, disclosed,
 * evented), events only on user action, bad input, 280 px, RTL and the dark theme.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { until } from '../wait.js';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/alternatives/alternatives.js';
import type { LoadwiseAlternatives } from '../../src/elements/alternatives/alternatives.component.js';
import { ALTERNATIVES_STRINGS as S, ALTERNATIVES_LATER as L } from '../../src/elements/alternatives/alternatives.strings.js';
import { assessWith, rankAlternativesWith, splitReasons, type Answers, type Cta, type Goal, type RankInput } from '../../src/core/engine.js';
import { en } from '../../src/content/en.js';
import { groupStore } from '../../src/base/groups.js';
import type { LoadwiseCtaEvent, LoadwiseSelectEvent } from '../../src/events/events.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { record, spyConsole } from './helpers.js';

let groups = 0;
const freshGroup = () => `alternatives-${++groups}`;

const root = (el: Element) => el.shadowRoot!;
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...root(el).querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: Element, selector: string) => root(el).querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const status = (el: Element) => text(one(el, '[role="status"]'));
const titleOf = (id: string) => en.alternatives.find((a) => a.id === id)!.title;

/** Ids of the ranked cards, in the order shown. */
const shownOrder = (el: Element) => all(el, 'li.card').map((li) => li.dataset['id']!);
/** Ids listed as excluded, in order. */
const excludedShown = (el: Element) => all(el, '.excluded li strong').map((s) => en.alternatives.find((a) => a.title === text(s))!.id);
/** What the core ranks for the same input: the order the widget must show. */
function coreOrder(input: RankInput) {
  const ranked = rankAlternativesWith(en, input);
  return { ranked: ranked.filter((r) => !r.excluded).map((r) => r.id), excluded: ranked.filter((r) => r.excluded).map((r) => r.id) };
}

function chip(el: Element, goal: Goal): HTMLButtonElement {
  const found = all<HTMLButtonElement>(el, 'button.chip').find((b) => text(b) === en.labels.goals[goal]);
  if (!found) throw new Error(`no chip ${goal}`);
  return found;
}
/** A checkbox by its accessible name: its own aria-label, else its label's text. */
function checkbox(el: Element, label: string): HTMLInputElement {
  const found = all<HTMLInputElement>(el, 'label.check input').find((i) => (i.getAttribute('aria-label') ?? text(i.closest('label'))) === label);
  if (!found) throw new Error(`no checkbox "${label}"`);
  return found;
}
const card = (el: Element, id: string) => one(el, `li.card[data-id="${id}"]`)!;
const button = (scope: ParentNode, startsWith: string) => [...scope.querySelectorAll<HTMLButtonElement>('button')].find((b) => text(b).startsWith(startsWith))!;

/** Focuses a control and presses a key on it, as a keyboard user would. */
async function press(el: LoadwiseAlternatives, control: HTMLElement, key: 'Space' | 'Enter' = 'Space'): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function picker(template = html`<loadwise-alternatives group=${freshGroup()}></loadwise-alternatives>`): Promise<LoadwiseAlternatives> {
  const wrapper = await fixture<HTMLElement>(html`<div>${template}</div>`);
  const el = wrapper.querySelector('loadwise-alternatives')!;
  await el.updateComplete;
  return el;
}

/** Publishes answers to a group as a quiz in another block would (through the core). */
async function answer(el: LoadwiseAlternatives, group: string, answers: Answers): Promise<void> {
  const assessment = assessWith(en, answers);
  groupStore(group).dispatch({ type: 'answered', answers: assessment.answers });
  await el.updateComplete;
}



const CTAS: Cta[] = [
  { id: 'shop-vest', label: 'Shop weighted vests', href: 'https://shop.example/vests', alternativeId: 'weighted-vest-walk' },
  { id: 'shop-cuffs', label: 'Shop ankle weights', href: 'https://shop.example/cuffs', alternativeId: 'ankle-weight-exercises' },
  { id: 'coach', label: 'Book a coach', href: 'https://gym.example/coach', alternativeId: 'intervals' },
];

describe('<loadwise-alternatives>: ranking', () => {
  it('is accessible with no goal chosen, and shows the core\'s ranking with every card explained', async () => {
    const el = await picker();
    await expect(el).to.be.accessible();
    const core = coreOrder({ goals: [], constraints: { jointPain: false } });
    expect(shownOrder(el)).to.deep.equal(core.ranked);
    expect(core.ranked.length).to.equal(en.alternatives.length);
    expect(all(el, 'button.chip').map((b) => b.getAttribute('aria-pressed'))).to.deep.equal(['false', 'false', 'false', 'false', 'false', 'false']);
    for (const li of all(el, 'li.card')) {
      expect(li.querySelectorAll('.why:not([part="drawbacks"]) li').length, 'reasons').to.be.within(1, 3);
      // No goal chosen: no score to show, only what the option is best for.
      expect(text(li.querySelector('.fit'))).to.match(/^Best for: \S/);
      expect(li.querySelector('meter')).to.equal(null);
      expect(text(li.querySelector('.facts'))).to.include('Impact').and.include('Time').and.include('Equipment');
    }
    expect(text(one(el, '.results > p'))).to.equal(`${en.alternatives.length} options for you, best first. ${S.pickGoal} ${S.kcalHint}`);
    expect(one(el, '.excluded')).to.equal(null);
    expect(one(el, '[part="disclosure"]')).to.equal(null);
  });

  it('re-ranks as goal chips are toggled by keyboard, announcing the new first option', async () => {
    const el = await picker();
    await press(el, chip(el, 'strength'));
    expect(chip(el, 'strength').getAttribute('aria-pressed')).to.equal('true');
    expect(shownOrder(el)).to.deep.equal(coreOrder({ goals: ['strength'], constraints: { jointPain: false } }).ranked);
    expect(shownOrder(el)[0]).to.equal('strength-training');
    expect(status(el), 'first already with no goal: the order changed').to.equal(`Order changed. Still first: ${titleOf('strength-training')}.`);

    await press(el, chip(el, 'calories'), 'Enter');
    await press(el, chip(el, 'strength'));
    expect(chip(el, 'strength').getAttribute('aria-pressed')).to.equal('false');
    const calories = coreOrder({ goals: ['calories'], constraints: { jointPain: false } }).ranked;
    expect(shownOrder(el)).to.deep.equal(calories);
    expect(status(el), 'the first was already first with strength and calorie burn').to.equal(`Order changed. Still first: ${titleOf(calories[0]!)}.`);

    await press(el, chip(el, 'strength'));
    await press(el, chip(el, 'endurance'));
    expect(shownOrder(el)).to.deep.equal(coreOrder({ goals: ['calories', 'strength', 'endurance'], constraints: { jointPain: false } }).ranked);
    await expect(el).to.be.accessible();
  });

  it('excludes high-impact options and extra leg load with joint pain, listing them collapsed at the end with the reason', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} goals="strength toning"></loadwise-alternatives>`);
    expect(shownOrder(el)).to.include('ankle-weight-exercises');
    await press(el, checkbox(el, S.jointPain));
    const core = coreOrder({ goals: ['strength', 'toning'], constraints: { jointPain: true } });
    expect(core.excluded).to.have.members(['hill-repeats', 'intervals', 'ankle-weight-exercises', 'ankle-weight-walking']);
    expect(shownOrder(el)).to.deep.equal(core.ranked);
    for (const id of core.excluded) expect(shownOrder(el), id).to.not.include(id);
    const details = one<HTMLDetailsElement>(el, 'details.excluded')!;
    expect(details.open).to.equal(false);
    expect(text(details.querySelector('summary'))).to.equal('Ruled out for you (4)');
    await press(el, details.querySelector('summary')!, 'Enter');
    expect(details.open).to.equal(true);
    expect(excludedShown(el)).to.deep.equal(core.excluded);
    const reasons = Object.fromEntries(rankAlternativesWith(en, { goals: ['strength', 'toning'], constraints: { jointPain: true } }).map((r) => [r.id, r.why[0]!.text]));
    for (const li of details.querySelectorAll('li')) {
      const id = excludedShown(el)[[...details.querySelectorAll('li')].indexOf(li)]!;
      expect(text(li)).to.equal(`${titleOf(id)}: ${reasons[id]}`);
    }
    expect(text(details)).to.include(en.messages.excludedJointPain);
    await expect(el).to.be.accessible();
  });

  it('keeps an opened "how to do it" with its card when the ranking changes', async () => {
    const el = await picker();
    const second = shownOrder(el)[1]!;
    const details = card(el, second).querySelector('details')!;
    await press(el, details.querySelector('summary')!, 'Enter');
    expect(details.open).to.equal(true);
    await press(el, chip(el, 'speed'));
    expect(shownOrder(el).indexOf(second)).to.not.equal(1);
    const open = all<HTMLDetailsElement>(el, 'li.card details').filter((d) => d.open);
    expect(open.map((d) => d.closest('li')!.dataset['id'])).to.deep.equal([second]);
  });

  it('applies equipment and minutes, with the reasons on the cards', async () => {
    const el = await picker();
    await press(el, checkbox(el, en.labels.equipment.bike));
    await press(el, chip(el, 'endurance'));
    const select = one<HTMLSelectElement>(el, 'select')!;
    select.value = '15';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const input = { goals: ['endurance'] as Goal[], constraints: { jointPain: false, equipment: ['bike' as const], minutes: 15 } };
    expect(shownOrder(el)).to.deep.equal(coreOrder(input).ranked);
    const cycling = rankAlternativesWith(en, input).find((r) => r.id === 'cycling')!;
    expect(cycling.why.map((w) => w.text)).to.include(`Uses what you have: ${en.labels.equipment.bike}`);
    const vest = rankAlternativesWith(en, input).find((r) => r.id === 'weighted-vest-walk')!;
    expect(vest.why.map((w) => w.text)).to.include(`Equipment needed: ${en.labels.equipment.vest}`).and.include('Needs 20+ min');
    const fits = (id: string) => [...card(el, id).querySelectorAll('.why:not([part="drawbacks"]) li')].map(text);
    const drawbacks = (id: string) => [...card(el, id).querySelectorAll('[part="drawbacks"] li')].map(text);
    for (const [id, ranked] of [['weighted-vest-walk', vest], ['cycling', cycling]] as const) {
      const split = splitReasons(ranked.why);
      expect(fits(id), `${id}: why it fits, the core's strongest reasons for`).to.deep.equal(split.fits.map((w) => w.text));
      expect(drawbacks(id), `${id}: every drawback, apart`).to.deep.equal(split.drawbacks.map((w) => w.text));
      for (const w of split.fits) expect(w.effect, `${id}: no drawback under "why it fits"`).to.be.at.least(0);
    }
    expect(drawbacks('cycling')).to.include('Needs 20+ min');
    expect(drawbacks('weighted-vest-walk')).to.include(`Equipment needed: ${en.labels.equipment.vest}`);
  });

  it('opens "how to do it" by keyboard: steps, a starting dose, a progression and sources', async () => {
    const el = await picker();
    const details = card(el, 'strength-training').querySelector('details')!;
    await press(el, details.querySelector('summary')!, 'Enter');
    expect(details.open).to.equal(true);
    const alt = en.alternatives.find((a) => a.id === 'strength-training')!;
    expect(details.querySelectorAll('ol.steps li').length).to.equal(alt.howTo.steps.length);
    expect(text(details)).to.include(alt.howTo.dose).and.include(alt.howTo.progression).and.include(alt.sources[0]!.label);
    await expect(el).to.be.accessible();
  });
});

describe('<loadwise-alternatives>: prefill from a quiz in another block', () => {
  it('takes goals and a current joint problem from the group, says so, and lets the reader change them', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group}></loadwise-alternatives>`);
    expect(one(el, '[part="from-quiz"]')).to.equal(null);
    await answer(el, group, { ...SAFE_ANSWERS, goals: ['speed'], jointProblem: 'current', bodyWeightKg: 70 });
    const assessment = el.assessment!;
    expect(text(one(el, '[part="from-quiz"]'))).to.equal(S.fromQuiz);
    expect(chip(el, 'speed').getAttribute('aria-pressed')).to.equal('true');
    expect(checkbox(el, S.jointPain).checked).to.equal(true);
    const fromQuiz = coreOrder({ goals: ['speed'], constraints: { jointPain: true }, assessment });
    expect(shownOrder(el)).to.deep.equal(fromQuiz.ranked);
    expect(fromQuiz.excluded).to.include.members(['hill-repeats', 'intervals']);
    expect(status(el), 'no announcement from a quiz in another block: it has its own').to.equal('');
    const kcal = rankAlternativesWith(en, { assessment }).find((r) => r.id === 'cycling')!.kcal30!;
    expect(text(card(el, 'cycling'))).to.include(`About ${kcal} kcal in 30 minutes (estimate)`);
    await expect(el).to.be.accessible();

    // The reader overrides both inputs: their choice wins, the note goes away.
    await press(el, chip(el, 'speed'));
    await press(el, chip(el, 'strength'));
    await press(el, checkbox(el, S.jointPain));
    expect(one(el, '[part="from-quiz"]')).to.equal(null);
    expect(checkbox(el, S.jointPain).checked).to.equal(false);
    const overridden = coreOrder({ goals: ['strength'], constraints: { jointPain: false }, assessment });
    expect(shownOrder(el)).to.deep.equal(overridden.ranked);
    expect(shownOrder(el)[0]).to.equal('strength-training');
    // Unticking joint pain cannot bring back what the quiz answers rule out.
    expect(overridden.excluded).to.include.members(['hill-repeats', 'intervals']);
    expect(excludedShown(el)).to.deep.equal(overridden.excluded);
    expect(text(one(el, '.excluded'))).to.include('Left out given your result');
  });

  it('prefers the quiz goals over the `goals` attribute, and the reader\'s chips over both', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group} goals="bone toning"></loadwise-alternatives>`);
    expect(['bone', 'toning'].map((g) => chip(el, g as Goal).getAttribute('aria-pressed'))).to.deep.equal(['true', 'true']);
    await answer(el, group, { ...SAFE_ANSWERS, goals: ['endurance'] });
    expect(all(el, 'button.chip[aria-pressed="true"]').map(text)).to.deep.equal([en.labels.goals.endurance]);
    await press(el, chip(el, 'endurance'));
    expect(all(el, 'button.chip[aria-pressed="true"]').length).to.equal(0);
    expect(shownOrder(el)).to.deep.equal(coreOrder({ goals: [], constraints: { jointPain: false }, assessment: el.assessment }).ranked);
  });

  it('ranks only low-impact options without ankle weights when the quiz says to see a professional, and says once a doctor agrees', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group} goals="speed"></loadwise-alternatives>`);
    expect(shownOrder(el).slice(0, 3)).to.include('intervals');
    expect(one(el, '[part="ask-first"]')).to.equal(null);
    await answer(el, group, { ...SAFE_ANSWERS, heartCondition: true });
    for (const id of ['hill-repeats', 'intervals', 'walk-jog', 'weighted-vest-walk', 'ankle-weight-walking', 'ankle-weight-exercises']) {
      expect(shownOrder(el), id).to.not.include(id);
      expect(excludedShown(el), id).to.include(id);
    }
    for (const id of shownOrder(el)) expect(en.alternatives.find((a) => a.id === id)!.impact, id).to.equal('low');
    expect(text(one(el, '.excluded'))).to.include(`Left out given your result: ${en.verdicts['see-professional'].title}`);
    expect(text(one(el, '[part="ask-first"]'))).to.equal(en.messages.offerAfterDoctor);
  });

  for (const [who, answers, note, reason] of [
    ['chest pain', { chestPain: true }, 'offerNothingStop', 'excludedStop'],
    ['a fever', { unwell: true }, 'offerNothingRest', 'excludedRest'],
  ] as const) {
    it(`offers nothing after ${who}, and says why on every option`, async () => {
      const group = freshGroup();
      const el = await picker(html`<loadwise-alternatives group=${group} goals="strength"></loadwise-alternatives>`);
      await answer(el, group, { ...SAFE_ANSWERS, ...answers });
      expect(shownOrder(el)).to.deep.equal([]);
      expect(excludedShown(el).length).to.equal(en.alternatives.length);
      expect(text(one(el, '[part="ask-first"]'))).to.equal(en.messages[note]);
      expect(text(one(el, '.excluded')).split(en.messages[reason]).length - 1).to.equal(en.alternatives.length);
      await expect(el).to.be.accessible();
    });
  }

  it('clears a choice that the reader\'s answers then rule out, without an event', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group} goals="speed"></loadwise-alternatives>`);
    const select = record<LoadwiseSelectEvent>(document, 'loadwise-select');
    try {
      await press(el, button(card(el, 'intervals'), S.choose), 'Enter');
      expect(groupStore(group).getState().selectedAlternative).to.equal('intervals');
      await answer(el, group, { ...SAFE_ANSWERS, jointProblem: 'past' });
      await el.updateComplete;
      expect(groupStore(group).getState().selectedAlternative).to.equal(null);
      expect(select.seen.length).to.equal(1);
    } finally {
      select.stop();
    }
  });

  it('forgets what the reader told it when the group\'s answers are forgotten', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group}></loadwise-alternatives>`);
    await answer(el, group, { ...SAFE_ANSWERS, goals: ['speed'] });
    await press(el, checkbox(el, S.jointPain));
    await press(el, chip(el, 'bone'));
    await press(el, checkbox(el, en.labels.equipment.pool));
    groupStore(group).dispatch({ type: 'reset' });
    await el.updateComplete;
    await el.updateComplete;
    expect(checkbox(el, S.jointPain).checked).to.equal(false);
    expect(checkbox(el, en.labels.equipment.pool).checked).to.equal(false);
    expect(all(el, 'button.chip[aria-pressed="true"]').length).to.equal(0);
  });
});

describe('<loadwise-alternatives>: compare mode', () => {
  it('puts two or three cards side by side in a table, by keyboard, with focus management', async () => {
    const el = await picker();
    const open = one<HTMLButtonElement>(el, '#lw-cmp-open')!;
    expect(open.getAttribute('aria-disabled')).to.equal('true');
    await press(el, open, 'Enter');
    expect(one(el, '[part="compare"]')).to.equal(null);

    const order = shownOrder(el);
    await press(el, checkbox(el, `${S.compareThis}: ${titleOf(order[3]!)}`));
    await press(el, checkbox(el, `${S.compareThis}: ${titleOf(order[0]!)}`));
    expect(open.getAttribute('aria-disabled')).to.equal('false');
    expect(text(open)).to.equal('Compare side by side (2)');
    await press(el, open, 'Enter');
    const table = one(el, '[part="compare"] table')!;
    expect([...table.querySelectorAll('thead th')].map(text), 'ranked order').to.deep.equal([titleOf(order[0]!), titleOf(order[3]!)]);
    expect([...table.querySelectorAll('tbody th')].map(text)).to.include('Fit').and.include('Impact').and.include('Starting dose');
    expect(root(el).activeElement?.id).to.equal('lw-cmp');
    await expect(el).to.be.accessible();

    await press(el, checkbox(el, `${S.compareThis}: ${titleOf(order[1]!)}`));
    expect(table.querySelectorAll('thead th').length).to.equal(3);
    const fourth = checkbox(el, `${S.compareThis}: ${titleOf(order[2]!)}`);
    expect(fourth.disabled).to.equal(true);
    expect(text(one(el, '#lw-cmp-hint'))).to.equal(L.compareLimit);

    await press(el, open, 'Enter');
    expect(one(el, '[part="compare"]')).to.equal(null);
    expect(root(el).activeElement).to.equal(open);
  });
});

describe('<loadwise-alternatives>: calls to action', () => {
  it('never changes the order or a score, whatever the goals and limits', async () => {
    const inputs: [Goal[], boolean][] = [[[], false], [['strength'], false], [['speed', 'calories'], false], [['endurance'], true], [['bone', 'toning', 'speed'], true]];
    for (const [goals, jointPain] of inputs) {
      const goalsAttr = goals.join(' ');
      const plain = await picker(html`<loadwise-alternatives group=${freshGroup()} goals=${goalsAttr}></loadwise-alternatives>`);
      const withCtas = await picker(html`<loadwise-alternatives group=${freshGroup()} goals=${goalsAttr} .ctas=${CTAS}></loadwise-alternatives>`);
      for (const el of [plain, withCtas]) if (jointPain) await press(el, checkbox(el, S.jointPain));
      expect(shownOrder(withCtas), goalsAttr).to.deep.equal(shownOrder(plain));
      expect(all(withCtas, 'meter').map((m) => m.getAttribute('value'))).to.deep.equal(all(plain, 'meter').map((m) => m.getAttribute('value')));
      expect(all(withCtas, 'a.cta').length, 'CTAs shown').to.be.greaterThan(0);
    }
    // And with a quiz result in the group, the excluded list too.
    for (const answers of [{ ...SAFE_ANSWERS, jointProblem: 'past' as const }, { ...SAFE_ANSWERS, runFrequency: 'none' as const, goals: ['speed' as const] }]) {
      const [g1, g2] = [freshGroup(), freshGroup()];
      const plain = await picker(html`<loadwise-alternatives group=${g1}></loadwise-alternatives>`);
      const withCtas = await picker(html`<loadwise-alternatives group=${g2} .ctas=${CTAS}></loadwise-alternatives>`);
      await answer(plain, g1, answers);
      await answer(withCtas, g2, answers);
      expect(shownOrder(withCtas)).to.deep.equal(shownOrder(plain));
      expect(excludedShown(withCtas)).to.deep.equal(excludedShown(plain));
      expect(all(withCtas, 'meter').map((m) => m.getAttribute('value'))).to.deep.equal(all(plain, 'meter').map((m) => m.getAttribute('value')));
    }
  });

  it('shows each CTA on its card with a disclosure that cannot be turned off, and fires loadwise-cta on a click', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} ctas=${JSON.stringify(CTAS)}></loadwise-alternatives>`);
    await expect(el).to.be.accessible();
    expect(text(one(el, '.disclosure'))).to.equal(S.disclosure);
    const link = card(el, 'weighted-vest-walk').querySelector<HTMLAnchorElement>('a.cta')!;
    expect(text(link)).to.equal('Shop weighted vests');
    expect(link.getAttribute("rel")).to.equal('sponsored noopener');
    expect(link.getAttribute('aria-describedby'), 'described by the disclosure').to.equal(one(el, '.disclosure')!.id);
    const events = record<LoadwiseCtaEvent>(document, 'loadwise-cta');
    const block = (e: Event) => e.preventDefault();
    document.addEventListener('click', block);
    try {
      link.click();
    } finally {
      document.removeEventListener('click', block);
      events.stop();
    }
    expect(events.seen.map((e) => e.detail)).to.deep.equal([{ ctaId: 'shop-vest', href: 'https://shop.example/vests', context: 'weighted-vest-walk' }]);

    el.disclosure = 'We earn a commission on these links.';
    await el.updateComplete;
    expect(text(one(el, '.disclosure'))).to.equal('We earn a commission on these links.');
    el.disclosure = '  ';
    await el.updateComplete;
    expect(text(one(el, '.disclosure'))).to.equal(S.disclosure);
    // A pack cannot blank it either.
    const content = structuredClone(en);
    content.ui['alternatives.disclosure'] = ' ';
    el.content = content;
    await until(() => el.shadowRoot!.querySelector('.base') && (el as unknown as { config: { content: unknown } }).config.content !== en, 'the pack is used');
    await el.updateComplete;
    expect(text(one(el, '.disclosure'))).to.equal(S.disclosure);
    el.ctas = [];
    await el.updateComplete;
    expect(one(el, '.disclosure')).to.equal(null);
  });

  it('hides commercial CTAs when the quiz says to see a professional, keeping professional ones on ranked cards, with the disclosure', async () => {
    const group = freshGroup();
    const ctas: Cta[] = [...CTAS, { id: 'physio', label: 'Find a physio', href: 'https://physio.example', alternativeId: 'strength-training', kind: 'professional' }];
    const el = await picker(html`<loadwise-alternatives group=${group} .ctas=${ctas}></loadwise-alternatives>`);
    expect(all(el, 'a.cta').length).to.equal(4);
    await answer(el, group, { ...SAFE_ANSWERS, heartCondition: true });
    expect(all(el, 'a.cta').map(text)).to.deep.equal(['Find a physio']);
    expect(all(el, 'a.cta')[0]!.getAttribute('rel')).to.equal('sponsored noopener');
    expect(all(el, 'a.cta')[0]!.getAttribute('aria-describedby')).to.equal('lw-disclosure');
    expect(text(one(el, '.disclosure'))).to.equal(S.disclosure);
    // Chest pain: nothing is offered, so no card carries a link at all, a professional one neither (invariant 15).
    await answer(el, group, { ...SAFE_ANSWERS, chestPain: true });
    expect(all(el, 'a.cta').length).to.equal(0);
  });

  it('drops a CTA with an unsafe href or a bad shape, with one console error each, and keeps working', async () => {
    const error = spyConsole('error');
    try {
      const el = await picker(
        html`<loadwise-alternatives group=${freshGroup()} .ctas=${[...CTAS, { id: 'x', label: 'Evil', href: 'javascript:alert(1)', alternativeId: 'cycling' }, { id: 'y' }]}></loadwise-alternatives>`,
      );
      el.requestUpdate();
      await el.updateComplete;
      expect(all(el, 'a.cta').map(text)).to.have.members(['Shop weighted vests', 'Shop ankle weights', 'Book a coach']);
      expect(error.calls.length).to.equal(2);
      expect(error.calls.join('\n')).to.include('<loadwise-alternatives>').and.include('ctas[3].href').and.include('ctas[4]');
      // An alternative id that does not exist (a typo) is reported too, naming the valid ids.
      el.ctas = [{ id: 'v', label: 'Vests', href: 'https://shop.example/v', alternativeId: 'weighted-vest' }];
      await el.updateComplete;
      expect(all(el, 'a.cta').length).to.equal(0);
      expect(error.calls.length).to.equal(3);
      expect(error.calls[2]).to.include('ctas[0].alternativeId').and.include('"weighted-vest-walk"');
    } finally {
      error.restore();
    }
  });
});

describe('<loadwise-alternatives>: selection and events', () => {
  it('fires no event on render, on attribute changes or on quiz answers; only on the reader\'s choice', async () => {
    const select = record<LoadwiseSelectEvent>(document, 'loadwise-select');
    const cta = record<LoadwiseCtaEvent>(document, 'loadwise-cta');
    try {
      const group = freshGroup();
      const el = await picker(html`<loadwise-alternatives group=${group} goals="speed" .ctas=${CTAS}></loadwise-alternatives>`);
      el.goals = 'strength';
      await el.updateComplete;
      await answer(el, group, { ...SAFE_ANSWERS, goals: ['calories'] });
      await press(el, chip(el, 'toning'));
      await press(el, checkbox(el, S.jointPain));
      await press(el, checkbox(el, en.labels.equipment.gym));
      const minutes = one<HTMLSelectElement>(el, 'select')!;
      minutes.value = '30';
      minutes.dispatchEvent(new Event('change'));
      const order = shownOrder(el);
      await press(el, checkbox(el, `${S.compareThis}: ${titleOf(order[0]!)}`));
      await press(el, checkbox(el, `${S.compareThis}: ${titleOf(order[1]!)}`));
      await press(el, one(el, '#lw-cmp-open')!, 'Enter');
      groupStore(group).dispatch({ type: 'selected', alternativeId: 'cycling' });
      await el.updateComplete;
      card(el, shownOrder(el)[0]!).querySelector('summary')!.click();
      await el.updateComplete;
      expect(select.seen.length + cta.seen.length).to.equal(0);
      groupStore(group).dispatch({ type: 'selected', alternativeId: null });
      await el.updateComplete;

      const first = shownOrder(el)[0]!;
      const choose = button(card(el, first), S.choose);
      await press(el, choose, 'Enter');
      expect(select.seen.map((e) => e.detail)).to.deep.equal([{ alternativeId: first }]);
      expect(select.seen[0]!.bubbles && select.seen[0]!.composed).to.equal(true);
      expect(choose.getAttribute('aria-pressed')).to.equal('true');
      expect(groupStore(group).getState().selectedAlternative).to.equal(first);
      expect(status(el)).to.equal(`You chose ${titleOf(first)}. How to start is below it.`);
      await press(el, choose, 'Enter');
      expect(groupStore(group).getState().selectedAlternative).to.equal(null);
      expect(select.seen.length, 'un-choosing fires nothing').to.equal(1);
    } finally {
      select.stop();
      cta.stop();
    }
  });

  it('shows a choice made in another widget of the group', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group}></loadwise-alternatives>`);
    groupStore(group).dispatch({ type: 'selected', alternativeId: 'cycling' });
    await el.updateComplete;
    expect(card(el, 'cycling').hasAttribute('data-chosen')).to.equal(true);
  });
});

describe('<loadwise-alternatives>: bad input, 280 px, RTL and the dark theme', () => {
  it('reports unknown goals once, naming the element and the attribute, and uses the rest', async () => {
    const error = spyConsole('error');
    try {
      const el = await picker(html`<loadwise-alternatives group=${freshGroup()} goals="strength flying"></loadwise-alternatives>`);
      el.requestUpdate();
      await el.updateComplete;
      expect(error.calls.length).to.equal(1);
      expect(error.calls[0]).to.include('<loadwise-alternatives>').and.include('attribute "goals"').and.include('"flying"');
      expect(shownOrder(el)[0]).to.equal('strength-training');
    } finally {
      error.restore();
    }
  });

  it('renders pack text as text, never as markup', async () => {
    const content = structuredClone(en);
    content.alternatives[0]!.title = '<img src=x onerror=alert(1)>';
    const error = spyConsole('error');
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} .content=${content}></loadwise-alternatives>`);
    await until(() => text(root(el).querySelector('.cards')).includes('<img'), 'the custom pack is used').finally(() => error.restore());
    expect(error.calls).to.deep.equal([]);
    expect(one(el, 'img')).to.equal(null);
    expect(text(root(el).querySelector('.cards'))).to.include('<img src=x onerror=alert(1)>');
  });

  it('has no horizontal overflow at 280 px, with compare mode and the excluded list open', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div style="width: 280px"><loadwise-alternatives group=${freshGroup()} .ctas=${CTAS}></loadwise-alternatives></div>`);
    const el = wrapper.querySelector('loadwise-alternatives')!;
    await el.updateComplete;
    await press(el, checkbox(el, S.jointPain));
    one<HTMLDetailsElement>(el, 'details.excluded')!.open = true;
    const order = shownOrder(el);
    await press(el, checkbox(el, `${S.compareThis}: ${titleOf(order[0]!)}`));
    await press(el, checkbox(el, `${S.compareThis}: ${titleOf(order[1]!)}`));
    await press(el, one(el, '#lw-cmp-open')!, 'Enter');
    const base = one(el, '.base')!;
    expect(el.getBoundingClientRect().width).to.equal(280);
    expect(base.scrollWidth, 'no horizontal scroll').to.be.at.most(base.clientWidth);
    const right = base.getBoundingClientRect().right;
    for (const node of all(el, '.base *')) {
      if (node.getClientRects().length === 0 || getComputedStyle(node).position === 'absolute' || node.closest('table')) continue;
      expect(node.getBoundingClientRect().right, node.className || node.localName).to.be.at.most(right + 0.5);
    }
    await expect(el).to.be.accessible();
  });

  it('lays the cards out in columns on a wide container, and mirrors with dir="rtl"', async () => {
    const wrapper = await fixture<HTMLElement>(html`<div dir="rtl" style="width: 1200px"><loadwise-alternatives group=${freshGroup()}></loadwise-alternatives></div>`);
    const el = wrapper.querySelector('loadwise-alternatives')!;
    await el.updateComplete;
    const [first, second] = all(el, 'li.card').map((li) => li.getBoundingClientRect());
    expect(Math.abs(first!.top - second!.top), 'same row').to.be.below(1);
    expect(first!.left, 'first card on the right').to.be.greaterThan(second!.right - 1);
    const chips = all(el, 'button.chip').map((b) => b.getBoundingClientRect());
    expect(chips[0]!.left).to.be.greaterThan(chips[1]!.left);
    await expect(el).to.be.accessible();
  });

  it('is accessible in the dark theme, with several goals and a quiz result', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group} theme="dark" goals="strength endurance speed" .ctas=${CTAS}></loadwise-alternatives>`);
    await answer(el, group, { ...SAFE_ANSWERS, jointProblem: 'past', bodyWeightKg: 80 });
    one<HTMLDetailsElement>(el, 'details.excluded')!.open = true;
    expect(getComputedStyle(one(el, '.base')!).backgroundColor).to.equal('rgb(22, 27, 32)');
    await expect(el).to.be.accessible();
  });
});
