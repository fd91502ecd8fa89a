// From the measurements to the budgets of DESIGN §9 and the Markdown of BENCHMARKS.md.
import { KB } from '../../scripts/budgets.js';
import { kb, sizeName } from '../../scripts/size.js';
import { CPU_SLOWDOWN, VIEWPORT } from './measure.js';
import { ratio, summary } from './stats.js';

/** The page whose numbers the budgets are about, and the two it is compared with. */
const LOADWISE = 'loadwise';
const LIT = 'lit';
const SURVEYJS = 'surveyjs';
const STATIC = 'static';

const ms = (v) => (Number.isFinite(v) ? `${v.toFixed(0)} ms` : '–');
const x = (v) => (v === Infinity ? '∞' : Number.isFinite(v) ? `${v.toFixed(2)}×` : '–');

/** A number format with its unit, so that a range reads "42 ms (12–80)". */
const MS = { num: (v) => v.toFixed(0), unit: ' ms' };
const KBS = { num: (v) => (v / KB).toFixed(1), unit: ' KB' };
const MBS = { num: (v) => (v / 1024 / 1024).toFixed(2), unit: ' MB' };
const TIMES = { num: (v) => (v === Infinity ? '∞' : v.toFixed(2)), unit: '×' };

/** @param {{ median: number, min: number, max: number, n: number }} s */
function range(s, { num, unit }) {
  if (s.n === 0) return '–';
  const med = `${num(s.median)}${s.median === Infinity ? '' : unit}`;
  return s.min === s.max ? med : `${med} (${num(s.min)}–${num(s.max)})`;
}

/** The page metrics: what each is, how to read it per load, and its format. */
const METRICS = [
  { key: 'above', label: 'first screen painted, minus static', of: (load, round) => load.paint - round[STATIC].paint, fmt: MS },
  { key: 'paint', label: 'first screen painted (from navigation)', of: (load) => load.paint, fmt: MS },
  { key: 'jsBeforePaint', label: 'JS before the first screen painted (gzip)', of: (load) => load.jsBeforePaint, fmt: KBS },
  { key: 'jsRawBeforePaint', label: 'JS before the first screen painted (raw)', of: (load) => load.jsRawBeforePaint, fmt: KBS },
  { key: 'jsBytes', label: 'JS transferred up to 1 s after paint (gzip)', of: (load) => load.jsBytes, fmt: KBS },
  { key: 'jsRaw', label: 'JS up to 1 s after paint (raw)', of: (load) => load.jsRaw, fmt: KBS },
  { key: 'cssBytes', label: 'CSS transferred (gzip)', of: (load) => load.cssBytes, fmt: KBS },
  { key: 'heap', label: 'JS heap 1 s after paint', of: (load) => load.heap, fmt: MBS },
  { key: 'main', label: 'main-thread time', of: (load) => load.main, fmt: MS },
  { key: 'script', label: 'script time (CDP ScriptDuration)', of: (load) => load.script, fmt: MS },
  { key: 'blocking', label: 'long-task blocking', of: (load) => load.blocking, fmt: MS },
];

/** The ratios reported, per round, for these metrics. */
const RATIO_METRICS = ['above', 'jsBeforePaint', 'jsBytes', 'heap', 'main', 'script', 'blocking'];

/** The reader's actions timed (bench/lib/interact.js), the page each runs on, and the bare Lit Next they are compared with. */
const LIT_NEXT = 'lit-next';
const ACTION_TARGET_MS = 50;
const ACTION_RATIO = 1.5;

/**
 * @param {object} input
 * @param {import('./pages.js').Page[]} input.pages
 * @param {Array<Record<string, import('./measure.js').Load>>} input.rounds
 * @param {import('../../scripts/size.js').SizeRow[]} input.sizes
 * @param {Awaited<ReturnType<typeof import('../../scripts/bench.js').benchCore>>} input.core
 * @param {import('./lighthouse.js').LighthouseResult[]} input.lighthouse
 */
