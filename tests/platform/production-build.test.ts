/**
 * How dist/ is laid out (the loader, the element entries, the suite, lazy chunks), and what the production bundles leave out: development warnings, Lit's development build, and zod
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
  for (const file of ['/dist/loadwise-suite.js', '/dist/loadwise-quiz.js', '/dist/loadwise-provider.js']) {
    it(`${file} has no development warnings and no Lit development build`, async () => {
      const code = await get(file);
      expect(code).to.not.include('is read-only: it is the group');
      expect(code).to.not.include('Lit is in dev mode');
      expect(code).to.match(/loadwise-(provider|quiz)/);
    });
  }

  it('dist/loadwise.js is a small loader: it imports each element\'s entry, shares no chunk with them, and exports nothing', async () => {
    const code = await get('/dist/loadwise.js');
    expect(code.length, 'a few KB at most').to.be.below(4096);
    // No static import (no chunk to wait for before it runs) and no export.
    expect(code).to.not.match(/(^|[;}])\s*(import|export)\s*[{*"\w]/m);
    const entries = [...code.matchAll(/import\("\.\/(loadwise-[\w-]+\.js)"\)/g)].map((m) => m[1]!).sort();
    expect(entries).to.deep.equal(['loadwise-alternatives.js', 'loadwise-pros-cons.js', 'loadwise-provider.js', 'loadwise-quiz.js']);
    expect(code).to.not.include('jitless');
    expect(code).to.not.include('lit-html');
    // What the build wrote into it: the chunks to prefetch, and the suite for a page with all three.
    const built = JSON.parse(/'(\{"later".*?\})'/.exec(code)![1]!) as { later: Record<string, string[]>; suite: { file: string; later: string[] } };
    expect(Object.keys(built.later).sort()).to.deep.equal(['loadwise-alternatives', 'loadwise-pros-cons', 'loadwise-quiz']);
    expect(built.later['loadwise-alternatives']![0]).to.match(/^\.\/chunks\/alternatives\.next-[\w-]{8}\.js$/);
    expect(built.later['loadwise-quiz']![0]).to.match(/^\.\/chunks\/quiz\.result-[\w-]{8}\.js$/);
    expect(built.later['loadwise-pros-cons']![0]).to.match(/^\.\/chunks\/en\.claim-details-[\w-]{8}\.js$/);
    expect(built.suite.file).to.equal('./loadwise-suite.js');
    for (const path of [...Object.values(built.later).flat(), ...built.suite.later]) expect((await fetch(`/dist/${path.slice(2)}`)).ok, path).to.equal(true);
  });

  it('keeps zod out of the element entries: the validator, the quiz\'s result and the claims\' details are lazy chunks', async () => {
    const base = await get('/dist/loadwise-quiz.js');
    const shared = /from"\.\/(chunks\/loadwise-element-[\w-]{8}\.js)"/.exec(base)![1]!;
    const code = await get(`/dist/${shared}`);
    const lazy = [...new Set([...code.matchAll(/import\("(\.\.?\/[^"]+)"\)/g)].map((m) => m[1]!))].sort();
    expect(lazy.map((path) => path.replace(/-[\w-]{8}\.js$/, ''))).to.deep.equal([
      '../locales/ar.js',
      '../locales/de.js',
      '../locales/es.js',
      '../locales/fr.js',
      './en.claim-details',
      './en.claims',
      './page',
      './validate',
    ]);
    expect(code).to.not.include('jitless');
    expect(await get('/dist/loadwise-quiz.js')).to.match(/import\("\.\/chunks\/quiz\.result-[\w-]{8}\.js"\)/);
    const validator = await get(`/dist/chunks/${lazy.find((path) => path.includes('validate'))!.slice(2)}`);
    expect(validator).to.include('jitless');
  });

  it('the other languages\' packs are lazy chunks, locales/<lang>.js, that the suite shares', async () => {
    const suite = await get('/dist/loadwise-suite.js');
    expect(suite).to.not.include('jitless');
    expect([...suite.matchAll(/import\("\.\/(locales\/[a-z]+\.js)"\)/g)].map((m) => m[1]!).sort()).to.deep.equal(['locales/ar.js', 'locales/de.js', 'locales/es.js', 'locales/fr.js']);
    for (const lang of ['ar', 'de', 'es', 'fr']) {
      const pack = await get(`/dist/locales/${lang}.js`);
      expect(pack, lang).to.not.match(/\bimport\b/);
      expect(pack, lang).to.match(/export\s*\{/);
    }
  });

  it('dist/core.js carries the rules and the English pack; its validator (zod) is its own chunk', async () => {
    const code = await get('/dist/core.js');
    const chunks = [...new Set([...code.matchAll(/from"(\.\/chunks\/[^"]+)"/g)].map((m) => m[1]!))].sort();
    expect(chunks.map((path) => path.replace(/-[\w-]{8}\.js$/, ''))).to.deep.equal(['./chunks/core-rules', './chunks/core-validate']);
    expect(await get(`/dist/${chunks[1]!.slice(2)}`)).to.include('jitless');
    expect(await get(`/dist/${chunks[0]!.slice(2)}`)).to.not.include('jitless');
  });

  it('the classic script is a few lines that import dist/loadwise.js from beside itself, and define no global', async () => {
    const code = (await get('/dist/loadwise.iife.js')).replace(/^\/\*![^*]*\*\/\n/, '');
    expect(/^\s*!?\(?function|^\s*\(\(\)=>|^\s*!function/.test(code), 'one function expression').to.equal(true);
    expect(code.length).to.be.below(1024);
    expect(code.match(/\bimport\(/g)).to.have.length(1);
    expect(code).to.include('new URL("./loadwise.js"');
    expect(code).to.include('document.currentScript');
  });

  it('every bundle and chunk starts with the version banner, and dist/integrity.json has the sha384 of every file', async () => {
    const integrity = (await (await fetch('/dist/integrity.json')).json()) as { version: string; algorithm: string; files: Record<string, string> };
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    expect(integrity.version).to.equal(version);
    expect(integrity.algorithm).to.equal('sha384');
    const bundles = Object.keys(integrity.files).filter((f) => !f.startsWith('lib/') && f.endsWith('.js'));
    expect(bundles).to.include.members(['loadwise.js', 'loadwise.iife.js', 'loadwise-suite.js', 'core.js', 'loadwise-quiz.js', 'locales/de.js']);
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
