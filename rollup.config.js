// Bundles the compiled ES modules in dist/lib (from `tsc -p tsconfig.build.json`) for the web.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { posix } from 'node:path';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { defaultMinifyCSSOptions, defaultStrategy } from '@lit-labs/rollup-plugin-minify-html-literals/lib/strategy.js';

const { version, license } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

/** Production builds: dev-only warnings out (src/internal/dev.ts), Lit's production build in. */
const production = {
  name: 'loadwise-production',
  load(id) {
    if (id.endsWith('/internal/dev.js')) return 'export const DEV = false;\nexport function devWarn() {}\n';
    return null;
  },
};

/**
 * The locale packs sit in `locales/` beside the bundles: each chunk finds them through
 * `import.meta.LOADWISE_LOCALES` (src/internal/locale.ts), the path from its own directory.
 */
const localesDir = {
  name: 'loadwise-locales',
  resolveImportMeta(property, { chunkId }) {
    if (property !== 'LOADWISE_LOCALES') return null;
    const path = posix.relative(posix.dirname(chunkId), 'locales');
    return JSON.stringify(`${path.startsWith('.') ? path : `./${path}`}/`);
  },
};

/** Every content pack but the English one (which is in the bundles), as `locales/<lang>` inputs. */
function localeInputs(dir) {
  if (!existsSync(dir)) return {};
  const langs = readdirSync(dir).filter((f) => /^[a-z]{2,3}\.js$/.test(f) && f !== 'en.js');
  return Object.fromEntries(langs.map((f) => [`locales/${f.slice(0, -3)}`, `${dir}/${f}`]));
}

/**
 * Comments and needless whitespace out of CSS, outside strings: what is left to do for a css``
 * template that lightningcss cannot parse.
 */
export function collapseCss(css) {
  let out = '';
  const tight = '{};,';
  for (let i = 0; i < css.length; ) {
    const c = css[i];
    if (c === '"' || c === "'") {
      let j = i + 1;
      while (j < css.length && css[j] !== c) j += css[j] === '\\' ? 2 : 1;
      out += css.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && css[i + 1] === '*') {
      const end = css.indexOf('*/', i + 2);
      i = end < 0 ? css.length : end + 2;
    } else if (/\s/.test(c)) {
      while (i < css.length && /\s/.test(css[i])) i++;
      // One space where it can matter (between words, in selectors, in values); none beside {};,
      const next = css[i] === '/' && css[i + 1] === '*' ? '' : (css[i] ?? '');
      if (out && next && !tight.includes(out[out.length - 1]) && !tight.includes(next)) out += ' ';
    } else {
      out += c;
      i++;
    }
  }
  return out.trim();
}

/**
 * css`` templates through lightningcss, as the plugin does. lightningcss cannot parse a template
 * that holds only declarations (the dark palette of src/styles/host.styles.ts, interpolated into
 * two rules), and then the plugin leaves every template of that file unminified: such a
 * template has its comments and whitespace removed instead.
 */
function minifyCss(css) {
  if (!css.includes('{')) return collapseCss(css);
  return defaultStrategy.minifyCSS(css, defaultMinifyCSSOptions);
}

/**
 * The plugins of every web bundle. Exported so that the bench (bench/) bundles its bare Lit page
 * with exactly the same settings. `include`: the files whose html`` and css`` templates are
 * minified; `module`: false for a classic script.
 */
export function webPlugins({ include = ['**/dist/lib/**', '**/build/test-lib/**'], module = true } = {}) {
  return [
    production,
    localesDir,
    // Whitespace and comments out of our html`` and css`` templates (terser leaves template text alone).
    minifyHTML({ include, options: { minifyOptions: { minifyCSS: minifyCss } } }),
    nodeResolve({ exportConditions: ['production', 'default'] }),
    // No comment survives but our version banner (output.banner below).
    terser({ ecma: 2022, module, compress: { passes: 2 }, format: { comments: /^! Loadwise / } }),
  ];
}

const plugins = webPlugins();

/** The first line of every file built (entries and chunks): which release a CDN file is. */
const banner = `/*! Loadwise ${version} | ${license} */`;

/**
 * The English claims in a chunk of their own: the explainer imports them, the validator loads them
 * only to complete a host's pack, and the quiz and the picker never fetch them (DESIGN §4).
 */
const chunks = { chunkFileNames: 'chunks/[name]-[hash].js', experimentalMinChunkSize: 4096, banner };
// No merging of small chunks here: it would fold the English claims, which only the explainer
// imports, into the base chunk that every entry loads.
const perElementChunks = { ...chunks, experimentalMinChunkSize: 0 };

