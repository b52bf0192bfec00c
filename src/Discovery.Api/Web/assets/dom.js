// Builds DOM nodes. Strings always become text nodes, never markup: what a BMC reports is shown as it is, and a
// hostile value (a host name with <script>) stays text.

/** h('a', { href: '#/x', class: 'c' }, 'text', child, ...) */
export function h(tag, attributes, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.slice(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  append(element, children);
  return element;
}

/** Same for SVG elements (charts). */
export function svg(tag, attributes, ...children) {
  const element = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value !== undefined && value !== null && value !== false) element.setAttribute(name, String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === undefined || child === null || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** A value for a table cell: empty values show as an en dash so a blank never reads as a rendering bug. */
export function text(value) {
  return value === undefined || value === null || value === '' ? '–' : String(value);
}

/** A timestamp in the reader's locale, with the ISO form as its tooltip. */
export function time(value) {
  if (!value) return h('span', {}, '–');
  const date = new Date(value);
  return h('time', { datetime: value, title: value }, Number.isNaN(date.getTime()) ? value : date.toLocaleString());
}

/** Natural order for names like x1000c0s2b0n0 and x1000c0s10b0n0: runs of digits compare as numbers. */
export const naturalCompare = new Intl.Collator('en', { numeric: true, sensitivity: 'base' }).compare;
