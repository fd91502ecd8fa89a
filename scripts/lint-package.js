// npm run lint:package (CI, after `npm run build`): the package as npm users get it. Packs it once
// (`npm pack --ignore-scripts`, so the build is not run again) into a temporary folder, then:
//   1. publint --strict on the tarball: exports, files, fields (warnings count as errors);
//   2. attw (Are the Types Wrong?) on the tarball: every entry's types resolve under node10
//      (`moduleResolution: node`, through `typesVersions`), node16 and bundler; the package is
//      ESM only, so the one rule ignored is `require()` from CommonJS (README, "Package checks");
//   3. strict tsc on tests/package/*.ts(x) against the unpacked package, under the three module
//      resolutions: a types-only import types the tags, every entry has types, `loadwise/jsx`
//      types the four tags' props and events in React's JSX (and refuses wrong ones);
//   4. plain Node imports `loadwise/core` and `loadwise` from the unpacked package: one core,
//      one `ContentError`.
// Exits 1 at the first failure, with its output.
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const bin = (name) => join(repo, 'node_modules', '.bin', name);

function run(label, cmd, args, options = {}) {
  try {
    const out = execFileSync(cmd, args, { cwd: repo, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
    console.log(`ok  ${label}`);
    return out;
  } catch (error) {
    console.error(`lint:package: ${label} failed:\n${error.stdout ?? ''}${error.stderr ?? ''}`);
    process.exit(1);
  }
}

if (!existsSync(join(repo, 'dist', 'lib', 'index.js')) || !existsSync(join(repo, 'dist', 'lib', 'jsx.d.ts'))) {
  console.error('lint:package: dist/ is missing or old: run npm run build first.');
  process.exit(1);
}

const tmp = mkdtempSync(join(tmpdir(), 'loadwise-lint-'));
try {
  const packed = run('npm pack', 'npm', ['pack', '--ignore-scripts', '--json', '--pack-destination', tmp]);
  const tarball = join(tmp, JSON.parse(packed)[0].filename);

  run('publint --strict', bin('publint'), ['run', tarball, '--strict']);
  // Every resolution attw knows (node10, node16 from CJS and ESM, bundler), but for one rule: the
  // package is ESM only, so `require()` of it from CommonJS is reported (cjs-resolves-to-esm).
  // The `content/*` pattern is not expanded by attw: tests/package/entries.ts imports one.
  run('attw (all resolutions, ESM only)', bin('attw'), [tarball, '--ignore-rules', 'cjs-resolves-to-esm', '--format', 'table-flipped', '--no-emoji', '--no-color']);

  // The package where an app has it; lit, zod and @types/react resolve from this repo's
  // node_modules, folders up.
  const app = join(repo, 'build', 'package-check');
  rmSync(app, { recursive: true, force: true });
  const pkg = join(app, 'node_modules', 'loadwise');
  mkdirSync(pkg, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkg, '--strip-components=1']);
  writeFileSync(join(app, 'package.json'), '{ "name": "loadwise-package-check", "private": true, "type": "module" }\n');
  const fixtures = readdirSync(join(repo, 'tests', 'package')).filter((f) => /\.tsx?$/.test(f));
  for (const f of fixtures) cpSync(join(repo, 'tests', 'package', f), join(app, f));

  const common = {
    strict: true,
    noEmit: true,
    // Our .d.ts files come from checked sources, and attw checks their imports; zod's own
    // declarations do not pass a node10 check without allowSyntheticDefaultImports.
    skipLibCheck: true,
    jsx: 'react-jsx',
    lib: ['ES2022', 'DOM', 'DOM.Iterable'],
    target: 'ES2022',
    types: [],
    typeRoots: [],
  };
  const resolutions = {
    bundler: { module: 'ESNext', moduleResolution: 'bundler' },
    node16: { module: 'Node16', moduleResolution: 'node16' },
    node10: { module: 'ESNext', moduleResolution: 'node' },
  };
  // tags.ts on its own: the tag map is global, so in one program with the other fixtures
  // (which import the elements' entries) it would hold whatever tags.ts imports.
  const programs = { tags: ['tags.ts'], entries: fixtures.filter((f) => f !== 'tags.ts') };
  for (const [name, options] of Object.entries(resolutions)) {
    for (const [program, files] of Object.entries(programs)) {
      const config = `tsconfig.${program}.${name}.json`;
      writeFileSync(join(app, config), `${JSON.stringify({ compilerOptions: { ...common, ...options }, files }, null, 2)}\n`);
      run(`tsc ${files.join(' ')}, moduleResolution ${name}`, process.execPath, [join(repo, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', config], { cwd: app });
    }
  }

  const identity = [
    "const core = await import('loadwise/core');",
    "const all = await import('loadwise');",
    "if (core.ContentError !== all.ContentError) throw new Error('loadwise/core and loadwise hold two ContentError classes');",
    "const error = core.safeParseContent({}).error;",
    "if (!(error instanceof all.ContentError)) throw new Error('a ContentError from loadwise/core is no instance of loadwise\\'s');",
    "if (core.assess({ activity: 'running', jointProblem: 'current' }).verdict !== 'see-professional') throw new Error('assess');",
  ].join('\n');
  run('plain Node: loadwise/core and loadwise share one core', process.execPath, ['--input-type=module', '-e', identity], { cwd: app });
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
