/**
 * `<loadwise-provider>` whatever the load order (issue 17): per-element entries as script tags,
 * the widgets' before the provider's, and the other way round. Either way the widgets inside take
 * the provider's theme, group, content pack and locale. The built bundles (dist/), in real pages.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import type { ContentPack } from '../../src/core.js';
import { ALTERNATIVES_STRINGS } from '../../src/elements/alternatives/alternatives.strings.js';
import { SAFE_ANSWERS } from '../core/fixtures.js';
import { allDefined, clonePack, closePages, openPage, part, textOf, type Frame } from './helpers.js';

interface Assessed extends HTMLElement {
  assessment: { verdict: string } | null;
}

/** The German pack as built (dist/locales/de.js). */
async function german(): Promise<ContentPack> {
  const url: string = '/dist/locales/de.js'; // a variable: not resolved by TypeScript
  return ((await import(url)) as { default: ContentPack }).default;
}

/** The page-wide store of a group, as every copy of the bundle shares it (src/base/groups.ts). */
function groupOf(win: Window, group: string) {
  const registry = (win as unknown as Record<symbol, { store(group: string): { dispatch(action: unknown): void } }>)[Symbol.for('loadwise.groups')];
  return registry.store(group);
}

async function expectProvided(page: string, order: { quiz: boolean; provider: boolean }): Promise<Frame> {
  const f = await openPage(page);
  const { win, doc } = f;
  expect((win as unknown as { __definedAfterWidgets: unknown }).__definedAfterWidgets, 'the order the scripts ran in').to.deep.equal(order);
  await allDefined(f);
  const quiz = doc.getElementById('quiz') as Assessed;
  const alternatives = doc.getElementById('alternatives') as Assessed;

  // theme, then a content pack the page gives the provider
  await until(() => part(quiz, '.base')?.getAttribute('data-theme') === 'dark', "the quiz takes the provider's theme");
  const pack = await clonePack(win);
  pack.ui = { ...pack.ui, 'quiz.title': 'From the provider' };
  (doc.getElementById('with-content') as HTMLElement & { content: unknown }).content = pack;
  await until(() => textOf(quiz, 'h2') === 'From the provider', "the quiz takes the provider's content pack");
  // locale
  const de = await german();
  expect(de.ui['alternatives.heading'], 'the German heading').to.be.a('string').and.not.equal(ALTERNATIVES_STRINGS.heading);
  await until(() => textOf(alternatives, 'h2') === de.ui['alternatives.heading'], "the picker takes the provider's locale");
  // group: answers published to the provider's group reach the widget inside it, and no other
  groupOf(win, 'order').dispatch({ type: 'answered', answers: { ...SAFE_ANSWERS } });
  await until(() => quiz.assessment?.verdict === 'ready', "the quiz reads the provider's group");
  expect(alternatives.assessment, 'another provider, another group').to.equal(null);

  expect(win.__errors, 'uncaught errors').to.deep.equal([]);
  expect(win.__consoleErrors, 'console errors').to.deep.equal([]);
  return f;
}

describe('<loadwise-provider> whatever the load order', () => {
  afterEach(closePages);

  it("the widgets' entries before the provider's: the widgets take its theme, content pack, locale and group once it is defined", async () => {
    await expectProvided('provider-late.html', { quiz: true, provider: false });
  });

  it("the provider's entry before the widgets': the same", async () => {
    await expectProvided('provider-first.html', { quiz: true, provider: true });
  });
});
