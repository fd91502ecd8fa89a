// A/B for one change: the same page with two builds of loadwise.js, side by side in the same
// rounds (with the static floor), as the bench measures them. For "did this fix help?".
//
//   cp -r dist /tmp/dist-before   # then change, npm run build, and:
//   node bench/ab.js /tmp/dist-before dist [--rounds 10] [--page quiz|pros-cons|all]
//
// Prints each metric's median (min–max) for A and B, and the median of B − A per round.
import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { fileURLToPath } from 'node:url';
import { measureRounds } from './lib/measure.js';
import { startServer } from './lib/server.js';
import { summary } from './lib/stats.js';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const [dirA, dirB] = args.filter((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--'));
const rounds = Number(option('--rounds', '10'));
const which = option('--page', 'all');
const BODIES = {
  quiz: { html: '<loadwise-quiz></loadwise-quiz>', targets: [{ path: ['loadwise-quiz', 'h2'] }] },
  'pros-cons': { html: '<loadwise-pros-cons></loadwise-pros-cons>', targets: [{ path: ['loadwise-pros-cons', 'h2'] }] },
  all: { html: '<loadwise-quiz></loadwise-quiz><loadwise-pros-cons></loadwise-pros-cons>', targets: [{ path: ['loadwise-quiz', 'h2'] }, { path: ['loadwise-pros-cons', 'h2'] }] },
};
if (!dirA || !dirB || !BODIES[which] || !(rounds > 0)) {
  console.error('usage: node bench/ab.js <dist A> <dist B> [--rounds N] [--page quiz|pros-cons|all]');
  process.exit(2);
}
try {
  os.setPriority(0, -10);
} catch {
  // The default priority.
}

const root = fileURLToPath(new URL('..', import.meta.url));
const out = fileURLToPath(new URL('build/ab/', import.meta.url));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const body = BODIES[which];
for (const [name, dir] of [['a', dirA], ['b', dirB]]) {
  cpSync(dir, `${out}${name}`, { recursive: true, filter: (src) => !/[/\\]lib([/\\]|$)/.test(src.slice(dir.length)) });
  writeFileSync(
    `${out}${name}.html`,
    `<!doctype html><html lang="en"><head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" /><title>A/B ${name}</title><script type="module" src="/bench/build/ab/${name}/loadwise.js"></script></head><body><main>${body.html}</main></body></html>\n`,
  );
}
const pages = [
  { id: 'static', label: 'static', path: '/bench/pages/static.html', targets: [{ path: ['h2'] }] },
  { id: 'a', label: 'A', path: '/bench/build/ab/a.html', targets: body.targets },
  { id: 'b', label: 'B', path: '/bench/build/ab/b.html', targets: body.targets },
];
const server = await startServer(root);
let measured;
try {
  measured = await measureRounds(server.origin, pages, rounds, (line) => console.log(line));
} finally {
  await server.close();
}
const value = (round, id, key) => (key === 'above' ? round[id].paint - round.static.paint : round[id][key]);
const f = (s) => `${s.median.toFixed(1)} (${s.min.toFixed(1)}–${s.max.toFixed(1)})`;
console.log(`\n${which} page, ${rounds} rounds. A = ${dirA}, B = ${dirB}`);
for (const key of ['above', 'main', 'script', 'blocking', 'heap', 'jsBytes']) {
  const [a, b] = ['a', 'b'].map((id) => summary(measured.rounds.map((r) => value(r, id, key))));
  const diff = summary(measured.rounds.map((r) => value(r, 'b', key) - value(r, 'a', key)));
  console.log(`${key.padEnd(9)} A ${f(a).padEnd(28)} B ${f(b).padEnd(28)} B − A per round: ${f(diff)}`);
}
