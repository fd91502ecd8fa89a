// npm run bench: median µs per call of assess() and rankAlternatives() on the built core, over a
// spread of readers, against the budgets of DESIGN §9. Exits 1 when a median is over budget.
import { performance } from 'node:perf_hooks';
import { SPEED_BUDGETS } from './budgets.js';

const core = await import(new URL('../dist/core.js', import.meta.url).href);
const { assess, rankAlternatives } = core;

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
const assessments = readers.map((r) => assess(r));
const rankInputs = assessments.map((assessment, i) => ({
  assessment,
  goals: [['strength'], ['endurance', 'speed'], ['calories'], [], ['bone'], ['toning', 'strength'], ['speed']][i],
  constraints: i % 2 ? { equipment: ['none', 'bike'], minutes: 20 } : { jointPain: i === 2 },
}));

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

const results = {
  assess: medianMicros(assess, readers),
  rankAlternatives: medianMicros(rankAlternatives, rankInputs),
};

let failed = false;
console.log(`node ${process.version}, ${readers.length} readers, median of 31 rounds × 2000 calls`);
for (const [name, r] of Object.entries(results)) {
  const budget = SPEED_BUDGETS[name];
  const ok = r.median <= budget;
  failed ||= !ok;
  console.log(`${`${name}()`.padEnd(20)} median ${r.median.toFixed(2).padStart(7)} µs  (min ${r.min.toFixed(2)}, max ${r.max.toFixed(2)})  budget ≤ ${budget} µs  ${ok ? 'ok' : 'OVER BUDGET'}`);
}
if (failed) process.exit(1);
