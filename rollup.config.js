// Bundles the compiled ES modules in dist/lib (from `tsc -p tsconfig.build.json`) for the web.
import { nodeResolve } from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';

const plugins = [
  nodeResolve({ exportConditions: ['production', 'default'] }),
  terser({ ecma: 2022, module: true, compress: { passes: 2 }, format: { comments: false } }),
];

export default [
  {
    // The core with the English pack: a minified ES module that also imports in plain Node.
    input: 'dist/lib/core.js',
    output: { file: 'dist/core.js', format: 'es' },
    plugins,
  },
];
