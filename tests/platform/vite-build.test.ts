/**
 * The package in an app built by Vite (scripts/vite-app.js builds tests/vite/ into build/vite/):
 * a page with `<html lang="de">` and `import 'loadwise/define'` shows German, with no request
 * that fails. The language packs are a static import() map (src/internal/locale.ts), which Vite
 * follows and emits as chunks of its own; a computed URL sent it to a path that did not exist.
 */
import { expect } from '@open-wc/testing';
import { until } from '../wait.js';
import { de } from '../../src/content/de.js';
import { QUIZ_STRINGS } from '../../src/elements/quiz/quiz.strings.js';

describe('an app built by Vite', () => {
  let frame: HTMLIFrameElement | undefined;
  afterEach(() => frame?.remove());

  it('<html lang="de"> with import \'loadwise/define\': the quiz in German, every request answered', async () => {
    frame = document.createElement('iframe');
    frame.src = '/build/vite/index.html';
    frame.style.width = '800px';
    frame.style.height = '600px';
    document.body.append(frame);
    await until(() => frame!.contentDocument?.readyState === 'complete' && frame!.contentWindow?.customElements.get('loadwise-quiz'), 'the app loads');
    const win = frame.contentWindow as Window & typeof globalThis;
    const heading = () => frame!.contentDocument!.getElementById('quiz')?.shadowRoot?.querySelector('h2')?.textContent?.trim();
    await until(() => heading() === de.ui['quiz.title'], 'the quiz in German');
    expect(de.ui['quiz.title']).to.not.equal(QUIZ_STRINGS.title);

    const entries = win.performance.getEntriesByType('resource') as PerformanceResourceTiming[];
    const scripts = entries.filter((e) => new URL(e.name).pathname.endsWith('.js'));
    expect(scripts.length, 'the app and the German chunk').to.be.at.least(2);
    for (const e of entries) {
      const path = new URL(e.name).pathname;
      expect(path.startsWith('/build/vite/') || path === '/__web-dev-server__web-socket.js', `${path} is the app's`).to.equal(true);
      expect(e.responseStatus, `${path} answered`).to.equal(200);
    }
    // The German pack came as a chunk Vite emitted, from the app's own assets.
    const bodies = await Promise.all(scripts.map(async (e) => (await fetch(e.name)).text()));
    expect(bodies.some((body) => body.includes(de.ui['quiz.title']!)), 'a fetched chunk holds the German pack').to.equal(true);
  });
});
