// npm run docs: write the README's API tables from the Custom Elements Manifest
// (custom-elements.json, made by `npm run analyze` from the elements' JSDoc). Everything between
// `<!-- api:start -->` and `<!-- api:end -->` in README.md is replaced, and everything between
// `<!-- theming:start -->` and `<!-- theming:end -->` in docs/theming.md (the custom properties
// and the parts of every element).
// With --check (npm run docs:check) it writes nothing, and exits 1 when a file would change.
import { readFileSync, writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const manifestUrl = new URL('../custom-elements.json', import.meta.url);

const args = process.argv.slice(2);
const unknown = args.filter((a) => a !== '--check');
if (unknown.length > 0) fail(`unknown argument ${unknown.join(' ')} (the only option is --check)`);
const check = args.includes('--check');

function fail(message) {
  console.error(`api-docs: ${message}`);
  process.exit(1);
}

function readText(url, hint) {
  try {
    return readFileSync(url, 'utf8');
  } catch (error) {
    if (error.code === 'ENOENT') fail(`${decodeURIComponent(url.pathname)} not found. ${hint}`);
    throw error;
  }
}

// ---- Markdown helpers -------------------------------------------------------------------------

/** Text for a table cell: one line, `|` escaped. */
function cell(value) {
  if (value === undefined || value === null) return '';
  return String(value).replace(/\s*\n\s*/g, ' ').trim().replace(/\|/g, '\\|');
}

/** A code span for a table cell (GFM unescapes `\|` inside code spans in tables too). */
function code(value) {
  const text = String(value ?? '').replace(/\s*\n\s*/g, ' ').trim();
  if (text === '') return '';
  const longestRun = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  const pad = text.startsWith('`') || text.endsWith('`') ? ' ' : '';
  return `${fence}${pad}${text}${pad}${fence}`.replace(/\|/g, '\\|');
}

function table(title, head, rows) {
  if (rows.length === 0) return [];
  return [
    `**${title}**`,
    '',
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.join(' | ')} |`),
    '',
  ];
}

/** Drop the columns (by index) that are empty in every row. */
function withoutEmptyColumns(head, rows, optional) {
  const drop = optional.filter((i) => rows.every((row) => row[i] === ''));
  const keep = (_, i) => !drop.includes(i);
  return [head.filter(keep), rows.map((row) => row.filter(keep))];
}

// ---- One element ------------------------------------------------------------------------------

const typeText = (item) => item?.type?.text ?? '';

/**
 * An event's class and detail type from its `@fires {Type}`: `CustomEvent<X>` gives detail X;
 * a named event class (`LoadwiseCompleteEvent`) is shown as the class; any other type is taken
 * as the detail itself. Plain `Event` and `CustomEvent` give neither.
 */
function eventTypes(event) {
  const text = typeText(event).trim();
  const custom = /^CustomEvent\s*<([\s\S]*)>$/.exec(text);
  if (custom) return { eventClass: '', detail: custom[1].trim() };
  if (text === '' || text === 'Event' || text === 'CustomEvent') return { eventClass: '', detail: '' };
  if (/^[\w$.]+Event(<[\s\S]*>)?$/.test(text)) return { eventClass: text, detail: '' };
  return { eventClass: '', detail: text };
}

function isPublic(member) {
  return member.privacy !== 'private' && member.privacy !== 'protected' && !member.name.startsWith('_') && !member.name.startsWith('#');
}

function elementSection(element) {
  const lines = [`### \`${element.tagName}\``, ''];
  const summary = (element.summary || element.description || '').trim();
  if (summary) lines.push(summary, '');

  const members = element.members ?? [];
  const fields = members.filter((m) => m.kind === 'field' && !m.static && isPublic(m));
  const fieldByName = new Map(fields.map((f) => [f.name, f]));

  const attributes = (element.attributes ?? [])
    .filter((a) => a.name)
    .map((a) => {
      const field = a.fieldName ? fieldByName.get(a.fieldName) : undefined;
      return [
        code(a.name),
        code(a.fieldName ?? ''),
        code(typeText(a) || typeText(field)),
        code(a.default ?? field?.default ?? ''),
        cell(a.description || field?.description || ''),
      ];
    });
  const attributeFields = new Set((element.attributes ?? []).map((a) => a.fieldName).filter(Boolean));
  lines.push(...table('Attributes', ['attribute', 'property', 'type', 'default', 'description'], attributes));

  const properties = fields
    .filter((f) => !attributeFields.has(f.name) && !f.attribute)
    .map((f) => [code(f.name), code(typeText(f)), code(f.default ?? ''), f.readonly ? 'yes' : '', cell(f.description)]);
  lines.push(...table('Properties', ['property', 'type', 'default', 'read-only?', 'description'], properties));

  const named = (element.events ?? []).filter((e) => e.name);
  for (const e of element.events ?? []) {
    // `this.dispatchEvent(new SomeEvent(…))` gives an event with a type but no name.
    if (!e.name && !named.some((n) => typeText(n) === typeText(e))) {
      console.warn(`api-docs: <${element.tagName}> dispatches a ${typeText(e) || 'nameless event'} with no documented name: add a @fires line for it.`);
    }
  }
  const events = named.map((e) => {
    const { eventClass, detail } = eventTypes(e);
    return [code(e.name), code(eventClass), code(detail), cell(e.description)];
  });
  lines.push(...table('Events', ...withoutEmptyColumns(['event', 'type', 'detail', 'description'], events, [1, 2])));

  const slots = (element.slots ?? []).map((s) => [s.name ? code(s.name) : '(default)', cell(s.description)]);
  lines.push(...table('Slots', ['slot', 'description'], slots));

  const parts = (element.cssParts ?? []).filter((p) => p.name).map((p) => [code(p.name), cell(p.description)]);
  lines.push(...table('CSS parts', ['part', 'description'], parts));

  const cssProps = (element.cssProperties ?? [])
    .filter((p) => p.name)
    .map((p) => [code(p.name), code(p.default ?? ''), cell(p.description)]);
  lines.push(...table('CSS custom properties', ...withoutEmptyColumns(['property', 'default', 'description'], cssProps, [1])));

  return lines;
}

// ---- Whole section ----------------------------------------------------------------------------

/** The manifest's custom elements, by tag name; two classes with one tag are an error. */
function elementsOf(manifest) {
  const elements = [];
  for (const module of manifest.modules ?? []) {
    for (const declaration of module.declarations ?? []) {
      if (declaration.kind === 'class' && declaration.customElement && declaration.tagName) elements.push(declaration);
    }
  }
  elements.sort((a, b) => (a.tagName < b.tagName ? -1 : a.tagName > b.tagName ? 1 : 0));
  const seen = new Set();
  for (const element of elements) {
    if (seen.has(element.tagName)) fail(`two classes in custom-elements.json have the tag <${element.tagName}>`);
    seen.add(element.tagName);
  }
  return elements;
}

function apiMarkdown(elements) {
  if (elements.length === 0) return '_No custom elements are documented yet._';
  const lines = elements.flatMap((element) => elementSection(element));
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

// ---- Theming summary (docs/theming.md) ---------------------------------------------------------

function themingMarkdown(elements) {
  const properties = new Map();
  for (const element of elements) {
    for (const p of element.cssProperties ?? []) {
      if (!p.name) continue;
      const entry = properties.get(p.name) ?? { description: p.description ?? '', tags: [] };
      entry.tags.push(element.tagName);
      properties.set(p.name, entry);
    }
  }
  const everywhere = (tags) => tags.length === elements.length;
  const rows = [...properties]
    .sort(([a, x], [b, y]) => Number(everywhere(y.tags)) - Number(everywhere(x.tags)) || (a < b ? -1 : 1))
    .map(([name, { description, tags }]) => [code(name), everywhere(tags) ? 'every element' : tags.map(code).join(', '), cell(description)]);
  const parts = elements
    .filter((e) => (e.cssParts ?? []).length > 0)
    .map((e) => [code(e.tagName), e.cssParts.filter((p) => p.name).map((p) => code(p.name)).join(', ')]);
  const lines = [
    ...table('Custom properties', ['property', 'read by', 'description'], rows),
    ...table('Parts', ['element', 'parts (see the tables in the README for what each one is)'], parts),
  ];
  while (lines.at(-1) === '') lines.pop();
  return lines.join('\n');
}

// ---- Writing ----------------------------------------------------------------------------------

const manifestText = readText(manifestUrl, 'Run `npm run analyze` (or `npm run docs`) first.');
let manifest;
try {
  manifest = JSON.parse(manifestText);
} catch (error) {
  fail(`custom-elements.json is not valid JSON: ${error.message}`);
}

/** Replaces what stands between the markers `<!-- name:start -->` and `<!-- name:end -->` of a file. */
function fill(url, name, markdown, where) {
  const START = `<!-- ${name}:start -->`;
  const END = `<!-- ${name}:end -->`;
  const file = relative(fileURLToPath(new URL('..', import.meta.url)), fileURLToPath(url));
  const text = readText(url, '');
  const start = text.indexOf(START);
  const end = text.indexOf(END);
  if (start === -1 || end === -1) {
    fail(`${file} has no ${START} … ${END} markers. Add both, on lines of their own, where the ${where} belong.`);
  }
  if (end < start || text.indexOf(START, start + 1) !== -1 || text.indexOf(END, end + 1) !== -1) {
    fail(`${file} must have exactly one ${START} followed by one ${END}.`);
  }
  const eol = text.includes('\r\n') ? '\r\n' : '\n';
  const generated = markdown.replace(/\n/g, eol);
  const next = `${text.slice(0, start + START.length)}${eol}${eol}${generated}${eol}${eol}${text.slice(end)}`;
  if (check) {
    if (next !== text) {
      console.error(`${file}: the ${where} are out of date: run npm run docs`);
      return false;
    }
    console.log(`${file}: the ${where} are up to date.`);
  } else if (next !== text) {
    writeFileSync(url, next);
    console.log(`${file}: ${where} updated.`);
  } else {
    console.log(`${file}: ${where} already up to date.`);
  }
  return true;
}

const elements = elementsOf(manifest);
const fresh = [
  fill(new URL('../README.md', import.meta.url), 'api', apiMarkdown(elements), 'API tables'),
  fill(new URL('../docs/theming.md', import.meta.url), 'theming', themingMarkdown(elements), 'theming tables'),
];
if (!fresh.every(Boolean)) process.exit(1);
