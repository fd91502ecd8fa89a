// node scripts/locked-wording.js: writes src/core/rules/locked.data.ts, the fingerprint and the
// lengths of each built-in pack's locked safety wording (invariant 14), from src/content/*.ts.
// With --check, exits 1 when the file is out of date (a locked text changed in a pack).
import { build } from 'esbuild';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const LANGUAGES = ['en', 'es', 'de', 'fr', 'ar'];
const entry = `${LANGUAGES.map((l) => `import { ${l} } from './src/content/${l}.js';`).join('\n')}
import { lockedWordingOf } from './src/core/rules/locked.js';
const of = (pack) => { try { return lockedWordingOf(pack); } catch (error) { return String(error); } };
export default { ${LANGUAGES.map((l) => `${l}: of(${l})`).join(', ')} };`;
const out = await build({ stdin: { contents: entry, resolveDir: '.', loader: 'ts' }, bundle: true, format: 'esm', write: false, platform: 'node', logLevel: 'silent' });
const tmp = join(mkdtempSync(join(tmpdir(), 'loadwise-')), 'locked.mjs');
writeFileSync(tmp, out.outputFiles[0].text);
const { default: table } = await import(pathToFileURL(tmp).href);
rmSync(tmp);
for (const language of LANGUAGES) {
  if (typeof table[language] === 'string' && process.argv.includes('--partial')) delete table[language];
  else if (typeof table[language] === 'string') {
    console.error(`locked-wording: the ${language} pack is incomplete (${table[language]}); fix it first.`);
    process.exit(1);
  }
}

const file = new URL('../src/core/rules/locked.data.ts', import.meta.url);
const head = readFileSync(file, 'utf8').split('export const')[0];
const body = `export const LOCKED_WORDING: Readonly<Record<string, readonly [string, string]>> = {\n${LANGUAGES.filter((l) => table[l]).map((l) => `  ${l}: ['${table[l][0]}', '${table[l][1]}'],`).join('\n')}\n};\n`;
const next = head + body;
if (process.argv.includes('--check')) {
  if (readFileSync(file, 'utf8') !== next) {
    console.error('src/core/rules/locked.data.ts is out of date: a locked safety text changed in a built-in pack. Run `node scripts/locked-wording.js` if the change is meant.');
    process.exit(1);
  }
} else {
  writeFileSync(file, next);
  console.log('wrote src/core/rules/locked.data.ts');
}
