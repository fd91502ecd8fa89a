/**
 * The blog demo holds each widget's space before the script runs (the documented reserve-space
 * lines, and the explainer's light-DOM fallback), so nothing moves when the widgets appear.
 *
 * The test runner holds dist/loadwise.js for pages under /held/ (web-test-runner.config.js): the
 * page is parsed and painted without its widgets, then the test lets the script through and adds
 * up the layout shifts. The reader is at the top of the page, as when the page loads (the quiz is
 * in the first screen), or already at the quiz. Without the reservation the quiz pushes the text
 * below it down, and the sum is far above 0.01 (0.09 to 0.5 when measured).
 */
import { expect } from '@open-wc/testing';
import { setViewport } from '@web/test-runner-commands';
import { closeDemos, demoFrame, nextFrames, parsed, problems, widgetsRendered } from './helpers.js';

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
}

/** Lighthouse's mobile and desktop screens. */
const VIEWPORTS: [string, number, number][] = [
  ['a phone', 412, 823],
  ['a desktop', 1350, 940],
];
/** Where the reader is when the script arrives: the top of the page, or 100 px above the quiz. */
const PLACES = ['the top', 'loadwise-quiz'];

let run = 0;

afterEach(closeDemos);
// The whole iframe must be in the test page's viewport: shifts are measured on what is visible.
before(() => setViewport({ width: 1360, height: 960 }));
after(() => setViewport({ width: 800, height: 600 }));

describe('the blog demo: no layout shift when the widgets arrive late', () => {
  for (const [device, width, height] of VIEWPORTS) {
    for (const place of PLACES) {
      it(`on ${device}, reading at ${place === 'the top' ? place : `<${place}>`}: the layout shifts add up to 0.01 at most`, async () => {
        const path = `/held/${++run}/demo/blog.html`;
        const frame = demoFrame(width, height);
        frame.src = path;
        document.body.append(frame);
        const f = await parsed(frame, path);
        const { win, doc } = f;
        const shifts: LayoutShift[] = [];
        const { PerformanceObserver } = win as unknown as typeof globalThis;
        const observer = new PerformanceObserver((list) => shifts.push(...(list.getEntries() as LayoutShift[])));
        observer.observe({ type: 'layout-shift', buffered: true });

        // Painted without the widgets, with the reader in place.
        const target = doc.querySelector(place);
        if (target) win.scrollTo(0, target.getBoundingClientRect().top + win.scrollY - 100);
        await nextFrames(win);
        expect(win.customElements.get('loadwise-quiz'), 'the script is held back').to.equal(undefined);

        const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
        await fetch('/__release-held');
        await loaded;
        await widgetsRendered(f);
        await nextFrames(win);
        shifts.push(...(observer.takeRecords() as LayoutShift[]));
        observer.disconnect();

        const total = shifts.filter((s) => !s.hadRecentInput).reduce((sum, s) => sum + s.value, 0);
        expect(total, `layout shift on ${device} at ${place}`).to.be.at.most(0.01);
        expect(problems(f)).to.deep.equal([]);
      });
    }
  }
});
