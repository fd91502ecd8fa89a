// The gym demo's booking links go nowhere: keep the reader on the page (the loadwise-cta event still fires).
document.addEventListener('click', (event) => {
  const link = event.composedPath().find((node) => node instanceof HTMLAnchorElement);
  if (link && new URL(link.href).hostname.endsWith('.example')) event.preventDefault();
});