/** What `dist/core.js` needs only to validate a pack: its own chunk, `chunks/core-validate-*.js`. */
export const CORE_VALIDATOR = [
  /node_modules\/zod\//,
  /dist\/lib\/core\/rules\/(pack|locked|locked\.data|condition\.check|limits)\.js$/,
  /dist\/lib\/core\/schema\/(content|condition\.schema|answers\.schema|zod-config|date)\.js$/,
];

/**
 * In the classic script, `import('../internal/validate.js')` (src/controllers/content-controller.ts) becomes an import of loadwise-validate.js
 * beside the script (rollup renders `import.meta.url` there as the script's own `src`).
 */
const classicValidator = {
  name: 'loadwise-classic-validator',
  transform(code, id) {
    if (!id.endsWith('/controllers/content-controller.js')) return null;
    const next = code.replaceAll("import('../internal/validate.js')", "import(new URL('./loadwise-validate.js', import.meta.url).href)");
    if (next === code) this.error('content-controller.js no longer imports ../internal/validate.js: update rollup.config.js');
    return { code: next, map: null };
  },
};

const builds = [
  {
    // The core with the English pack: a minified ES module that also imports in plain Node. The
    // content validator (zod/mini, the pack checks and the locked-wording fingerprints) is its own
    // chunk beside it (DESIGN §9), which `parseContent` and a host's own pack need.
    input: { core: 'dist/lib/core.js' },
    preserveEntrySignatures: 'strict',
    output: {
      dir: 'dist',
      format: 'es',
      banner,
      chunkFileNames: 'chunks/[name]-[hash].js',
      // Everything else in a chunk of its own too: rollup would otherwise pull the modules both
      // parts import into the validator's chunk.
      // The entry and the core's barrel stay in core.js, so that the two chunks never import each other.
      manualChunks: (id) =>
        CORE_VALIDATOR.some((pattern) => pattern.test(id)) ? 'core-validate' : /dist\/lib\/core(\/index)?\.js$/.test(id) ? undefined : 'core-rules',
    },
    plugins,
  },
  {
    // Every element, Lit and the English pack in one ES module. The content validator (zod) is a
    // lazy chunk beside it, fetched only when a host passes its own content pack.
    input: { loadwise: 'dist/lib/embed.js' },
    // Let the entry itself hold the shared code, rather than a facade over a chunk.
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', ...chunks },
    plugins,
  },
  {
    // The same for a classic <script>: one file, the small lazy parts inline. The content
    // validator (zod), which only a host's own pack needs, is the one module it imports: the
    // self-contained dist/loadwise-validate.js beside it, found from the script's own URL.
    input: 'dist/lib/embed.iife.js',
    output: { file: 'dist/loadwise.iife.js', format: 'iife', inlineDynamicImports: true, banner },
    plugins: [classicValidator, ...webPlugins({ include: ['**/dist/lib/**'], module: false })],
  },
  {
    // That validator: an ES module with everything it needs, for the classic script.
    input: { 'loadwise-validate': 'dist/lib/internal/validate.js' },
    output: { dir: 'dist', format: 'es', banner },
    plugins,
  },
  {
    // One entry per element, sharing chunks.
    input: {
      'loadwise-provider': 'dist/lib/elements/provider/provider.js',
      'loadwise-quiz': 'dist/lib/elements/quiz/quiz.js',
      'loadwise-pros-cons': 'dist/lib/elements/pros-cons/pros-cons.js',
      'loadwise-alternatives': 'dist/lib/elements/alternatives/alternatives.js',
    },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', ...perElementChunks },
    plugins,
  },
];

// The other languages' packs: standalone modules (data, no import), loaded by the widgets from
// the bundle's own directory when the page is in that language. One build each, so that each
// holds the catalogue it is composed with (src/content/compose.ts) rather than sharing a chunk.
const localeInput = localeInputs('dist/lib/content');
const locales = (dir) =>
  Object.entries(localeInput).map(([name, file]) => ({
    input: { [name]: file },
    output: { dir, format: 'es', entryFileNames: '[name].js', banner },
    plugins: [terser({ ecma: 2022, module: true, format: { comments: /^! Loadwise / } })],
  }));
builds.push(...locales('dist'));

if (process.env.LOADWISE_TEST_BUNDLE) {
  // Test only (npm test): the production embed plus a test widget, for tests/embed.
  builds.push({
    input: { 'loadwise-test': 'build/test-lib/tests/fixtures/test-bundle.js' },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'build/test', format: 'es', ...chunks },
    plugins,
  });
  builds.push(...locales('build/test'));
}

export default builds;
