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

  it('keeps zod out of dist/loadwise.js: the validator, the quiz\'s result and the claims\' details are lazy chunks', async () => {
    const code = await get('/dist/loadwise.js');
    // Three lazy chunks: the validator (a pack to validate, the debug notice's strings), the
    // quiz's result below its heading, and the English claims' details (DESIGN §4).
    const lazy = [...new Set([...code.matchAll(/import\("(\.\/chunks\/[^"]+)"\)/g)].map((m) => m[1]!))].sort();
    expect(lazy.map((path) => path.replace(/-[\w-]{8}\.js$/, ''))).to.deep.equal(['./chunks/en.claim-details', './chunks/quiz.result', './chunks/validate']);
    expect(code).to.not.include('jitless');
    const validator = await get(`/dist/${lazy.find((path) => path.includes('validate'))!.slice(2)}`);
    expect(validator).to.include('jitless');
  });

  it('dist/core.js carries the rules and the English pack; its validator (zod) is its own chunk', async () => {
    const code = await get('/dist/core.js');
    const chunks = [...new Set([...code.matchAll(/from"(\.\/chunks\/[^"]+)"/g)].map((m) => m[1]!))].sort();
    expect(chunks.map((path) => path.replace(/-[\w-]{8}\.js$/, ''))).to.deep.equal(['./chunks/core-rules', './chunks/core-validate']);
    expect(await get(`/dist/${chunks[1]!.slice(2)}`)).to.include('jitless');
    expect(await get(`/dist/${chunks[0]!.slice(2)}`)).to.not.include('jitless');
  });

  it('the IIFE defines no global and carries everything inline but the validator and the other languages\' packs, which it loads from beside itself', async () => {
    const code = (await get('/dist/loadwise.iife.js')).replace(/^\/\*![^*]*\*\/\n/, '');
    expect(/^\s*!?\(?function|^\s*\(\(\)=>|^\s*!function/.test(code), 'one function expression').to.equal(true);
    // The language pack loader's import(), and the validator's (twice: a pack, the debug notice).
    expect(code.match(/\bimport\(/g)).to.have.length(3);
    expect(code).to.match(/new URL\(`\.\/locales\/\$\{\w+\}\.js`/);
    expect(code.match(/import\(new URL\("\.\/loadwise-validate\.js"/g)).to.have.length(2);
    expect(code).to.not.include('jitless');
    const validator = await get('/dist/loadwise-validate.js');
    expect(validator).to.include('jitless');
    expect(validator).to.not.match(/\bfrom"/);
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
