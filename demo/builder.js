// The snippet builder. One model (the widget's tag, attributes and fallback) gives both the live
// preview (built with DOM calls) and the snippet (serialised as text), so that the snippet pasted
// into a blank page renders what the preview shows. Text is never assigned to innerHTML: the
// fallback markup is parsed with DOMParser, and prosConsFallback() escapes every text in it.
import { defaultContent as content, GOALS } from '../dist/core.js';
import { prosConsFallback } from '../dist/lib/elements/pros-cons/pros-cons.fallback.js';
import { el } from './dom.js';

const form = document.getElementById('options');
const preview = document.getElementById('preview');
const snippetBox = document.getElementById('snippet');
const notes = document.getElementById('notes');
const rowTemplate = document.getElementById('cta-row');
const ctaList = document.getElementById('ctas');

/** The space each widget's snippet reserves before the script runs (its `:not(:defined)` rule). */
const RESERVE = {
  'loadwise-quiz': '480px',
  'loadwise-pros-cons': '600px',
  'loadwise-alternatives': '640px',
};
const ALLOWED_SCHEMES = ['https:', 'http:', 'mailto:'];

/** dist/integrity.json (written by the build): the version and the sha384 of every file. */
const integrity = await fetch(new URL('../dist/integrity.json', import.meta.url))
  .then((response) => (response.ok ? response.json() : null))
  .catch(() => null);
const version = integrity?.version ?? '0.0.0';

// ---- Option lists from the content pack -------------------------------------------------------

function checkbox(name, value, text) {
  return el('label', {}, el('input', { type: 'checkbox', name, value }), ` ${text}`);
}

for (const kind of ['benefit', 'risk']) {
  for (const claim of content.claims.filter((c) => c.kind === kind)) {
    document.getElementById('claims').append(checkbox('claim', claim.id, `${kind === 'benefit' ? 'Benefit' : 'Risk'}: ${claim.title}`));
  }
}
for (const goal of GOALS) document.getElementById('goals').append(checkbox('goal', goal, content.labels.goals[goal]));

// ---- Links (CTAs) ------------------------------------------------------------------------------

function addCta(values = {}) {
  const row = rowTemplate.content.firstElementChild.cloneNode(true);
  const select = row.querySelector('select[name="alternativeId"]');
  for (const alt of content.alternatives) select.append(el('option', { value: alt.id }, alt.title));
  for (const [name, value] of Object.entries(values)) {
    if (name === 'verdicts') for (const v of value) row.querySelector(`input[name="verdict"][value="${v}"]`).checked = true;
    else row.querySelector(`[name="${name}"]`).value = value;
  }
  row.querySelector('.remove').addEventListener('click', () => {
    row.remove();
    update();
  });
  ctaList.append(row);
  numberRows();
  return row;
}

function numberRows() {
  ctaList.querySelectorAll('.cta').forEach((row, i) => (row.querySelector('legend').textContent = `Link ${i + 1}`));
}

/** A unique id for a CTA, from its label. */
function slug(label, taken) {
  const base = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'link';
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  taken.add(id);
  return id;
}

/** The CTAs of the form for this widget; rows the widget would refuse are left out, and say why. */
function readCtas(tag) {
  const ctas = [];
  const taken = new Set();
  for (const row of ctaList.querySelectorAll('.cta')) {
    const label = row.querySelector('[name="label"]').value.trim();
    const href = row.querySelector('[name="href"]').value.trim();
    const problem = row.querySelector('.problem');
    let scheme = null;
    try {
      scheme = new URL(href).protocol;
    } catch {
      // not an absolute URL
    }
    const why = !label ? 'Left out: it needs a label.' : !ALLOWED_SCHEMES.includes(scheme) ? 'Left out: the URL must start with https:, http: or mailto:.' : '';
    problem.textContent = why;
    problem.hidden = !why;
    if (why) continue;
    const cta = { id: slug(label, taken), label, href };
    const kind = row.querySelector('[name="kind"]').value;
    if (tag === 'loadwise-alternatives') cta.alternativeId = row.querySelector('[name="alternativeId"]').value;
    cta.kind = kind;
    if (tag === 'loadwise-quiz') {
      const verdicts = [...row.querySelectorAll('input[name="verdict"]:checked')].map((input) => input.value);
      if (verdicts.length) cta.verdicts = verdicts;
    }
    ctas.push(cta);
  }
  return ctas;
}

