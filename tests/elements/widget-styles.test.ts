/**
 * The shared widget styles (src/styles/widget.styles.ts) in the explainer: one disclosure marker
 * for every `<summary>` and disclosure button (a chevron drawn in the text colour, turning when
 * open, still with reduced motion), and certainty badges that never run into the text beside them.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import '../../src/elements/pros-cons/pros-cons.js';
import { until } from '../wait.js';
import type { LoadwiseProsCons } from '../../src/elements/pros-cons/pros-cons.component.js';

let groups = 0;
const $$ = <T extends Element = HTMLElement>(el: Element, selector: string) => [...el.shadowRoot!.querySelectorAll<T>(selector)];

async function explainer(dir = 'ltr'): Promise<LoadwiseProsCons> {
  const wrapper = await fixture<HTMLElement>(html`<div dir=${dir} style="inline-size: 390px"><loadwise-pros-cons group=${`widget-styles-${++groups}`}></loadwise-pros-cons></div>`);
  const el = wrapper.querySelector<LoadwiseProsCons>('loadwise-pros-cons')!;
  await el.updateComplete;
  return el;
}

const marker = (el: Element) => getComputedStyle(el, '::before');

afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

describe('the one disclosure marker', () => {
  it('is the same chevron on every summary and claim button, drawn in the text colour, with no native marker', async () => {
    const el = await explainer();
    const summaries = $$(el, 'summary');
    const toggles = $$(el, 'button.toggle');
    expect(summaries.length).to.be.greaterThan(1);
    expect(toggles.length).to.be.greaterThan(1);
    const look = (m: CSSStyleDeclaration) => [m.content, m.width, m.height, m.borderRightWidth, m.borderBottomWidth, m.borderTopWidth, m.borderRightStyle].join(' ');
    const looks = new Set([...summaries, ...toggles].map((s) => look(marker(s))));
    expect([...looks]).to.deep.equal(['"" 7px 7px 2px 2px 0px solid']);
    for (const s of [...summaries, ...toggles]) {
      expect(marker(s).borderRightColor, 'the text colour: forced colours repaint it').to.equal(getComputedStyle(s).color);
    }
    expect(getComputedStyle(summaries[0]!).listStyleType, 'no native triangle').to.equal('none');
    expect(getComputedStyle(summaries[0]!).display).to.equal('flex');
  });

  it('turns when open, the same way in both directions of writing', async () => {
    await emulateMedia({ reducedMotion: 'reduce' }); // the end state at once, not mid-turn
    for (const dir of ['ltr', 'rtl']) {
      const el = await explainer(dir);
      const legend = $$<HTMLDetailsElement>(el, 'details.legend')[0]!;
      const summary = legend.querySelector('summary')!;
      const closed = marker(summary).transform;
      legend.open = true;
      await until(() => marker(summary).transform !== closed, `${dir}: the marker turns`);
      const open = marker(summary).transform;
      // Down (45°) when closed, up (-135°) when open: a matrix of cos/sin ±0.7071.
      expect(closed, dir).to.match(/^matrix\(0\.70\d*, 0\.70\d*, -0\.70\d*, 0\.70\d*/);
      expect(open, dir).to.match(/^matrix\(-0\.70\d*, -0\.70\d*, 0\.70\d*, -0\.70\d*/);
      const toggle = $$<HTMLButtonElement>(el, 'button.toggle')[0]!;
      toggle.click();
      await el.updateComplete;
      await until(() => marker(toggle).transform === open, `${dir}: the claim's marker turns`);
      expect(marker(toggle).transform, `${dir}: an open claim`).to.equal(open);
    }
  });

  it('turns without motion when the reader asks for less', async () => {
    const el = await explainer();
    const summary = $$(el, 'summary')[0]!;
    expect(parseFloat(marker(summary).transitionDuration)).to.be.greaterThan(0.1);
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(parseFloat(marker(summary).transitionDuration)).to.be.lessThan(0.001);
  });
});

describe('certainty badges', () => {
  it('never run into the text beside them: a box of their own and a gap before the next word', async () => {
    const el = await explainer();
    const badges = $$(el, 'li.claim .badge');
    expect(badges.length).to.be.greaterThan(3);
    for (const badge of badges) {
      expect(getComputedStyle(badge).display).to.equal('inline-block');
      const next = badge.nextSibling!;
      const range = document.createRange();
      range.setStart(next, 0);
      range.setEnd(next, next.textContent!.length);
      const rects = [...range.getClientRects()].filter((r) => r.width > 0);
      const b = badge.getBoundingClientRect();
      const first = rects[0]!;
      const sameLine = first.top < b.bottom && first.bottom > b.top;
      if (sameLine) expect(first.left - b.right, `gap after "${badge.textContent}"`).to.be.at.least(8);
      else expect(first.top, 'or on the next line, below the badge').to.be.at.least(b.bottom - 1);
    }
  });

  it('in the legend, keeps its meaning beside it or below it, never under it', async () => {
    const el = await explainer();
    $$<HTMLDetailsElement>(el, 'details.legend')[0]!.open = true;
    await el.updateComplete;
    const rows = $$(el, '.legend dl > div');
    for (const row of rows) {
      const b = row.querySelector('.badge')!.getBoundingClientRect();
      const d = row.querySelector('dd')!.getBoundingClientRect();
      const apart = d.left >= b.right + 8 || d.top >= b.bottom;
      expect(apart, row.textContent!).to.equal(true);
    }
    // Where there is room (a short badge at 390 px), the meaning wraps beside the badge.
    const b = rows[0]!.querySelector('.badge')!.getBoundingClientRect();
    const d = rows[0]!.querySelector('dd')!.getBoundingClientRect();
    expect(d.top, 'beside the badge').to.be.below(b.bottom);
  });
});
