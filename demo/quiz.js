// Lists the Loadwise events the page receives, as a host's analytics would see them.
const list = document.getElementById('events');
for (const type of ['loadwise-answer', 'loadwise-complete', 'loadwise-cta']) {
  document.addEventListener(type, (event) => {
    const item = document.createElement('li');
    item.textContent = `${type} ${JSON.stringify(event.detail)}`;
    list.prepend(item);
  });
}
// The demo's shop and booking links go nowhere: keep the reader on the page.
document.addEventListener('click', (event) => {
  if (event.composedPath().some((node) => node instanceof Element && node.matches('a[part~="cta"]'))) event.preventDefault();
});
