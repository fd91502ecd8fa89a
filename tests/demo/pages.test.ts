/**
 * Every page of the demo site (demo/, what `npm start` serves), from the built bundle, at 320 px
 * and at desktop width: no console error, uncaught error or CSP violation, zero axe violations,
 * and nothing wider than the viewport.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { axeViolations, closeDemos, horizontalOverflow, openDemo, problems, type DemoFrame } from './helpers.js';

/** Each page, with what shows that it has finished setting itself up. */
const PAGES: Record<string, (f: DemoFrame) => unknown> = {
  index: ({ doc }) => doc.querySelector('.demos'),
  blog: ({ doc }) => doc.querySelector('loadwise-pros-cons')?.shadowRoot?.querySelector('li.claim'),
  retailer: ({ doc }) => doc.querySelector('loadwise-quiz')?.shadowRoot,
  gym: ({ doc }) => doc.querySelector('loadwise-quiz')?.shadowRoot,
  theming: ({ doc }) => doc.querySelector('#properties .property'),
  builder: ({ doc }) => (doc.getElementById('snippet') as HTMLTextAreaElement | null)?.value.includes('integrity="sha384-'),
  hostile: ({ doc }) => doc.querySelector('loadwise-pros-cons')?.shadowRoot?.querySelector('li.claim'),
  core: ({ doc }) => doc.querySelector('#claims li'),
};
const WIDTHS: [string, number, number][] = [
  ['320 px', 320, 640],
  ['desktop', 1280, 800],
];

afterEach(closeDemos);

describe('the demo pages', () => {
  for (const [name, ready] of Object.entries(PAGES)) {
    it(`${name}.html: no errors, axe clean and no horizontal overflow at 320 px and at desktop width`, async () => {
      for (const [label, width, height] of WIDTHS) {
        const f = await openDemo(`/demo/${name}.html`, width, height);
        await waitUntil(() => ready(f), `${name}.html sets itself up`, { timeout: 10000 });
        expect(horizontalOverflow(f), `${name}.html overflows sideways at ${label}`).to.equal(0);
        expect(await axeViolations(f), `axe on ${name}.html at ${label}`).to.deep.equal([]);
        expect(problems(f), `${name}.html at ${label}`).to.deep.equal([]);
        closeDemos();
      }
    });
  }
});
