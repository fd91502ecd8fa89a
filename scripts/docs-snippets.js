// The framework examples in docs/embedding.md are the consumer apps' files (tests/consumers/, run
// in Chromium by scripts/consumers.js). Each example follows a marker,
//   <!-- snippet: tests/consumers/vue/src/App.vue -->
// and is that file, verbatim. `node scripts/docs-snippets.js` copies the files into the docs;
// `--check` fails where an example differs from its file, and where a code block in the
// Frameworks section has no marker (an example that no test runs).
import { readFileSync, writeFileSync } from 'node:fs';

const docs = new URL('../docs/embedding.md', import.meta.url);
const check = process.argv.includes('--check');
const text = readFileSync(docs, 'utf8');
const problems = [];

const marked = /<!-- snippet: (\S+) -->\n```(\w*)\n([\s\S]*?)```\n/g;
const updated = text.replace(marked, (_, file, lang, shown) => {
  let source;
  try {
    source = readFileSync(new URL(`../${file}`, import.meta.url), 'utf8');
  } catch {
    problems.push(`docs/embedding.md names ${file}, which does not exist.`);
    return _;
  }
  if (!source.endsWith('\n')) source += '\n';
  if (shown !== source) problems.push(`docs/embedding.md: the example from ${file} differs from the file.`);
  return `<!-- snippet: ${file} -->\n\`\`\`${lang}\n${source}\`\`\`\n`;
});

// Every framework example (React, Vue, Svelte, Angular) must be one of the apps.
const frameworks = updated.slice(updated.indexOf('\n### '), updated.indexOf('\n## ', updated.indexOf('\n### ')));
const blocks = frameworks.split('\n').reduce(
  (state, line, i, lines) => {
    if (!line.startsWith('```')) return state;
    if (state.open) return { ...state, open: false };
    if (!/^<!-- snippet: /.test(lines[i - 1] ?? '')) state.unmarked.push(line);
    return { ...state, open: true };
  },
  { open: false, unmarked: [] },
);
for (const block of blocks.unmarked) problems.push(`docs/embedding.md: a ${block} block under Frameworks has no <!-- snippet: file --> marker; show an app from tests/consumers/ instead.`);

if (check) {
  if (problems.length) {
    for (const problem of problems) console.error(problem);
    console.error('Run `node scripts/docs-snippets.js` to copy the apps into the docs.');
    process.exit(1);
  }
  console.log('docs/embedding.md: the framework examples are the consumer apps.');
} else {
  writeFileSync(docs, updated);
  for (const problem of problems.filter((p) => !p.includes('differs'))) console.error(problem);
}
