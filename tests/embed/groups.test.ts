/**
 * Groups: widgets with the same `group` share the reader's answers wherever they sit on the page
 * (no common provider or parent block); other groups are untouched; a widget inside a
 * `<loadwise-provider group>` follows the provider's group. Built test bundle, in this test page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import type { LoadwiseTestWidget } from '../fixtures/test-widget.js';
import { loadTestBundle, part, press, textOf, widget } from './helpers.js';

before(loadTestBundle);

/** Each fixture() call renders into its own container: separate blocks of the page. */
async function block(group?: string): Promise<LoadwiseTestWidget> {
  const wrapper = await fixture<HTMLElement>(
    group === undefined
      ? html`<section><div><loadwise-test-widget></loadwise-test-widget></div></section>`
      : html`<section><div><loadwise-test-widget group=${group}></loadwise-test-widget></div></section>`,
  );
  const el = wrapper.querySelector('loadwise-test-widget')!;
  await el.updateComplete;
  return el;
}

async function settle(...els: LoadwiseTestWidget[]) {
  await Promise.all(els.map((el) => el.updateComplete));
}

describe('groups', () => {
  const used: LoadwiseTestWidget[] = [];
  afterEach(() => {
    // The groups are page-wide: leave them empty for the next test.
    for (const el of used.splice(0)) el.forgetAnswers();
  });

  it('two widgets of group "alpha" in separate blocks share answers; "beta" stays apart', async () => {
    const a1 = await block('alpha');
    const a2 = await block('alpha');
    const b = await block('beta');
    used.push(a1, b);
    expect(a1.parentElement?.parentElement === a2.parentElement?.parentElement, 'separate blocks').to.equal(false);
    expect(a1.closest('loadwise-provider') === null, 'no provider around').to.equal(true);
    expect(textOf(a2, 'p.verdict')).to.equal('none');

    await press(a1, 'button.answer');
    await settle(a2, b);
    expect(textOf(a1, 'p.verdict')).to.equal('see-professional');
    expect(textOf(a2, 'p.verdict')).to.equal('see-professional');
    expect(a1.assessment).to.not.equal(null);
    expect(a2.assessment, 'the very same assessment object').to.equal(a1.assessment);
    expect(textOf(b, 'p.verdict')).to.equal('none');
    expect(b.assessment).to.equal(null);

    // And back the other way: forgetting in the second clears the first.
    a2.forgetAnswers();
    await settle(a1);
    expect(textOf(a1, 'p.verdict')).to.equal('none');
    expect(a1.assessment).to.equal(null);
  });

  it('widgets with no group share the default group; named groups stay apart', async () => {
    const d1 = await block();
    const d2 = await block();
    const named = await block('alpha');
    used.push(d1, named);
    await press(d2, 'button.answer');
    await settle(d1, named);
    expect(textOf(d1, 'p.verdict')).to.equal('see-professional');
    expect(d1.assessment).to.equal(d2.assessment);
    expect(textOf(named, 'p.verdict')).to.equal('none');
  });

  it('a widget a group joins later picks up the group’s current answers', async () => {
    const first = await block('late');
    used.push(first);
    await press(first, 'button.answer');
    const late = await block('late');
    expect(textOf(late, 'p.verdict')).to.equal('see-professional');
    expect(late.assessment).to.equal(first.assessment);
  });

  it('a widget inside <loadwise-provider group="gamma"> follows the provider’s group', async () => {
    const wrapper = await fixture<HTMLElement>(
      html`<div>
        <loadwise-provider group="gamma" theme="dark">
          <article><loadwise-test-widget id="inside"></loadwise-test-widget></article>
          <loadwise-test-widget id="own" group="delta"></loadwise-test-widget>
        </loadwise-provider>
      </div>`,
    );
    const elsewhere = await block('gamma');
    const defaultGroup = await block();
    const delta = await block('delta');
    const doc = wrapper.ownerDocument;
    const inside = await widget(doc, 'inside');
    const own = await widget(doc, 'own');
    used.push(inside, defaultGroup, own);
    expect(part(inside, '.base')?.getAttribute('data-theme'), 'the provider reaches it').to.equal('dark');

    await press(inside, 'button.answer');
    await settle(elsewhere, defaultGroup, own, delta);
    expect(textOf(elsewhere, 'p.verdict'), 'a gamma widget outside the provider').to.equal('see-professional');
    expect(elsewhere.assessment).to.equal(inside.assessment);
    expect(textOf(defaultGroup, 'p.verdict'), 'the default group').to.equal('none');
    expect(textOf(own, 'p.verdict'), 'its own group wins inside the provider').to.equal('none');

    // The widget with its own group inside the provider shares with that group.
    await press(own, 'button.answer');
    await settle(delta);
    expect(textOf(delta, 'p.verdict')).to.equal('see-professional');
    expect(delta.assessment).to.equal(own.assessment);
  });
});
