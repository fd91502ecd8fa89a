// The retailer demo: analytics as a host would wire it, and links that keep the reader on the page.
const list = document.getElementById('events');
const empty = document.getElementById('no-events');

// Every Loadwise event, pushed to the data layer (Google Tag Manager reads `window.dataLayer`).
// The fields are named one by one: the data layer gets exactly what each event documents, which is
// never an answer nor anything derived from one.
const FIELDS = {
  'loadwise-answer': ['questionId', 'step', 'total'],
  'loadwise-complete': ['verdict', 'activity', 'hasPlan'],
  'loadwise-select': ['alternativeId'],
  'loadwise-cta': ['ctaId', 'href', 'context'],
};
window.dataLayer = window.dataLayer || [];
for (const [type, fields] of Object.entries(FIELDS)) {
  document.addEventListener(type, (event) => {
    const entry = { event: type };
    for (const field of fields) entry[field] = event.detail[field];
    window.dataLayer.push(entry);
    const item = document.createElement('li');
    item.textContent = `dataLayer.push(${JSON.stringify(entry)})`;
    list.prepend(item);
    empty.hidden = true;
  });
}

// The demo's shop links go nowhere: keep the reader on the page (the loadwise-cta event still fires).
document.addEventListener('click', (event) => {
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
  if (link && new URL(link.href).hostname.endsWith('.example')) event.preventDefault();
});

document.getElementById('add').addEventListener('click', () => {
  const size = document.querySelector('input[name="size"]:checked').value;
  document.getElementById('basket').textContent = `Added a pair of ${size} kg cuffs to your basket (a demo: nothing is bought).`;
});
