// What dist/loadwise.js is made of: the embed bundle rebuilt in memory from dist/lib with the
// configuration of rollup.config.js and a source map, each minified byte traced back to its
// source module, and grouped. Its gzip share is estimated by compressing each group on its own and
// scaling to the bundle's real gzip size (gzip shares its dictionary across groups, so this is an
// estimate, good for ranking).
import { rollup } from 'rollup';
import { gzipSync } from 'node:zlib';
import builds from '../../rollup.config.js';

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Decodes one source-map segment (base64 VLQ). */
function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = B64.indexOf(char);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** The groups a source module belongs to, first match wins. */
const GROUPS = [
  [/content\/en\.js$/, 'English content pack (`src/content/en.ts`)'],
  [/\.strings\.js$/, 'interface strings (`*.strings.ts`)'],
  [/\.styles\.js$/, 'styles (`*.styles.ts`, `host.styles.ts`)'],
  [/node_modules\/(lit-html|lit-element|lit|@lit\/reactive-element)\//, 'Lit (lit-html, reactive-element, lit-element)'],
  [/node_modules\/@lit\/context\//, '@lit/context'],
  [/node_modules\/tslib\//, 'tslib'],
  [/node_modules\/zod\//, 'zod'],
  [/\/core\//, 'rules core (`src/core`)'],
  [/elements\/quiz\//, '`<loadwise-quiz>`'],
  [/elements\/pros-cons\//, '`<loadwise-pros-cons>`'],
  [/elements\/alternatives\//, '`<loadwise-alternatives>`'],
  [/elements\/provider\//, '`<loadwise-provider>`'],
  [/internal\/loadwise-element\.js$/, 'base element (`src/internal/loadwise-element.ts`)'],
  [/./, 'other (internal, controllers, events, context, entry)'],
];

/**
 * @returns {Promise<{ file: string, bytes: number, gzip: number, groups: Array<{ group: string, bytes: number, gzip: number }>, modules: Array<{ id: string, bytes: number }> }>}
 */
export async function composition(file = 'loadwise.js') {
  const config = builds.find((b) => (b.output.file ? b.output.file === `dist/${file}` : typeof b.input === 'object' && `${file.replace(/\.js$/, '')}` in b.input));
  if (!config) throw new Error(`rollup.config.js has no build of ${file}`);
  const bundle = await rollup({ input: config.input, plugins: config.plugins, preserveEntrySignatures: config.preserveEntrySignatures, onwarn() {} });
  const { output } = await bundle.generate(config.output.file ? { format: config.output.format, sourcemap: true } : { ...config.output, sourcemap: true });
  await bundle.close();
  const chunk = output.find((o) => o.type === 'chunk' && (config.output.file ? o.isEntry : o.fileName === file));
  if (!chunk || chunk.type !== 'chunk' || !chunk.map) throw new Error(`no ${file} with a source map in the rebuilt output`);
  const { map, code } = chunk;
  const lines = code.split('\n');
  /** @type {Map<number, string[]>} */
  const pieces = new Map();
  let source = 0;
  const add = (index, text) => {
    if (!pieces.has(index)) pieces.set(index, []);
    pieces.get(index).push(text);
  };
  map.mappings.split(';').forEach((lineMappings, lineNo) => {
    const line = lines[lineNo] ?? '';
    let column = 0;
    /** @type {Array<[number, number]>} [generated column, source index or -1] */
    const segments = [];
    for (const text of lineMappings.split(',')) {
      if (!text) continue;
      const [dc, ds] = decodeSegment(text);
      column += dc;
      if (ds !== undefined) source += ds;
      segments.push([column, ds === undefined ? -1 : source]);
    }
    if (segments.length === 0 || segments[0][0] > 0) add(-1, line.slice(0, segments[0]?.[0] ?? line.length));
    segments.forEach(([start, index], i) => add(index, line.slice(start, segments[i + 1]?.[0] ?? line.length)));
  });
  const modules = [...pieces.entries()].map(([index, texts]) => ({ id: index < 0 ? '(unmapped)' : map.sources[index], text: texts.join('') }));
  /** @type {Map<string, string[]>} */
  const grouped = new Map();
  for (const m of modules) {
    const group = m.id === '(unmapped)' ? 'unmapped (bundle glue)' : GROUPS.find(([re]) => re.test(m.id))[1];
    if (!grouped.has(group)) grouped.set(group, []);
    grouped.get(group).push(m.text);
  }
  const total = gzipSync(code, { level: 9 }).length;
  const alone = [...grouped.entries()].map(([group, texts]) => {
    const text = texts.join('');
    return { group, bytes: Buffer.byteLength(text), alone: gzipSync(text, { level: 9 }).length };
  });
  const sumAlone = alone.reduce((sum, g) => sum + g.alone, 0);
  return {
    file,
    bytes: Buffer.byteLength(code),
    gzip: total,
    groups: alone.map((g) => ({ group: g.group, bytes: g.bytes, gzip: Math.round((g.alone / sumAlone) * total) })).sort((a, b) => b.gzip - a.gzip),
    modules: modules.map((m) => ({ id: m.id.replace(/^(\.\.\/)+/, ''), bytes: Buffer.byteLength(m.text) })).sort((a, b) => b.bytes - a.bytes),
  };
}
