/**
 * What the production bundles leave out: development warnings, Lit's development build, and zod
 * in the eagerly loaded files (the content validator is a lazy chunk).
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
    const lazy = [...code.matchAll(/import\("(\.\/chunks\/[^"]+)"\)/g)].map((m) => m[1]!);
    expect(lazy.length).to.equal(1);
    expect(code).to.not.include('jitless');
    const chunk = await get(`/dist/${lazy[0]!.slice(2)}`);
    expect(chunk).to.include('jitless');
  });

  it('the IIFE defines no global but carries everything inline, except the other languages\' packs', async () => {
    const code = await get('/dist/loadwise.iife.js');
    expect(code).to.match(/^\s*!?\(?function|^\s*\(\(\)=>|^\s*!function/);
    // One import(): the language pack loader's, of a URL beside the script (tests/embed/locales.test.ts).
    expect(code.match(/\bimport\(/g)).to.have.length(1);
    expect(code).to.match(/new URL\(`\.\/locales\/\$\{\w+\}\.js`/);
    expect(code).to.include('jitless');
  });
});
