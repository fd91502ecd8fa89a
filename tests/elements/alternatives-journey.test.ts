/**
 * <loadwise-alternatives> as a reader on a phone meets it (issue 16): the fit in words, drawbacks
 * apart, headings at the page's level, "Choose this" leading to how to start, the comparison at
 * 320 px, control borders, and one live-region announcement per reader action, recorded with a
 * MutationObserver.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../src/elements/alternatives/alternatives.js';
import type { LoadwiseAlternatives } from '../../src/elements/alternatives/alternatives.component.js';
import { ALTERNATIVES_STRINGS as S, ALTERNATIVES_LATER as L } from '../../src/elements/alternatives/alternatives.strings.js';
import { assessWith, fitOf, rankAlternativesWith, type Cta, type Goal } from '../../src/core/engine.js';
import { en } from '../../src/content/en.js';
import { groupStore } from '../../src/base/groups.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { until } from '../wait.js';

let groups = 0;
const freshGroup = () => `alternatives-journey-${++groups}`;
const all = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];
const one = <T extends Element = HTMLElement>(el: Element, selector: string) => el.shadowRoot!.querySelector<T>(selector);
const text = (node: Element | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const titleOf = (id: string) => en.alternatives.find((a) => a.id === id)!.title;
const card = (el: Element, id: string) => one(el, `li.card[data-id="${id}"]`)!;
const shownOrder = (el: Element) => all(el, 'li.card').map((li) => li.dataset['id']!);
const chip = (el: Element, goal: Goal) => all<HTMLButtonElement>(el, 'button.chip').find((b) => text(b) === en.labels.goals[goal])!;
const box = (el: Element, name: string) => all<HTMLInputElement>(el, 'label.check input').find((i) => (i.getAttribute('aria-label') ?? text(i.closest('label'))) === name)!;

async function press(el: LoadwiseAlternatives, control: HTMLElement, key: 'Space' | 'Enter' = 'Space'): Promise<void> {
  control.focus();
  await sendKeys({ press: key });
  await el.updateComplete;
}

async function picker(template = html`<loadwise-alternatives group=${freshGroup()}></loadwise-alternatives>`, width = ''): Promise<LoadwiseAlternatives> {
  const wrapper = await fixture<HTMLElement>(html`<div style=${width ? `width: ${width}` : ''}>${template}</div>`);
  const el = wrapper.querySelector('loadwise-alternatives')!;
  await el.updateComplete;
  return el;
}

/** Every change of the picker's role=status region, as the text it then holds. */
function recordStatus(el: Element): { seen: string[]; stop(): void } {
  const region = one(el, '[role="status"]')!;
  const seen: string[] = [];
  const observer = new MutationObserver(() => {
    if (text(region)) seen.push(text(region));
  });
  observer.observe(region, { childList: true, characterData: true, subtree: true });
  return { seen, stop: () => observer.disconnect() };
}

/** Lets the observer's records of the last render in (a mutation observer's callback is a microtask queued by the render). */
async function settled(): Promise<void> {
  await Promise.resolve();
}

