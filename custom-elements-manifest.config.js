// Custom Elements Manifest analyzer config (`npm run analyze`): writes ./custom-elements.json,
// which scripts/api-docs.js turns into the README's API tables (`npm run docs`).
//
// The element classes live in src/elements/<name>/<name>.component.ts and carry their docs as
// JSDoc: `@tag`, `@summary`, `@fires`, `@slot`, `@csspart`, `@cssprop`, plus Lit `@property()`
// fields with a one-line JSDoc each. The analyzer (0.11.0) reads `@tag loadwise-x` itself and sets
// `tagName` and `customElement: true`, so no `@customElement` decorator or define call is needed.

/**
 * Lit's `@state()` fields are internal reactive state, never public API. The analyzer lists them
 * as ordinary fields (public unless written `private`/`protected`), so mark them private here.
 */
function litStateIsPrivate() {
  return {
    name: 'loadwise-lit-state-is-private',
    analyzePhase({ ts, node, moduleDoc }) {
      if (!ts.isClassDeclaration(node) || !node.name) return;
      const classDoc = moduleDoc?.declarations?.find(
        (d) => d.kind === 'class' && d.name === node.name.getText(),
      );
      if (!classDoc) return;
      for (const member of node.members) {
        const isState = ts
          .getDecorators?.(member)
          ?.some((d) => ts.isCallExpression(d.expression) && d.expression.expression.getText() === 'state');
        if (!isState || !member.name) continue;
        const field = classDoc.members?.find((m) => m.name === member.name.getText() && !m.static);
        if (field) field.privacy = 'private';
      }
    },
  };
}

/**
 * Lit observes a `@property()` as the attribute named by the property lower-cased (`weightUnit`
 * → `weightunit`) unless `attribute: 'name'` is given; the analyzer keeps the camelCase name.
 * Lower-case the attribute names it derived, so the docs show what Lit really observes.
 */
function litDefaultAttributeNames() {
  return {
    name: 'loadwise-lit-default-attribute-names',
    moduleLinkPhase({ moduleDoc }) {
      for (const classDoc of moduleDoc?.declarations ?? []) {
        if (classDoc.kind !== 'class') continue;
        for (const attr of classDoc.attributes ?? []) {
          // Derived from a field without an explicit name: the attribute is named like its field.
          if (!attr.fieldName || attr.name !== attr.fieldName) continue;
          const lower = attr.name.toLowerCase();
          if (lower === attr.name) continue;
          const field = classDoc.members?.find((m) => m.name === attr.fieldName && !m.static);
          if (field && field.attribute === attr.name) field.attribute = lower;
          attr.name = lower;
        }
      }
    },
  };
}

/**
 * The manifest describes the package as shipped: every `path` and `module` points at the compiled
 * module in `dist/lib/` (which ships, with its `.d.ts` beside it), not at `src/` (which does not).
 */
function shippedPaths() {
  const shipped = (value) => value.replace(/^\/?src\/(.+)\.(?:ts|js)$/, 'dist/lib/$1.js');
  const walk = (node) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      if ((key === 'path' || key === 'module') && typeof value === 'string') node[key] = shipped(value);
      else walk(value);
    }
  };
  return { name: 'loadwise-shipped-paths', packageLinkPhase: ({ customElementsManifest }) => walk(customElementsManifest) };
}

export default {
  globs: ['src/elements/**/*.component.ts', 'src/base/loadwise-element.ts'],
  exclude: ['tests/**', '**/*.test.ts', '**/*.spec.ts'],
  outdir: '.',
  litelement: true,
  dependencies: false,
  packagejson: false,
  plugins: [litStateIsPrivate(), litDefaultAttributeNames(), shippedPaths()],
};