export function analyse({ pages, rounds, sizes, core, lighthouse }) {
  /** @type {Record<string, Record<string, ReturnType<typeof summary>>>} */
  const perPage = {};
  for (const page of pages) {
    perPage[page.id] = {};
    for (const m of METRICS) perPage[page.id][m.key] = summary(rounds.map((round) => m.of(round[page.id], round)));
  }
  const value = (round, page, key) => METRICS.find((m) => m.key === key).of(round[page], round);
  /** @type {Record<string, { lwLit: ReturnType<typeof summary>, svLw: ReturnType<typeof summary> }>} */
  const ratios = {};
  for (const key of RATIO_METRICS) {
    ratios[key] = {
      lwLit: summary(rounds.map((round) => ratio(value(round, LOADWISE, key), value(round, LIT, key)))),
      svLw: summary(rounds.map((round) => ratio(value(round, SURVEYJS, key), value(round, LOADWISE, key)))),
    };
  }

  /** Per action kind: its page, label, times and per-round ratio to the bare Lit quiz's Next. */
  const actions = pages.flatMap((page) =>
    (page.actions ?? []).map((action) => {
      const times = rounds.map((round) => round[page.id].actions?.[action.kind]).filter((v) => Number.isFinite(v));
      const vsLit = rounds.map((round) => ratio(round[page.id].actions?.[action.kind], round[LIT]?.actions?.[LIT_NEXT])).filter((v) => !Number.isNaN(v));
      return { page: page.id, kind: action.kind, label: action.label, time: summary(times), vsLit: summary(vsLit) };
    }),
  );

  /** @type {Array<{ what: string, budget: string, measured: string, ok: boolean, miss?: string }>} */
  const budgets = [];
  const sizeBudget = (row, what) => {
    const target = row.budget.target;
    const ok = row.gzip <= target;
    budgets.push({ what, budget: `≤ ${kb(target)} gzip`, measured: kb(row.gzip), ok, miss: ok ? undefined : `+${kb(row.gzip - target)} (+${(((row.gzip - target) / target) * 100).toFixed(0)} %)` });
  };
  const byPattern = (re) => sizes.filter((r) => !r.page && re.test(r.file));
  const pageRow = (start) => sizes.filter((r) => r.page && r.file.startsWith(start));
  for (const row of pageRow('loadwise.js + <loadwise-quiz>')) sizeBudget(row, 'JS fetched before the first screen, one-tag embed, quiz alone (`npm run size`: the loader and the quiz\'s entry)');
  for (const row of pageRow('loadwise.js + all three')) sizeBudget(row, 'JS fetched before the first screen, one-tag embed, all three widgets (`npm run size`)');
  for (const row of pageRow('loadwise.js: every chunk')) sizeBudget(row, 'all JS the suite ever loads in English (every chunk, `npm run size`)');
  const measuredBytes = (pageId, what, target) => {
    const s = perPage[pageId]?.jsBeforePaint;
    if (!s || s.n === 0) return;
    const ok = s.median <= target;
    budgets.push({ what, budget: `≤ ${kb(target)} gzip`, measured: kb(s.median), ok, miss: ok ? undefined : `+${kb(s.median - target)}` });
  };
  measuredBytes(LOADWISE, 'JS fetched before the first screen painted, quiz page (measured in the browser)', 18 * KB);
  measuredBytes('loadwise-all', 'JS fetched before the first screen painted, all-three page (measured in the browser)', 30 * KB);
  for (const row of byPattern(/^loadwise-(provider|quiz|pros-cons|alternatives)\.js$/)) sizeBudget(row, `\`dist/${row.file}\` (one element's entry before its first screen)`);
  for (const row of byPattern(/^core\.js$/)) sizeBudget(row, '`dist/core.js` (core with the English pack)');
  for (const a of actions.filter((a) => a.kind !== LIT_NEXT)) {
    const ok = a.time.median <= ACTION_TARGET_MS;
    budgets.push({ what: `${a.label} → next paint, CPU ${CPU_SLOWDOWN}× slower`, budget: `≤ ${ACTION_TARGET_MS} ms`, measured: range(a.time, MS), ok, miss: ok ? undefined : `+${(a.time.median - ACTION_TARGET_MS).toFixed(0)} ms` });
    const rok = a.vsLit.median <= ACTION_RATIO;
    budgets.push({ what: `${a.label} ÷ bare Lit quiz's Next (per round)`, budget: `≤ ${ACTION_RATIO}×`, measured: range(a.vsLit, TIMES), ok: rok, miss: rok ? undefined : `${x(a.vsLit.median)} against ${ACTION_RATIO}×` });
  }
  const ratioBudget = (what, s, limit, dir) => {
    const ok = dir === 'max' ? s.median <= limit : s.median >= limit;
    budgets.push({ what, budget: `${dir === 'max' ? '≤' : '≥'} ${limit}×`, measured: `${x(s.median)} (rounds ${x(s.min)}–${x(s.max)})`, ok, miss: ok ? undefined : `${x(s.median)} against ${limit}×` });
  };
  ratioBudget('first screen painted (minus static): Loadwise ÷ bare Lit', ratios.above.lwLit, 1.2, 'max');
  ratioBudget('first screen painted (minus static): SurveyJS ÷ Loadwise (Loadwise ≤ 0.25 × SurveyJS)', ratios.above.svLw, 4, 'min');
  ratioBudget('JS heap 1 s after paint: Loadwise ÷ bare Lit', ratios.heap.lwLit, 1.3, 'max');
  for (const r of core) {
    budgets.push({ what: `\`${r.name}()\` median`, budget: `≤ ${r.budget} µs`, measured: `${r.median.toFixed(2)} µs`, ok: r.ok, miss: r.ok ? undefined : `+${(r.median - r.budget).toFixed(2)} µs` });
  }
  const mobile = lighthouse.find((l) => l.formFactor === 'mobile');
  if (!mobile || mobile.error) {
    budgets.push({ what: 'Lighthouse (mobile), demo blog page', budget: 'ran', measured: mobile?.error ?? 'not run', ok: false, miss: 'no result' });
  } else {
    for (const [id, score] of Object.entries(mobile.scores)) {
      budgets.push({ what: `Lighthouse (mobile) ${id}, demo blog page`, budget: '100', measured: String(score), ok: score >= 100, miss: score >= 100 ? undefined : `${score - 100}` });
    }
    budgets.push({ what: 'Lighthouse (mobile) CLS, demo blog page', budget: '≤ 0.01', measured: mobile.cls.toFixed(3), ok: mobile.cls <= 0.01, miss: mobile.cls <= 0.01 ? undefined : `+${(mobile.cls - 0.01).toFixed(3)}` });
  }
  return { perPage, ratios, actions, budgets, failed: budgets.some((b) => !b.ok) };
}