describe('<loadwise-alternatives>: announcements, one per reader action', () => {
  it('says what each chip, limit, minutes choice, choice and comparison tick changed, and nothing for a quiz elsewhere', async () => {
    const group = freshGroup();
    const el = await picker(html`<loadwise-alternatives group=${group}></loadwise-alternatives>`);
    const log = recordStatus(el);
    const expectOne = async (what: string, expected: string | RegExp) => {
      await settled();
      expect(log.seen.length, `${what}: one announcement`).to.equal(1);
      if (typeof expected === 'string') expect(log.seen[0], what).to.equal(expected);
      else expect(log.seen[0], what).to.match(expected);
      log.seen.length = 0;
    };
    try {
      await press(el, chip(el, 'strength'));
      await expectOne('goal chip: strength (first already with no goal)', `Order changed. Still first: ${titleOf('strength-training')}.`);
      await press(el, chip(el, 'calories'));
      await expectOne('goal chip: calorie burn', `New first: ${titleOf(rankAlternativesWith(en, { goals: ['strength', 'calories'], constraints: { jointPain: false } })[0]!.id)}.`);
      await press(el, chip(el, 'calories'));
      await expectOne('goal chip: calorie burn off', 'New first: Strength training.');
      await press(el, chip(el, 'bone'));
      await expectOne('goal chip: bone health, same first', /^(Order changed|No change)\. Still first: Strength training\.$/);

      // "I have joint pain" rules four options out: said, with the count.
      await press(el, box(el, S.jointPain));
      await expectOne('joint pain', /^4 options ruled out\. (New first|Order changed\. Still first|No change\. Still first): /);
      await press(el, box(el, S.jointPain));
      await expectOne('joint pain off', /^4 options back in the ranking\. /);

      await press(el, box(el, en.labels.equipment.pool));
      await expectOne('equipment', /Still first: Strength training\.$/);

      const select = one<HTMLSelectElement>(el, 'select')!;
      select.value = '15';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await expectOne('minutes', /(New first|Still first): /);

      // The same words twice are two announcements (the region's node is replaced).
      select.value = '20';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await settled();
      select.value = '';
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
      await settled();
      expect(log.seen.length, 'two minutes changes, two announcements').to.equal(2);
      log.seen.length = 0;

      const [first, second] = shownOrder(el);
      await press(el, box(el, `${S.compareThis}: ${titleOf(first!)}`));
      await expectOne('compare tick 1', '1 option to compare. Tick one more.');
      await press(el, box(el, `${S.compareThis}: ${titleOf(second!)}`));
      await expectOne('compare tick 2', '2 options to compare.');

      const choose = card(el, first!).querySelector<HTMLButtonElement>('[part="choose"]')!;
      await press(el, choose, 'Enter');
      await expectOne('choose', `You chose ${titleOf(first!)}. How to start is below it.`);
      await press(el, choose, 'Enter');
      await expectOne('un-choose', `${titleOf(first!)} is no longer your choice.`);

      // A quiz elsewhere in the group: it announces its own result; the picker stays silent.
      groupStore(group).dispatch({ type: 'answered', answers: assessWith(en, { ...SAFE_ANSWERS, jointProblem: 'current' }).answers });
      await el.updateComplete;
      await settled();
      expect(log.seen, 'no announcement for a quiz elsewhere').to.deep.equal([]);
    } finally {
      log.stop();
    }
  });
});

