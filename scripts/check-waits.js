// npm test: no test waits a fixed time, nor on a condition with a short cap. A shared 2-core
// machine makes everything slower, so every wait goes through tests/wait.ts (`until`), which waits
// on a condition for as long as a loaded machine needs. Exits 1, listing each place, otherwise.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const root = new URL('../tests/', import.meta.url);
const files = readdirSync(root, { recursive: true })
  .map(String)
  .filter((f) => /\.(ts|js)$/.test(f) && f !== 'wait.ts');
const rules = [
  [/\bwaitUntil\(/, 'waitUntil( directly: use until() from tests/wait.ts'],
  [/\{\s*timeout:\s*\d+/, 'a timeout option: until() has the one cap'],
  [/\b(aTimeout|sleep)\(/, 'a fixed wait'],
  [/setTimeout\([^,]+,\s*\d{1,4}\s*\)/, 'setTimeout with a fixed delay under 10 s'],
];
const found = [];
for (const file of files) {
  readFileSync(new URL(file, root), 'utf8')
    .split('\n')
    .forEach((line, i) => {
      for (const [pattern, why] of rules) if (pattern.test(line)) found.push(`${join('tests', file)}:${i + 1}: ${why}\n    ${line.trim()}`);
    });
}
if (found.length) {
  console.error(`check-waits: ${found.length} short or fixed wait(s) in the tests:\n${found.join('\n')}`);
  process.exit(1);
}
console.log(`check-waits: ${files.length} test files wait only on conditions.`);