// ---- The model ---------------------------------------------------------------------------------

/** What the form describes: `{ tag, attributes: [[name, value]], fallback }` (value '' = boolean). */
function model() {
  const data = new FormData(form);
  const tag = data.get('widget');
  const attributes = [];
  const text = (name) => String(data.get(name) ?? '').trim();
  if (text('group')) attributes.push(['group', text('group')]);
  if (text('theme')) attributes.push(['theme', text('theme')]);
  if (text('units')) attributes.push(['units', text('units')]);
  if (text('locale')) attributes.push(['locale', text('locale')]);
  if (text('widgetLabel')) attributes.push(['label', text('widgetLabel')]);
  if (text('headingLevel')) attributes.push(['heading-level', text('headingLevel')]);
  if (data.has('persist')) attributes.push(['persist', '']);
  let fallback = null;
  if (tag === 'loadwise-pros-cons') {
    const claims = data.getAll('claim').map(String);
    if (claims.length) attributes.push(['claims', claims.join(',')]);
    if (text('layout')) attributes.push(['layout', text('layout')]);
    if (!data.has('faq')) attributes.push(['faq', 'off']);
    if (data.has('open')) attributes.push(['open', '']);
    if (data.has('fallback')) fallback = prosConsFallback(content, { ...(claims.length ? { claims } : {}), faq: data.has('faq') });
  }
  if (tag === 'loadwise-alternatives') {
    const goals = data.getAll('goal').map(String);
    if (goals.length) attributes.push(['goals', goals.join(' ')]);
  }
  if (tag !== 'loadwise-pros-cons') {
    const ctas = readCtas(tag);
    if (ctas.length) attributes.push(['ctas', JSON.stringify(ctas)]);
  }
  if (tag === 'loadwise-alternatives' && text('disclosure')) attributes.push(['disclosure', text('disclosure')]);
  return { tag, attributes, fallback };
}

function scriptUrl() {
  const file = form.elements.format.value === 'iife' ? 'loadwise.iife.js' : 'loadwise.js';
  const cdn = form.elements.cdn.value;
  const bases = {
    here: new URL('../dist/', import.meta.url).href,
    jsdelivr: `https://cdn.jsdelivr.net/npm/loadwise@${version}/dist/`,
    unpkg: `https://unpkg.com/loadwise@${version}/dist/`,
    custom: form.elements.base.value.trim() || 'https://static.example.com/loadwise/dist/',
  };
  const base = bases[cdn].endsWith('/') ? bases[cdn] : `${bases[cdn]}/`;
  return { file, url: `${base}${file}` };
}

// ---- Snippet (text) and preview (DOM) ----------------------------------------------------------

/** An attribute value for a single-quoted attribute: `&` and `'` escaped. */
const quote = (value) => `'${value.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}'`;