describe('<loadwise-alternatives>: the fit in words, drawbacks apart, headings', () => {
  it('says which of the reader\'s goals an option serves, with a rounded meter that has words', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} goals="strength bone"></loadwise-alternatives>`);
    const ranked = rankAlternativesWith(en, { goals: ['strength', 'bone'], constraints: { jointPain: false } });
    for (const r of ranked) {
      const fit = fitOf(r, ['strength', 'bone']);
      const shown = text(card(el, r.id).querySelector('[part="fit"]'));
      const words = { strong: 'Strong match', good: 'Good match', partial: 'Partial match', weak: 'Weak match' }[fit.level!];
      const goals = new Intl.ListFormat('en', { type: 'conjunction' }).format(fit.goals.map((g) => en.labels.goals[g]));
      expect(shown, r.id).to.equal(fit.goals.length ? `${words} for your goals: ${goals}` : `${words} for your goals`);
      const meter = card(el, r.id).querySelector('meter')!;
      expect(meter.getAttribute('value'), `${r.id}: a whole percentage`).to.equal(String(Math.round(r.score * 100)));
      expect(meter.getAttribute('aria-valuetext')).to.equal(`${Math.round(r.score * 100)} %`);
      expect(meter.getAttribute('aria-labelledby')).to.equal(`lw-f-${r.id}`);
    }
    expect(text(card(el, 'strength-training').querySelector('[part="fit"]'))).to.equal('Strong match for your goals: Strength and Bone health');
    expect(text(one(el, '.results > p'))).to.not.include(S.pickGoal);
    await expect(el).to.be.accessible();
  });

  it('renders its headings at the page\'s level, the title a focus target, and names its landmark by `label`', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} heading-level="3" label="Shop alternatives" goals="speed"></loadwise-alternatives>`);
    const title = one(el, '[part="heading"]')!;
    expect(title.localName).to.equal('h3');
    expect(title.getAttribute('tabindex')).to.equal('-1');
    title.focus();
    expect(el.shadowRoot!.activeElement).to.equal(title);
    const section = one(el, 'section.results')!;
    expect(section.getAttribute('aria-label')).to.equal('Shop alternatives');
    expect(section.hasAttribute('aria-labelledby')).to.equal(false);
    expect(one(el, '#lw-results')!.localName).to.equal('h4');
    const first = card(el, shownOrder(el)[0]!);
    expect(first.querySelector('.card-title')!.localName).to.equal('h5');
    const lists = [...first.querySelectorAll('.sub')];
    expect(lists.map((h) => h.localName)).to.deep.equal(lists.map(() => 'h6'));
    expect(lists.map(text)).to.include(S.whyFits);
    // The rank badge and the title do not run together.
    const badge = first.querySelector('.rank')!.getBoundingClientRect();
    const name = first.querySelector('.card-title > span:last-child')!.getBoundingClientRect();
    expect(name.left - badge.right, 'a gap after the badge').to.be.at.least(4);

    const plain = await picker(html`<loadwise-alternatives group=${freshGroup()}></loadwise-alternatives>`);
    expect(one(plain, '[part="heading"]')!.localName).to.equal('h2');
    // Without \`label\`, the results are no landmark: two pickers on a page would make two of one name.
    const unnamed = one(plain, 'section.results')!;
    expect(unnamed.hasAttribute('aria-labelledby') || unnamed.hasAttribute('aria-label'), 'no accessible name, so no region').to.equal(false);
  });
});

describe('<loadwise-alternatives>: the one disclosure marker', () => {
  it('marks its summaries, and not the commercial note that shares the word "disclosure"', async () => {
    const ctas: Cta[] = [{ id: 'bands', label: 'Shop resistance bands', href: 'https://shop.example/bands', alternativeId: 'strength-training' }];
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} goals="strength" .ctas=${ctas}></loadwise-alternatives>`);
    const note = one(el, 'p.disclosure')!;
    expect(text(note), 'the commercial note is shown').to.not.equal('');
    expect(getComputedStyle(note, '::before').content, 'no chevron before the note').to.equal('none');
    const summary = one(el, 'summary')!;
    expect(getComputedStyle(summary, '::before').content, 'a chevron before a summary').to.equal('""');
  });
});

describe('<loadwise-alternatives>: "Choose this" leads to the next step', () => {
  const CTAS: Cta[] = [{ id: 'bands', label: 'Shop resistance bands', href: 'https://shop.example/bands', alternativeId: 'strength-training' }];

  it('shows how to start and the host\'s link on the chosen card, keeps focus on the pressed button, and draws a check mark', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} goals="strength" .ctas=${CTAS}></loadwise-alternatives>`);
    const li = card(el, 'strength-training');
    const choose = li.querySelector<HTMLButtonElement>('[part="choose"]')!;
    expect(choose.getAttribute('aria-label'), 'no stray space').to.equal(`${S.choose}: ${titleOf('strength-training')}`);
    expect(box(el, `${S.compareThis}: ${titleOf('strength-training')}`)).to.not.equal(undefined);
    expect(li.querySelector('[part="next-step"]')).to.equal(null);
    await press(el, choose, 'Enter');
    await until(() => li.querySelector('[part="next-step"]'), 'the next step shows');
    const next = li.querySelector('[part="next-step"]')!;
    const alt = en.alternatives.find((a) => a.id === 'strength-training')!;
    expect(text(next.querySelector('.sub'))).to.equal(L.nextStep);
    expect(next.querySelectorAll('ol.steps li').length).to.equal(alt.howTo.steps.length);
    expect(text(next)).to.include(alt.howTo.dose);
    expect(text(next.querySelector('a.cta'))).to.equal('Shop resistance bands');
    expect(li.querySelectorAll('a.cta').length, 'the link once, in the next step').to.equal(1);
    expect(li.querySelector('details[part="how-to"]'), 'no second how-to').to.equal(null);
    expect(el.shadowRoot!.activeElement).to.equal(choose);
    expect(choose.getAttribute('aria-pressed')).to.equal('true');
    expect(choose.compareDocumentPosition(next) & Node.DOCUMENT_POSITION_FOLLOWING, 'the next step follows the button').to.not.equal(0);

    // Pressed: filled with the accent, and the check mark is a drawn tick, not a bar.
    await until(() => getComputedStyle(choose).backgroundColor !== getComputedStyle(one(el, '.base')!).backgroundColor, 'the pressed style applies');
    const tick = getComputedStyle(choose, '::before');
    expect(tick.width).to.equal('5px');
    expect(tick.height).to.equal('10px');
    expect(tick.transform).to.not.equal('none');
    await expect(el).to.be.accessible();
  });
});

