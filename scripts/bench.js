// The core's speed: median µs per call of assess() and rankAlternatives() on the built core, over a
// spread of readers, against the budgets of DESIGN §9. Part of `npm run bench` (bench/run.js);
// `node scripts/bench.js` runs it alone, and exits 1 when a median is over budget.
import { performance } from 'node:perf_hooks';
import { pathToFileURL } from 'node:url';
import { SPEED_BUDGETS } from './budgets.js';

const base = {
  heartCondition: false, chestPain: false, dizziness: false, chronicCondition: false, supervisedOnly: false,
  jointProblem: 'none', boneHealth: false, pregnant: false, unwell: false, activity: 'running',
  ageBand: '18-44', runFrequency: 'regular', weightedBefore: 'without-issues', bodyWeightKg: 70, goals: ['endurance'],
};
const readers = [
  base,
  { ...base, ageBand: '45-64', weightedBefore: 'never' },
  { ...base, runFrequency: 'none', activity: 'walking' },
  { ...base, jointProblem: 'current' },
  { ...base, pregnant: true },
  { activity: 'running', jointProblem: 'past' },
  { ...base, ageBand: 'teen', goals: ['flying'] }, // invalid values take the slow path
];

export const CORE_METHOD = `${readers.length} readers, median of 31 rounds × 2000 calls, after 5000 warm-up calls`;

function medianMicros(fn, inputs, rounds = 31, callsPerRound = 2000) {
  for (let i = 0; i < 5000; i++) fn(inputs[i % inputs.length]); // warm up
  const samples = [];
  for (let r = 0; r < rounds; r++) {
    const start = performance.now();
    for (let i = 0; i < callsPerRound; i++) fn(inputs[i % inputs.length]);
    samples.push(((performance.now() - start) * 1000) / callsPerRound);
  }
  samples.sort((a, b) => a - b);
  return { median: samples[samples.length >> 1], min: samples[0], max: samples[samples.length - 1] };
}

/**
 * Times the built core (dist/core.js).
 * @returns {Promise<Array<{ name: string, median: number, min: number, max: number, budget: number, ok: boolean }>>}
 */
export async function benchCore() {
  const { assess, rankAlternatives } = await import(new URL('../dist/core.js', import.meta.url).href);
  const assessments = readers.map((r) => assess(r));
  const rankInputs = assessments.map((assessment, i) => ({
    assessment,
    goals: [['strength'], ['endurance', 'speed'], ['calories'], [], ['bone'], ['toning', 'strength'], ['speed']][i],
    constraints: i % 2 ? { equipment: ['none', 'bike'], minutes: 20 } : { jointPain: i === 2 },
  }));
  const results = [
    { name: 'assess', ...medianMicros(assess, readers) },
    { name: 'rankAlternatives', ...medianMicros(rankAlternatives, rankInputs) },
  ];
  return results.map((r) => ({ ...r, budget: SPEED_BUDGETS[r.name], ok: r.median <= SPEED_BUDGETS[r.name] }));
}

/** One line per function, as printed by the bench. */
export function coreLines(results) {
  return results.map(
    (r) =>
      `${`${r.name}()`.padEnd(20)} median ${r.median.toFixed(2).padStart(7)} µs  (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)})  budget ≤ ${r.budget} µs  ${r.ok ? 'ok' : 'OVER BUDGET'}`,
  );
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await benchCore();
  console.log(`node ${process.version}, ${CORE_METHOD}`);
  for (const line of coreLines(results)) console.log(line);
  if (results.some((r) => !r.ok)) process.exit(1);
}
