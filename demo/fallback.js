// Prints the <loadwise-pros-cons> snippet with its light-DOM fallback, from the English pack.
// The fallback markup comes from prosConsFallback() (text escaped there); the preview parses it
// with DOMParser, it is never assigned to innerHTML.
import { defaultContent as content } from '../dist/core.js';
import { prosConsFallback } from '../dist/lib/elements/pros-cons/pros-cons.fallback.js';

const form = document.getElementById('options');
const box = document.getElementById('claims');
for (const kind of ['benefit', 'risk']) {
  for (const claim of content.claims.filter((c) => c.kind === kind)) {
    const label = document.createElement('label');
    const input = Object.assign(document.createElement('input'), { type: 'checkbox', name: 'claim', value: claim.id });
    label.append(input, ` ${kind === 'benefit' ? 'Benefit' : 'Risk'}: ${claim.title} (${claim.id})`);
    box.append(label);
  }
}

function print() {
  const data = new FormData(form);
  const ids = data.getAll('claim').map(String);
  const faq = data.has('faq');
  const fallback = prosConsFallback(content, { ...(ids.length ? { claims: ids } : {}), faq });
  const attributes = `${ids.length ? ` claims="${ids.join(',')}"` : ''}${faq ? '' : ' faq="off"'}`;
  const inner = fallback.split('\n').map((line) => `  ${line}`).join('\n');
  document.getElementById('snippet').value =
    `<script type="module" src="https://cdn.example/loadwise@0.1/dist/loadwise.js"></script>\n` +
    `<loadwise-pros-cons${attributes}>\n${inner}\n</loadwise-pros-cons>`;
  const doc = new DOMParser().parseFromString(fallback, 'text/html');
  document.getElementById('preview').replaceChildren(...[...doc.body.childNodes].map((n) => document.importNode(n, true)));
}

form.addEventListener('change', print);
print();