function snippet({ tag, attributes, fallback }) {
  const { file, url } = scriptUrl();
  const hash = integrity?.files?.[file];
  const script = [
    `<script${form.elements.format.value === 'iife' ? ' defer' : ' type="module"'} src="${url}"`,
    hash ? ` integrity="${hash}" crossorigin="anonymous"` : '',
    '></script>',
  ].join('');
  const reserve = fallback
    ? `  ${tag}:not(:defined) { display: block; }`
    : `  ${tag}:not(:defined) { display: block; min-height: ${RESERVE[tag]}; }`;
  const attrs = attributes.map(([name, value]) => (value === '' ? ` ${name}` : ` ${name}=${quote(value)}`)).join('');
  const inner = fallback ? `\n${fallback.split('\n').map((line) => `  ${line}`).join('\n')}\n` : '';
  return [
    `<!-- Loadwise ${version}: once per page, in the site-wide header or footer if you can. -->`,
    script,
    '',
    fallback
      ? '<!-- The fallback inside the element holds its space until the script runs. -->'
      : '<!-- Holds the space until the script runs: the page does not shift.\n     With a strict Content-Security-Policy, put it in your stylesheet. -->',
    '<style>',
    reserve,
    '</style>',
    '',
    `<${tag}${attrs}>${inner}</${tag}>`,
  ].join('\n');
}

function render({ tag, attributes, fallback }) {
  const old = preview.firstElementChild;
  // A fresh start, as on a blank page: the group's answers go with the old preview.
  old?.forgetAnswers?.();
  const widget = document.createElement(tag);
  for (const [name, value] of attributes) widget.setAttribute(name, value);
  if (fallback) {
    const doc = new DOMParser().parseFromString(fallback, 'text/html');
    widget.append(...[...doc.body.childNodes].map((node) => document.importNode(node, true)));
  }
  preview.replaceChildren(widget);
}

function showFor(tag) {
  for (const node of document.querySelectorAll('[data-for]')) node.hidden = !node.dataset.for.split(' ').includes(tag);
  for (const node of document.querySelectorAll('[data-for-cdn]')) node.hidden = form.elements.cdn.value !== node.dataset.forCdn;
}

/** This page is served from this computer: a URL of "this server" works nowhere else. */
const local = location.protocol === 'file:' || /^(localhost|127\.\d+\.\d+\.\d+|\[::1\]|0\.0\.0\.0)$|\.localhost$/.test(location.hostname);
const cdnWarning = document.getElementById('cdn-warning');

function update() {
  const m = model();
  showFor(m.tag);
  render(m);
  snippetBox.value = snippet(m);
  const cdn = form.elements.cdn.value;
  cdnWarning.hidden = !(cdn === 'here' && local);
  cdnWarning.textContent = cdnWarning.hidden
    ? ''
    : `Warning: this URL (${scriptUrl().url}) is on this computer. Pasted into a live page, the widget will not load for anyone else: choose jsDelivr, unpkg or your own copy of dist/.`;
  notes.textContent = [
    integrity ? '' : 'dist/integrity.json was not found: run `npm run build` to get the integrity hash.',
    cdn === 'jsdelivr' || cdn === 'unpkg' ? `This URL works once loadwise@${version} is published to npm.` : '',
    cdn === 'custom' ? 'Serve your copy of dist/ with Access-Control-Allow-Origin, as CDNs do: crossorigin and the integrity check need it.' : '',
    m.tag === 'loadwise-pros-cons' && !m.fallback
      ? `Without the fallback, the explainer's height depends on its width: the ${RESERVE[m.tag]} reserved hold only part of it, and the text below may move when it appears.`
      : '',
    'The integrity hash covers the file in the script tag; the chunks it loads later (the content validator, other languages) are fetched from the same folder.',
  ]
    .filter(Boolean)
    .join(' ');
}

// 'input' fires for text fields, selects, radios and checkboxes alike.
form.addEventListener('input', update);
document.getElementById('add-cta').addEventListener('click', () => {
  addCta().querySelector('[name="label"]').focus();
  update();
});

const status = document.getElementById('copy-status');
document.getElementById('copy').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(snippetBox.value);
    status.textContent = 'Copied.';
  } catch {
    snippetBox.focus();
    snippetBox.select();
    status.textContent = 'Selected: press Ctrl+C (or ⌘C) to copy.';
  }
});

addCta({ label: 'Shop ankle weights', href: 'https://shop.example/ankle-weights', kind: 'commerce', verdicts: ['ready'], alternativeId: 'ankle-weight-walking' });
update();
