// node scripts/print-pages.js [base-url]: prints demo pages to A4 PDFs in headless Chromium after a
// full quiz, with and without the quiz's print summary, and reports the page counts and whether
// any host text is left in print. Needs `npm run build` and a dev server
// (`CI=1 npx web-dev-server --config web-dev-server.config.js`, default http://localhost:8000).
// Writes the PDFs and a screenshot of each summary into build/print/.
import { mkdirSync, writeFileSync } from 'node:fs';
import puppeteer from 'puppeteer-core';

const base = process.argv[2] ?? 'http://localhost:8000';
const PAGES = ['retailer', 'blog'];
const SAFE = {
  heartCondition: false, chestPain: false, warningSymptoms: false, dizziness: false, chronicCondition: false, supervisedOnly: false,
  jointProblem: 'past', boneHealth: false, falls: false, pregnant: false, unwell: false, loadSpike: false,
  activity: 'running', ageBand: '18-44', runFrequency: 'regular', weightedBefore: 'without-issues', bodyWeightKg: 70, goals: ['speed', 'strength'],
};
// Skia's PDFs (1.4) keep their objects uncompressed: one `/Type /Page` per page.
const pages = (pdf) => (Buffer.from(pdf).toString('latin1').match(/\/Type \/Page\s/g) ?? []).length;

mkdirSync('build/print', { recursive: true });
const browser = await puppeteer.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
try {
  for (const name of PAGES) {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(`${base}/demo/${name}.html`, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('loadwise-quiz')?.shadowRoot?.querySelector('.base button'));
    const whole = await page.pdf({ format: 'A4' });
    await page.evaluate(async (answers) => {
      const quiz = document.querySelector('loadwise-quiz');
      quiz.answers = answers;
      await quiz.updateComplete;
      const button = (text) => [...quiz.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === text);
      button('Start').click();
      for (let i = 0; i < 20 && !quiz.shadowRoot.querySelector('.result .nav'); i++) {
        await quiz.updateComplete;
        quiz.shadowRoot.querySelector('button[type="submit"]')?.click();
        await quiz.updateComplete;
        await new Promise((r) => setTimeout(r, 50));
      }
    }, SAFE);
    const asIs = await page.pdf({ format: 'A4' });
    await page.evaluate(() => {
      window.print = () => {}; // no print dialog in a headless run
      const quiz = document.querySelector('loadwise-quiz');
      [...quiz.shadowRoot.querySelectorAll('button')].find((b) => b.textContent.trim() === 'Print or save this summary').click();
    });
    await page.waitForSelector('body > [data-loadwise-print]');
    const withResult = await page.evaluate(() => document.querySelector('loadwise-quiz').assessment.verdict);
    await page.emulateMediaType('print');
    // In print, the host page's own text: what body.innerText still shows (the summary is in a shadow root).
    const hostText = (await page.evaluate(() => document.body.innerText)).trim();
    const summaryText = await page.evaluate(() => document.querySelector('[data-loadwise-print]').shadowRoot.textContent.replace(/\s+/g, ' ').trim());
    await page.setViewport({ width: 794, height: 1123 });
    await page.screenshot({ path: `build/print/${name}-summary.png`, fullPage: true });
    await page.emulateMediaType(null); // page.pdf() prints with the media emulated: none
    // page.pdf() fires beforeprint and afterprint: the summary goes after it, as after a real print.
    const summary = await page.pdf({ format: 'A4' });
    const gone = await page.evaluate(() => document.querySelector('[data-loadwise-print]') === null);
    writeFileSync(`build/print/${name}-whole.pdf`, whole);
    writeFileSync(`build/print/${name}-result.pdf`, asIs);
    writeFileSync(`build/print/${name}-summary.pdf`, summary);
    console.log(`${name}: the page printed as it is: ${pages(whole)} A4 pages before the quiz, ${pages(asIs)} after its result; the quiz's Print (${withResult}): ${pages(summary)} A4 pages; host text left in print: ${JSON.stringify(hostText.slice(0, 80))}; summary ${summaryText.length} characters; removed after printing: ${gone}`);
    await page.close();
  }
} finally {
  await browser.close();
}
