// npm test (scripts/build.js --test): a Vite production build of an app that uses the package as
// `loadwise` (tests/vite/: `<html lang="de">`, `import 'loadwise/define'`), into build/vite/, for
// tests/platform/vite-build.test.ts. The app resolves `loadwise` through
// build/vite-app/node_modules/loadwise, a link to this package, so that Vite reads its
// package.json exports (dist/lib) as it would from npm.
import { cpSync, mkdirSync, rmSync, symlinkSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';

const repo = fileURLToPath(new URL('..', import.meta.url));
const app = fileURLToPath(new URL('../build/vite-app/', import.meta.url));
const out = fileURLToPath(new URL('../build/vite/', import.meta.url));

export async function buildViteApp() {
  rmSync(app, { recursive: true, force: true });
  mkdirSync(`${app}node_modules`, { recursive: true });
  cpSync(fileURLToPath(new URL('../tests/vite/', import.meta.url)), app, { recursive: true });
  symlinkSync(repo, `${app}node_modules/loadwise`, 'dir');
  await build({
    root: app,
    // Served by the test server under /build/vite/.
    base: '/build/vite/',
    configFile: false,
    logLevel: 'error',
    build: { outDir: out, emptyOutDir: true },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await buildViteApp();