/** A Markdown table. */
function table(head, rows, align = head.map((_, i) => (i === 0 ? 'l' : 'r'))) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(align.map((a) => (a === 'l' ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

/**
 * The Markdown of BENCHMARKS.md (without the hand-written notes) and the part printed to the console.
 */
export function render({ pages, rounds, sizes, core, coreMethod, made, lighthouse, analysis, env, notes, lighthouseSkipped }) {
  const { perPage, ratios, actions, budgets } = analysis;
  const out = [];
  out.push('# Benchmarks');
  out.push('');
  out.push(
    `Written by \`npm run bench\` on ${env.date}: ${rounds.length} rounds, Loadwise ${env.loadwise}. Regenerate it with \`npm run bench\`; ` +
      'the notes at the end come from `bench/NOTES.md`. Timings drift on a shared machine: compare the ratios, which are measured side by side in the same round.',
  );
  out.push('');
  out.push('## Budgets (DESIGN §9)');
  out.push('');
  out.push(table(['budget', 'target', 'measured', 'status'], budgets.map((b) => [b.what, b.budget, b.measured, b.ok ? 'met' : `**missed** (${b.miss})`])));
  out.push('');
  out.push('## Pages, side by side');
  out.push('');
  out.push(`Median (min–max) over ${rounds.length} cold loads each.`);
  out.push('');
  const shown = METRICS.filter((m) => m.key !== 'paint');
  out.push(
    table(
      ['page', ...shown.map((m) => m.label)],
      pages.map((p) => [p.label, ...shown.map((m) => (p.id === STATIC && m.key === 'above' ? '0 (the floor)' : range(perPage[p.id][m.key], m.fmt)))]),
    ),
  );
  out.push('');
  out.push(`The static page itself paints at ${range(perPage[STATIC].paint, MS)} from navigation.`);
  const skipped = [...new Set(rounds.flatMap((round) => Object.values(round).flatMap((load) => load.skipped)))];
  if (skipped.length) {
    out.push('');
    out.push(`> Note: \`dist/loadwise.js\` does not define ${skipped.map((t) => `\`<${t}>\``).join(', ')}; the all-widgets page waited only for the widgets it defines.`);
  }
  out.push('');
  out.push('### Ratios');
  out.push('');
  out.push('Per round, then the median of those (min–max over the rounds). Loadwise is the quiz page.');
  out.push('');
  const label = (key) => METRICS.find((m) => m.key === key).label;
  out.push(
    table(
      ['metric', 'Loadwise ÷ bare Lit', '(ratio of the medians)', 'SurveyJS ÷ Loadwise', '(ratio of the medians)'],
      RATIO_METRICS.map((key) => {
        const med = (id) => perPage[id][key].median;
        return [label(key), range(ratios[key].lwLit, TIMES), x(ratio(med(LOADWISE), med(LIT))), range(ratios[key].svLw, TIMES), x(ratio(med(SURVEYJS), med(LOADWISE)))];
      }),
    ),
  );
  out.push('');
  out.push(
    'A time at or below the static floor counts as 0 in a ratio, so a round where the denominator page was no slower than the static page gives ∞, and 0 ÷ 0 gives 1. ' +
      'The budgets use the median of the per-round ratios; the ratio of the medians beside it is a check. When the two disagree, or the per-round range is wide, the difference is within the noise of the run.',
  );
  out.push('');
  out.push(`## A reader's action to the next paint (CPU ${CPU_SLOWDOWN}× slower)`);
  out.push('');
  out.push(
    `Each action once per cold load, 1 s after the first screen painted, with the CPU slowed ${CPU_SLOWDOWN}× (CDP \`Emulation.setCPUThrottlingRate\`): from the click to the end of the next frame (\`bench/lib/interact.js\`). Median (min–max) over the rounds; the ratio is per round, against the bare Lit quiz's Next of the same round.`,
  );
  out.push('');
  out.push(table(['action', 'to next paint', '÷ bare Lit Next'], actions.map((a) => [a.label, range(a.time, MS), a.kind === LIT_NEXT ? '1 (the reference)' : range(a.vsLit, TIMES)])));
  out.push('');
  out.push('## Sizes');
  out.push('');
  out.push(
    'Every file in `dist/`; an entry counts with the chunks it imports statically (what a page loads for it). The rows that start with the loader are pages: what a one-tag page fetches before its first screen (the loader, then the entries of the elements on it; for all three widgets, the one file that holds them), and every chunk the suite can load in English. gzip -9 and brotli 11, as `npm run size`.',
  );
  out.push('');
  out.push(
    table(
      ['file', 'raw', 'gzip', 'brotli', 'target (gzip)', 'ceiling (gzip)', 'status'],
      sizes.map((r) => [`\`${sizeName(r)}\``, kb(r.raw), kb(r.gzip), kb(r.brotli), r.budget?.target ? kb(r.budget.target) : '–', r.budget?.ceiling ? kb(r.budget.ceiling) : '–', r.status]),
    ),
  );
  out.push('');
  out.push(`### What \`dist/${made.file}\` is made of`);
  out.push('');
  out.push(
    `Rebuilt in memory with a source map (\`bench/lib/composition.js\`): each minified byte traced to its source module. gzip per group is an estimate (each group compressed alone, scaled to the real ${kb(made.gzip)}).`,
  );
  out.push('');
  out.push(table(['part', 'minified', 'gzip (est.)', 'share'], made.groups.filter((g) => g.bytes > 0).map((g) => [g.group, kb(g.bytes), kb(g.gzip), `${((g.gzip / made.gzip) * 100).toFixed(0)} %`])));
  out.push('');
  out.push('## Core');
  out.push('');
  out.push(`${coreMethod}, in Node.`);
  out.push('');
  out.push(table(['function', 'median', 'min', 'max', 'budget'], core.map((r) => [`\`${r.name}()\``, `${r.median.toFixed(2)} µs`, `${r.min.toFixed(2)} µs`, `${r.max.toFixed(2)} µs`, `≤ ${r.budget} µs`])));
  out.push('');
  out.push('## Lighthouse: the demo blog page');
  out.push('');
  if (lighthouseSkipped) {
    out.push('Not run (`--no-lighthouse`).');
  } else {
    out.push(
      table(
        ['form factor', 'performance', 'accessibility', 'best practices', 'TBT', 'CLS', 'FCP', 'LCP'],
        lighthouse.map((l) =>
          l.error
            ? [l.formFactor, `error: ${l.error}`, '', '', '', '', '', '']
            : [l.formFactor, String(l.scores.performance), String(l.scores.accessibility), String(l.scores['best-practices']), ms(l.tbt), l.cls.toFixed(3), ms(l.fcp), ms(l.lcp)],
        ),
      ),
    );
    const failing = lighthouse.flatMap((l) => l.failing.map((f) => `- ${l.formFactor}: ${f}`));
    if (failing.length) {
      out.push('');
      out.push('Audits below full marks:');
      out.push('');
      out.push(...failing);
    }
  }
  const printed = out.join('\n');

  const rest = [];
  rest.push('');
  rest.push('## How it is measured');
  rest.push('');
  rest.push(
    [
      `- **Pages** (\`bench/pages/\`), served on 127.0.0.1 by \`bench/lib/server.js\`, which sends text gzip-compressed (level 9, as a CDN would), so "transferred" is the compressed size: a static page (the floor); a bare Lit quiz (one element, the 8 questions of \`bench/pages/quiz-data.js\`, a progress bar, Back and Next), bundled by rollup with our own \`webPlugins()\`; SurveyJS (\`survey-core\` + \`survey-js-ui\` as their minified script files, its default theme CSS without the web font, the same 8 questions, one a page, with its progress bar); Loadwise (the loader \`dist/loadwise.js\` with \`<loadwise-quiz>\`); and Loadwise with \`<loadwise-quiz>\`, \`<loadwise-pros-cons>\` and \`<loadwise-alternatives>\`. Loadwise's first screen is its intro (title, what it asks, Start); the others' is their first question.`,
      `- **Driver:** playwright-core on the system Chromium, headless, a ${VIEWPORT.width} × ${VIEWPORT.height} viewport at device scale 1. Every load is cold, in a fresh browser context (an empty profile: no cache, no storage). One warm-up round is not counted, then ${rounds.length} rounds; round r starts with the r-th page, so each page takes each place in the order.`,
      '- **First screen painted:** an init script, the same on every page, checks in every `requestAnimationFrame` callback whether the heading of each widget\'s first screen (through open shadow roots) is in the document with text, visible and laid out with a non-empty box; that frame is the first to hold it, and a message posted from that callback runs right after the frame\'s rendering update. Its `performance.now()` is the time. For the all-widgets page, every widget\'s heading. The static page\'s time in the same round is subtracted.',
      '- **JS and CSS transferred:** the compressed bodies of `.js` and `.css` responses (Resource Timing `encodedBodySize`; raw: `decodedBodySize`) until 1 s after paint, which includes what the loader prefetches while the page is idle. **Before the first screen painted:** the responses complete (`responseEnd`) by the paint time.',
      '- **JS heap:** `JSHeapUsedSize` (CDP `Performance.getMetrics`) 1 s after paint, right after a forced garbage collection (`HeapProfiler.collectGarbage`).',
      '- **Main-thread time:** CDP `TaskDuration` up to 1 s after paint: every task of the page\'s main thread (script, HTML and CSS parsing, style, layout, paint, garbage collection), in CPU time (`timeDomain: threadTicks`), so another process on the machine does not inflate it. The fairest single number for what a page costs the main thread.',
      '- **Script time (CDP `ScriptDuration`):** the metric issue 8 names, same window and time domain, but read it with care: Chromium counts the evaluation of scripts and modules and the callbacks it calls, but nothing that runs in a microtask, and Lit renders in a microtask (a 50 ms busy loop, wall-clock: 50 ms of ScriptDuration in a classic or a module script, 0.1 ms in a microtask). So it leaves out the rendering of the Lit and Loadwise pages, not SurveyJS\'s (preact renders synchronously in the calling script); the main-thread time has no such gap.',
      '- **Long-task blocking:** the sum, over long tasks from a `longtask` PerformanceObserver registered before the page\'s scripts, of their time past 50 ms, until 1 s after paint (like Lighthouse\'s TBT, without its FCP-to-TTI window).',
      '- **Lighthouse:** the `lighthouse` package on the same Chromium, default mobile configuration (simulated throttling) and its desktop configuration, each in a fresh Chromium, on `demo/blog.html` from the same server (which answers `/favicon.ico` with 204: a host page has its own).',
    ].join('\n'),
  );
  rest.push('');
  rest.push('## Machine and versions');
  rest.push('');
  rest.push(table(['', ''], env.rows, ['l', 'l']));
  const errors = [...new Set(rounds.flatMap((round) => Object.entries(round).flatMap(([id, load]) => load.errors.map((e) => `${id}: ${e}`))))];
  if (errors.length) {
    rest.push('');
    rest.push('## Warnings during the loads');
    rest.push('');
    rest.push(...errors.map((e) => `- ${e}`));
  }
  if (notes) {
    rest.push('');
    rest.push(notes.trim());
  }
  return { printed, markdown: `${printed}\n${rest.join('\n')}\n` };
}