describe('<loadwise-alternatives>: compare at 320 px, and control borders', () => {
  it('stacks three options one under the other at 320 px: nothing cut off, no scroll region, no extra tab stop', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()} goals="strength"></loadwise-alternatives>`, '320px');
    const order = shownOrder(el);
    for (const id of order.slice(0, 3)) await press(el, box(el, `${S.compareThis}: ${titleOf(id)}`));
    await press(el, one(el, '#lw-cmp-open')!, 'Enter');
    await until(() => one(el, '[part="compare"]'), 'the comparison shows');
    const compare = one(el, '[part="compare"]')!;
    expect(el.shadowRoot!.activeElement?.id).to.equal('lw-cmp');
    const options = [...compare.querySelectorAll<HTMLElement>('.stacked .option')];
    expect(options.map((o) => text(o.querySelector('.sub')))).to.deep.equal(order.slice(0, 3).map(titleOf));
    expect(getComputedStyle(compare.querySelector('.wide')!).display, 'the table is for wide containers').to.equal('none');
    const right = compare.getBoundingClientRect().right;
    for (const node of compare.querySelectorAll('.stacked *')) expect(node.getBoundingClientRect().right, node.localName).to.be.at.most(right + 0.5);
    expect(compare.querySelectorAll('[tabindex="0"]').length, 'no scroll region tab stop').to.equal(0);
    expect(one(el, '.base')!.scrollWidth).to.be.at.most(one(el, '.base')!.clientWidth);
    await expect(el).to.be.accessible();
  });

  it('shows the table, fitting, on a wide container', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()}></loadwise-alternatives>`, '900px');
    const order = shownOrder(el);
    for (const id of order.slice(0, 3)) await press(el, box(el, `${S.compareThis}: ${titleOf(id)}`));
    await press(el, one(el, '#lw-cmp-open')!, 'Enter');
    const wide = one(el, '[part="compare"] .wide')!;
    expect(getComputedStyle(wide).display).to.equal('block');
    expect(wide.scrollWidth).to.be.at.most(wide.clientWidth);
    expect(getComputedStyle(one(el, '[part="compare"] .stacked')!).display).to.equal('none');
  });

  it('draws chip and select borders with the control border token, not the faint divider colour', async () => {
    const el = await picker(html`<loadwise-alternatives group=${freshGroup()}></loadwise-alternatives>`);
    // The token is the text colour mixed into the surface (styles/host.styles.ts); a probe resolves it.
    const probe = document.createElement('i');
    probe.style.borderTop = '1px solid var(--_loadwise-control-border)';
    one(el, '.base')!.append(probe);
    const token = getComputedStyle(probe).borderTopColor;
    probe.remove();
    expect(token, 'the token resolves').to.not.equal(getComputedStyle(one(el, '.base')!).color);
    expect(getComputedStyle(chip(el, 'speed')).borderTopColor).to.equal(token);
    expect(getComputedStyle(one(el, 'select')!).borderTopColor).to.equal(token);
  });
});
