/**
 * Trusted Types with no policy allowed for Lit: Lit creates its `lit-html` policy as it loads, the
 * browser refuses it, Lit stops, and no widget renders. This module is evaluated before Lit (every
 * entry reaches it through define.ts, ahead of any element) and turns that refusal into one
 * console error naming Loadwise and the exact `trusted-types` directive the page needs: its own
 * policies, plus Lit's. It only listens: nothing on the page is created or changed.
 */
// Only browsers have `trustedTypes` (not in TypeScript's DOM types yet).
if ('trustedTypes' in globalThis) {
  document.addEventListener('securitypolicyviolation', function refused(event) {
    if (event.sample != 'lit-html') return;
    document.removeEventListener('securitypolicyviolation', refused);
    const own = (/(?:^|;)\s*trusted-types([^;]*)/.exec(event.originalPolicy)?.[1] ?? '').split(' ').filter((name) => name && !/^('none'|lit-html|'allow-duplicates')$/.test(name));
    console.error(`Loadwise cannot render: Trusted Types refused Lit's policy. Content-Security-Policy needs: trusted-types ${[...own, "lit-html 'allow-duplicates'"].join(' ')}`);
  });
}
