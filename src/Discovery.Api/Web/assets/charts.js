// Charts for the fleet page, drawn as SVG with svg() from dom.js: no chart library, nothing fetched. Every chart is a
// <figure> holding the picture (with <title> and <desc> for screen readers) and a table of the same numbers, so
// people, screen readers and tests can read the values as text.
import { h, svg } from './dom.js';

let serial = 0;

// In viewBox units: drawn near 1:1 in a chart card (grid cells of at least 22rem), so 12px text stays legible.
const layout = { rowHeight: 24, labelWidth: 160, width: 420, barSpace: 420 - 160 - 50 };

/** The tone of an outcome (crawl, run, session, node): ok green, partial amber, in progress or unknown grey, failures red. */
export function statusTone(status) {
  if (['ok', 'complete', 'completed'].includes(status)) return 'ok';
  if (['partial', 'cancelled'].includes(status)) return 'warn';
  if (!status || ['unknown', 'pending', 'running'].includes(status)) return 'muted';
  return 'bad';
}

const number = new Intl.NumberFormat('en');

/** A number as people read it: 250000 → "250,000". */
export function count(value) {
  return number.format(value ?? 0);
}

/**
 * Horizontal bars, one per row: rows = [{ label, short?, value, tone?, href? }] (short: the
 * label drawn, when the full one is long). Returns a figure whose table has one row per
 * bar (th = label, td = value).
 */
export function barChart({ id, title, description, rows, valueLabel = 'Count', labelHeading = 'Name' }) {
  const { rowHeight, labelWidth, width, barSpace } = layout;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = Math.max(rowHeight, rows.length * rowHeight) + 8;
  const bars = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    const length = Math.max(row.value > 0 ? 2 : 0, Math.round((row.value / max) * barSpace));
    return svg('g', { class: `bar tone-${row.tone ?? 'accent'}` },
      svg('title', {}, `${row.label}: ${count(row.value)}`),
      svg('text', { x: labelWidth - 8, y: y + rowHeight / 2, class: 'chart-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, clip(row.short ?? row.label, 21)),
      svg('rect', { x: labelWidth, y: y + 3, width: length, height: rowHeight - 6, rx: 2 }),
      svg('text', { x: labelWidth + length + 6, y: y + rowHeight / 2, class: 'chart-value', 'dominant-baseline': 'middle' }, count(row.value)));
  });
  const table = dataTable(title, [labelHeading, valueLabel], rows.map((r) => ({ key: r.label, cells: [r.href ? h('a', { href: r.href }, r.label) : r.label, count(r.value)] })));
  return figure(id, title, description, width, height, bars, table);
}

/**
 * Stacked bars, one per row: rows = [{ label, parts: { key: value } }], keys = [{ key, label, tone }] in stacking order.
 * The table has one row per bar and one column per key, plus the total.
 */
export function stackedChart({ id, title, description, rows, keys, labelHeading = 'Name' }) {
  const { rowHeight, labelWidth, width, barSpace } = layout;
  const totals = rows.map((r) => keys.reduce((sum, k) => sum + (r.parts[k.key] ?? 0), 0));
  const max = Math.max(1, ...totals);
  const height = Math.max(rowHeight, rows.length * rowHeight) + 8;
  const bars = rows.map((row, i) => {
    const y = 4 + i * rowHeight;
    let x = labelWidth;
    const segments = keys.filter((k) => (row.parts[k.key] ?? 0) > 0).map((k) => {
      const value = row.parts[k.key];
      const length = Math.max(2, Math.round((value / max) * barSpace));
      const rect = svg('rect', { x, y: y + 3, width: length, height: rowHeight - 6, class: `tone-${k.tone}` },
        svg('title', {}, `${row.label}, ${k.label}: ${count(value)}`));
      x += length;
      return rect;
    });
    return svg('g', { class: 'bar' },
      svg('text', { x: labelWidth - 8, y: y + rowHeight / 2, class: 'chart-label', 'text-anchor': 'end', 'dominant-baseline': 'middle' }, clip(row.short ?? row.label, 21)),
      segments,
      svg('text', { x: x + 6, y: y + rowHeight / 2, class: 'chart-value', 'dominant-baseline': 'middle' }, count(totals[i])));
  });
  const legend = h('ul', { class: 'legend' }, keys.map((k) => h('li', {}, h('span', { class: `swatch tone-${k.tone}`, 'aria-hidden': 'true' }), k.label)));
  const table = dataTable(title, [labelHeading, ...keys.map((k) => k.label), 'Total'],
    rows.map((r, i) => ({ key: r.label, cells: [r.href ? h('a', { href: r.href }, r.label) : r.label, ...keys.map((k) => count(r.parts[k.key] ?? 0)), count(totals[i])] })));
  return figure(id, title, description, width, height, bars, table, legend);
}

function figure(id, title, description, width, height, marks, table, legend) {
  const n = ++serial;
  const picture = svg('svg', {
    viewBox: `0 0 ${width} ${height}`, width: '100%', role: 'img', class: 'chart',
    'aria-labelledby': `chart-title-${n} chart-desc-${n}`, preserveAspectRatio: 'xMinYMin meet',
  },
  svg('title', { id: `chart-title-${n}` }, title),
  svg('desc', { id: `chart-desc-${n}` }, description),
  marks);
  return h('figure', { 'data-chart': id },
    h('figcaption', {}, title),
    h('p', { class: 'muted' }, description),
    picture,
    legend,
    table);
}

function dataTable(title, headings, rows) {
  return h('table', { class: 'chart-data' },
    h('caption', {}, `${title}: the numbers`),
    h('thead', {}, h('tr', {}, headings.map((text, i) => h('th', { scope: 'col', class: i > 0 ? 'num' : undefined }, text)))),
    h('tbody', {}, rows.map((row) => h('tr', { 'data-key': row.key },
      row.cells.map((cell, i) => (i === 0 ? h('th', { scope: 'row' }, cell) : h('td', { class: 'num' }, cell)))))));
}

function clip(text, length) {
  return text.length > length ? `${text.slice(0, length - 1)}…` : text;
}
