// Bundles the compiled ES modules in dist/lib (from `tsc -p tsconfig.build.json`) for the web.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import minifyHTML from '@lit-labs/rollup-plugin-minify-html-literals';
import { readFileSync } from 'node:fs';

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
 * A version banner on every file written (entries and chunks). Added after terser, which drops
 * every comment, so that a page owner can tell which release a CDN file is.
 */
const banner = {
  name: 'loadwise-banner',
  renderChunk: (code) => `/*! Loadwise ${version} | ${license} */\n${code}`,
};

const plugins = [
  production,
  // Whitespace and comments out of our html`` and css`` templates (terser leaves template text alone).
  minifyHTML({ include: ['**/dist/lib/**', '**/build/test-lib/**'] }),
  nodeResolve({ exportConditions: ['production', 'default'] }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
  banner,
];

const chunks = { chunkFileNames: 'chunks/[name]-[hash].js', experimentalMinChunkSize: 4096 };

const builds = [
  {
    // The core with the English pack: a minified ES module that also imports in plain Node.
    input: 'dist/lib/core.js',
    output: { file: 'dist/core.js', format: 'es' },
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
    // The same for a classic <script>: one file, nothing lazy.
    input: 'dist/lib/embed.iife.js',
    output: { file: 'dist/loadwise.iife.js', format: 'iife', inlineDynamicImports: true },
    plugins: [production, minifyHTML({ include: ['**/dist/lib/**'] }), nodeResolve({ exportConditions: ['production', 'default'] }), terser({ ecma: 2022, compress: { passes: 2 }, format: { comments: false } }), banner],
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
    output: { dir: 'dist', format: 'es', ...chunks },
    plugins,
  },
];

if (process.env.LOADWISE_TEST_BUNDLE) {
  // Test only (npm test): the production embed plus a test widget, for tests/embed.
  builds.push({
    input: { 'loadwise-test': 'build/test-lib/tests/fixtures/test-bundle.js' },
    preserveEntrySignatures: 'allow-extension',
    output: { dir: 'build/test', format: 'es', ...chunks },
    plugins,
  });
}

export default builds;
