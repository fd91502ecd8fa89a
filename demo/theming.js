// The theming playground: one control per public custom property of the elements' manifest
// (custom-elements.json), set on the stage with CSSOM (no inline style attribute), plus the theme,
// direction and width. The CSS to copy lists only what was changed.
import { el } from './dom.js';

const stage = document.getElementById('stage');
const provider = stage.querySelector('loadwise-provider');
const form = document.getElementById('controls');
const box = document.getElementById('properties');
const cssOut = document.getElementById('css');
const widthOut = document.getElementById('width-value');

/** Ranges for the length properties, in px. */
const LENGTHS = {
  '--loadwise-radius': [0, 24, 1],
  '--loadwise-spacing': [8, 32, 1],
  '--loadwise-font-size': [12, 24, 1],
  '--loadwise-quiz-min-height': [0, 800, 10],
  '--loadwise-alternatives-min-height': [0, 1200, 10],
};
const FONTS = {
  'inherit (the page\u2019s font)': '',
  'Georgia, serif': 'Georgia, "Times New Roman", serif',
  'system-ui, sans-serif': 'system-ui, sans-serif',
  'monospace': 'ui-monospace, Menlo, Consolas, monospace',
};

/** The properties changed so far: name → value. */
const changed = new Map();

/** The public custom properties of the Loadwise elements, once each: the shared ones first. */
async function manifestProperties() {
  const manifest = await (await fetch('../custom-elements.json')).json();
  const seen = new Map();
  for (const mod of manifest.modules) {
    for (const decl of mod.declarations ?? []) {
      if (!decl.tagName?.startsWith('loadwise-')) continue;
      for (const prop of decl.cssProperties ?? []) {
        const entry = seen.get(prop.name) ?? { name: prop.name, description: prop.description ?? '', count: 0 };
        entry.count += 1;
        seen.set(prop.name, entry);
      }
    }
  }
  return [...seen.values()].sort((a, b) => b.count - a.count);
}

function control({ name, description }) {
  const id = `prop${name.replace(/^-+/, '-')}`;
  const row = el('div', { className: 'property' });
  const label = el('label', { htmlFor: id }, el('code', {}, name));
  const hex = /#[0-9a-f]{6}\b/i.exec(description)?.[0];
  let input;
  let value = () => input.value;
  if (name === '--loadwise-font') {
    input = el('select', { id }, ...Object.entries(FONTS).map(([text, v]) => el('option', { value: v }, text)));
  } else if (hex) {
    input = el('input', { id, type: 'color', defaultValue: hex });
  } else if (LENGTHS[name]) {
    const [min, max, step] = LENGTHS[name];
    const initial = /(\d+)px/.exec(description)?.[1] ?? String(min);
    input = el('input', { id, type: 'range', min, max, step, defaultValue: initial });
    const out = el('output', { htmlFor: id }, `${initial}px`);
    input.addEventListener('input', () => (out.textContent = `${input.value}px`));
    value = () => `${input.value}px`;
    row.append(label, out, input);
  } else {
    input = el('input', { id, type: 'text' });
  }
  if (!row.contains(input)) row.append(label, input);
  input.setAttribute('aria-describedby', `${id}-desc`);
  row.append(el('p', { className: 'hint', id: `${id}-desc` }, description));
  input.addEventListener('input', () => set(name, value()));
  input.addEventListener('change', () => set(name, value()));
  return row;
}

function set(name, value) {
  if (value === '') {
    changed.delete(name);
    stage.style.removeProperty(name);
  } else {
    changed.set(name, value);
    stage.style.setProperty(name, value);
  }
  printCss();
}

function printCss() {
  const theme = form.elements.theme.value;
  const dir = form.elements.dir.value;
  const scheme = form.elements.scheme.value;
  const lines = ['/* On the widgets, a <loadwise-provider>, or any ancestor: */', '.your-widgets {'];
  for (const [name, value] of changed) lines.push(`  ${name}: ${value};`);
  if (changed.size === 0) lines.push('  /* nothing changed yet */');
  lines.push('}');
  const attributes = [theme !== 'auto' ? `theme="${theme}"` : '', dir !== 'ltr' ? `dir="${dir}" (on an ancestor)` : ''].filter(Boolean);
  if (attributes.length) lines.push('', `/* and: ${attributes.join(', ')} */`);
  if (scheme) lines.push('', `/* your page: */`, `:root { color-scheme: ${scheme}; }`);
  cssOut.textContent = lines.join('\n');
}

form.addEventListener('change', (event) => {
  const { name, value } = event.target;
  if (name === 'theme') provider.setAttribute('theme', value);
  if (name === 'dir') stage.dir = value;
  // The stage stands for the page around the widgets: theme="auto" follows its color-scheme.
  if (name === 'scheme') stage.style.colorScheme = value;
  printCss();
});
form.elements.width.addEventListener('input', (event) => {
  const px = Number(event.target.value);
  stage.style.setProperty('inline-size', `${px}px`);
  widthOut.textContent = `${px}px`;
});
document.getElementById('reset').addEventListener('click', () => {
  form.reset();
  for (const out of box.querySelectorAll('output')) out.textContent = `${document.getElementById(out.htmlFor.value).value}px`;
  for (const name of changed.keys()) stage.style.removeProperty(name);
  changed.clear();
  stage.style.removeProperty('inline-size');
  stage.style.removeProperty('color-scheme');
  stage.dir = 'ltr';
  provider.setAttribute('theme', 'auto');
  widthOut.textContent = 'full';
  printCss();
});

const properties = await manifestProperties();
document.getElementById('properties-hint').remove();
box.append(...properties.map(control));
printCss();
