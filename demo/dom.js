// The demo tools' one DOM helper: an element with properties (never innerHTML) and children.
export function el(tag, props = {}, ...children) {
  const node = Object.assign(document.createElement(tag), props);
  node.append(...children);
  return node;
}
