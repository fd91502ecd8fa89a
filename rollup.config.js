// Bundles the compiled ES modules in dist/lib (from `tsc -p tsconfig.build.json`) for the web.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, dirname, posix, resolve } from 'node:path';
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
 * The other languages' packs stay out of every bundle: the static import() map of
 * src/internal/locale.ts points at `locales/<lang>.js` beside the bundles, which the locale builds below
 * write, one self-contained module (data and the catalogue it is composed with, no import) each.
 * Rollup writes the path relative to the chunk that imports it.
 */
const LOCALE_MARK = '__loadwise_locales__/';
const localePacksOutside = () => ({
  name: 'loadwise-locale-packs',
  resolveId(source, importer) {
    if (!importer || !/\/internal\/locale\.js$/.test(importer)) return null;
    const file = resolve(dirname(importer), source);
    if (!/\/content\/(?!en\.)[a-z]{2,3}\.js$/.test(file)) return null;
    return { id: LOCALE_MARK + basename(file), external: true };
  },
  renderChunk(code, chunk) {
    if (!code.includes(LOCALE_MARK)) return null;
    const up = posix.relative(posix.dirname(chunk.fileName), 'locales');
    return { code: code.replaceAll(LOCALE_MARK, `${up.startsWith('.') ? up : `./${up}`}/`), map: null };
  },
});

/** Every content pack but the English one (which is in the bundles), as `locales/<lang>` inputs. */
function localeInputs(dir) {
  if (!existsSync(dir)) return {};
  const langs = readdirSync(dir).filter((f) => /^[a-z]{2,3}\.js$/.test(f) && f !== 'en.js');
  return Object.fromEntries(langs.map((f) => [`locales/${f.slice(0, -3)}`, `${dir}/${f}`]));
}

/** Shared and lazy chunks, under chunks/. */
const chunkFileNames = 'chunks/[name]-[hash].js';

/**
 * The chunks each element loads only after its first screen, which the loader (src/embed.ts)
 * prefetches while the page is idle: their file names go into the loader's `LATER_PATHS`. Written
 * as import()s in the loader, they would be entries of their own to rollup, which would then
 * split their dependencies out of the element entries into more, smaller chunks.
 */
const LATER = {
  'loadwise-quiz': [/\/elements\/quiz\/quiz\.result\.js$/],
  'loadwise-pros-cons': [/\/content\/en\.claim-details\.js$/],
  'loadwise-alternatives': [/\/elements\/alternatives\/alternatives\.next\.js$/],
};
const MARK = '"__LOADWISE_LATER__"';
/** The tags dist/loadwise-suite.js defines (src/suite.ts): every tag but the provider (src/embed.ts). */
const SUITE_TAGS = ['loadwise-quiz', 'loadwise-pros-cons', 'loadwise-alternatives'];

/** The file names of the chunks of LATER in `chunks`, as paths from `from`. */
function laterPaths(chunks, from, error) {
  const paths = {};
  for (const [tag, patterns] of Object.entries(LATER)) {
    paths[tag] = patterns.map((pattern) => {
      const chunk = chunks.find((c) => c.facadeModuleId && pattern.test(c.facadeModuleId));
      if (!chunk) error(`no chunk for ${pattern} (LATER in rollup.config.js)`);
      const path = posix.relative(posix.dirname(from), chunk.fileName);
      return path.startsWith('.') ? path : `./${path}`;
    });
  }
  return paths;
}

/**
 * Writes into the loader's `BUILT` (src/embed.ts) the chunks to prefetch and, when the suite was
 * built first (the build before, same directory), its file and its own chunks to prefetch.
 */
let suiteBuilt;
const laterChunks = ({ suite = false } = {}) => ({
  name: 'loadwise-later',
  generateBundle(_, bundle) {
    const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
    if (suite) {
      const entry = chunks.find((c) => c.isEntry);
      const later = laterPaths(chunks, entry.fileName, (m) => this.error(m));
      suiteBuilt = { file: `./${entry.fileName}`, later: SUITE_TAGS.flatMap((tag) => later[tag] ?? []) };
      return;
    }
    for (const loader of chunks.filter((c) => c.code.includes(MARK))) {
      const built = { later: laterPaths(chunks, loader.fileName, (m) => this.error(m)) };
      if (suiteBuilt && loader.fileName === 'loadwise.js') built.suite = suiteBuilt;
      const json = JSON.stringify(built);
      // In single quotes, as no path holds one: no backslash before every double quote.
      if (/['\\]/.test(json)) this.error(`a chunk path holds a quote or a backslash: ${json}`);
      loader.code = loader.code.replace(MARK, `'${json}'`);
    }
  },
});

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
 * Chunks of the loader and the element entries: no merging of small chunks, which would fold
 * lazy parts (the English claims, the quiz's result) into a chunk the first screen loads.
 */
const chunks = { chunkFileNames, experimentalMinChunkSize: 0, banner };

/** What `dist/core.js` needs only to validate a pack: its own chunk, `chunks/core-validate-*.js`. */
export const CORE_VALIDATOR = [
  /node_modules\/zod\//,
  /dist\/lib\/core\/rules\/(pack|locked|locked\.data|condition\.check|limits)\.js$/,
  /dist\/lib\/core\/schema\/(content|condition\.schema|answers\.schema|zod-config|date)\.js$/,
];

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
    // The three widgets as one file, which the loader imports for a page that shows all three
    // (src/suite.ts). Its lazy chunks are its own, but for the other languages' packs: it imports
    // those of the build below (locales/<lang>.js, data only). Built before the loader, which
    // learns its file name and chunks from laterChunks.
    input: { 'loadwise-suite': 'dist/lib/suite.js' },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', ...chunks },
    plugins: [localePacksOutside(), ...plugins, laterChunks({ suite: true })],
  },
  {
    // The loader (dist/loadwise.js, src/embed.ts) and one entry per element, sharing chunks: the
    // loader imports an element's entry when its tag first appears on the page, and the chunks
    // the elements load later while the page is idle. It shares no chunk with them.
    input: {
      loadwise: 'dist/lib/embed.js',
      'loadwise-provider': 'dist/lib/elements/provider/provider.js',
      'loadwise-quiz': 'dist/lib/elements/quiz/quiz.js',
      'loadwise-pros-cons': 'dist/lib/elements/pros-cons/pros-cons.js',
      'loadwise-alternatives': 'dist/lib/elements/alternatives/alternatives.js',
    },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'dist', format: 'es', ...chunks },
    plugins: [localePacksOutside(), ...plugins, laterChunks()],
  },
  {
    // The classic script: a few lines that import the loader beside it (src/embed.iife.ts).
    input: 'dist/lib/embed.iife.js',
    output: { file: 'dist/loadwise.iife.js', format: 'iife', banner },
    plugins: webPlugins({ include: ['**/dist/lib/**'], module: false }),
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
    plugins: [localePacksOutside(), ...plugins, laterChunks()],
  });
  builds.push(...locales('build/test'));
}

export default builds;
