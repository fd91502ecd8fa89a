/**
 * What the production bundles leave out: development warnings, Lit's development build, and zod
 * in the eagerly loaded files (the content validator is a lazy chunk). What they carry for a CDN:
 * a version banner, and their hashes in dist/integrity.json (Subresource Integrity).
 */
import { expect } from '@open-wc/testing';

const get = async (path: string) => {
  const response = await fetch(path);
  expect(response.ok, path).to.equal(true);
  return response.text();
};

describe('production bundles', () => {
  for (const file of ['/dist/loadwise.js', '/dist/loadwise.iife.js', '/dist/loadwise-provider.js']) {
    it(`${file} has no development warnings and no Lit development build`, async () => {
      const code = await get(file);
      expect(code).to.not.include('is read-only: it is the group');
      expect(code).to.not.include('Lit is in dev mode');
      expect(code).to.include('loadwise-provider');
    });
  }

  it('keeps zod out of dist/loadwise.js: the validator is a lazy chunk', async () => {
    const code = await get('/dist/loadwise.js');
    // One lazy chunk, imported for a pack to validate and for the debug notice's strings.
    const lazy = [...new Set([...code.matchAll(/import\("(\.\/chunks\/[^"]+)"\)/g)].map((m) => m[1]!))];
    expect(lazy.length).to.equal(1);
    expect(code).to.not.include('jitless');
    const chunk = await get(`/dist/${lazy[0]!.slice(2)}`);
    expect(chunk).to.include('jitless');
  });

  it('the IIFE defines no global but carries everything inline, except the other languages\' packs', async () => {
    const code = (await get('/dist/loadwise.iife.js')).replace(/^\/\*![^*]*\*\/\n/, '');
    expect(/^\s*!?\(?function|^\s*\(\(\)=>|^\s*!function/.test(code), 'one function expression').to.equal(true);
    // One import(): the language pack loader's, of a URL beside the script (tests/embed/locales.test.ts).
    expect(code.match(/\bimport\(/g)).to.have.length(1);
    expect(code).to.match(/new URL\(`\.\/locales\/\$\{\w+\}\.js`/);
    expect(code).to.include('jitless');
  });

  it('every bundle and chunk starts with the version banner, and dist/integrity.json has the sha384 of every file', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as { version: string; algorithm: string; files: Record<string, string> };
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(integrity.version).to.equal(version);
    expect(integrity.algorithm).to.equal('sha384');
    const bundles = Object.keys(integrity.files).filter((f) => !f.startsWith('lib/') && f.endsWith('.js'));
    expect(bundles).to.include.members(['loadwise.js', 'loadwise.iife.js', 'core.js', 'loadwise-quiz.js']);
    expect(Object.keys(integrity.files)).to.include.members(['lib/index.js', 'lib/index.d.ts']);
    for (const file of bundles) {
      const bytes = await (await fetch(`/dist/${file}`)).arrayBuffer();
      const text = new TextDecoder().decode(bytes);
      expect(text.startsWith(`/*! Loadwise ${version} | MIT */\n`), `${file} starts with the banner`).to.equal(true);
      const hash = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest('SHA-384', bytes))));
      expect(integrity.files[file], file).to.equal(`sha384-${hash}`);
    }
  });
});
