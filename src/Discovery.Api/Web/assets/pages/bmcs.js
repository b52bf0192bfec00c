// BMCs page: each BMC's last crawl status, when it was last seen, its firmware (its own version and the firmware
// inventory it reported) and its TLS certificate fingerprints (pinned and last scanned). Paging and filters run on the
// server (GET /bmcs?last_crawl_status=...&offset=...); the filters live in the hash.
import { get, query } from '../api.js';
import { h, naturalCompare, text, time } from '../dom.js';
import { count } from '../charts.js';
import { offsetOf, pager, statusBadge } from '../paging.js';

const pageSize = 50;
// The listing filters this page offers (the API's column filters of /bmcs).
const filters = [
  { name: 'last_crawl_status', label: 'Crawl status' },
  { name: 'manufacturer', label: 'Manufacturer' },
  { name: 'model', label: 'Model' },
  { name: 'firmware_version', label: 'Firmware' },
];

export async function render(view, route, ctx) {
  const offset = offsetOf(route.params);
  const chosen = Object.fromEntries(filters.map((f) => [f.name, route.params.get(f.name) ?? '']));
  const [{ body: page }, { body: fleet }] = await Promise.all([
    get(`/bmcs${query({ ...chosen, limit: pageSize, offset })}`),
    get('/fleet'),
  ]);
  const endpoints = page.items.map((b) => endpointOf(b));
  const { body: fingerprints } = endpoints.length
    ? await get(`/tls-fingerprints${query({ endpoint: endpoints.join(',') })}`)
    : { body: { items: [], problems: [] } };
  const byEndpoint = new Map(fingerprints.items.map((f) => [f.endpoint.toLowerCase(), f]));
  // The server orders by xname; within the page, s2 comes before s10 as people count.
  const items = [...page.items].sort((a, b) => naturalCompare(a.xname ?? a.ip, b.xname ?? b.ip));

  const parts = [
    h('h1', {}, 'BMCs'),
    filterForm(route, ctx, chosen, fleet),
    fingerprints.problems.length ? h('p', { class: 'error', role: 'alert' }, `TLS fingerprints: ${fingerprints.problems.join('; ')}`) : null,
    items.length === 0
      ? h('p', { class: 'muted' }, Object.values(chosen).some(Boolean) ? 'No BMC matches these filters.' : 'The inventory has no BMCs yet: run discover collect.')
      : h('table', { id: 'bmcs' },
        h('caption', {}, `BMCs, ${count(page.total)} in all`),
        h('thead', {}, h('tr', {}, ['BMC', 'Address', 'Last crawl', 'Last seen', 'Vendor and model', 'Firmware', 'TLS fingerprint (SHA-256)'].map((t) => h('th', { scope: 'col' }, t)))),
        h('tbody', {}, items.map((bmc) => row(bmc, byEndpoint.get(endpointOf(bmc).toLowerCase()))))),
    pager(route, ctx, { offset: page.offset ?? offset, shown: page.items.length, total: page.total, limit: pageSize }),
  ];
  view.append(...parts.filter(Boolean));
}

function endpointOf(bmc) {
  const host = bmc.ip.includes(':') ? `[${bmc.ip}]` : bmc.ip;
  return `${host}:${bmc.port ?? 443}`;
}

function row(bmc, fingerprint) {
  return h('tr', { 'data-bmc': bmc.xname ?? bmc.ip },
    h('th', { scope: 'row' }, text(bmc.xname)),
    h('td', { class: 'mono' }, endpointOf(bmc)),
    h('td', { class: 'crawl-status' }, statusBadge(bmc.last_crawl_status)),
    h('td', { class: 'last-seen' }, time(bmc.last_seen)),
    h('td', {}, text([bmc.manufacturer, bmc.model].filter(Boolean).join(' '))),
    h('td', { class: 'firmware' }, firmware(bmc)),
    h('td', { class: 'fingerprint' }, fingerprintCell(fingerprint)));
}

function firmware(bmc) {
  const own = h('span', { class: 'firmware-version' }, text(bmc.firmware_version));
  const inventory = (bmc.firmware ?? []).filter((f) => f.firmware_version || f.name);
  if (inventory.length === 0) return own;
  return h('div', {}, own,
    h('details', {},
      h('summary', {}, `${inventory.length} firmware item${inventory.length === 1 ? '' : 's'}`),
      h('ul', { class: 'firmware-inventory' }, inventory.map((f) => h('li', {}, `${f.name ?? f.location ?? 'firmware'}: ${text(f.firmware_version)}`)))));
}

function fingerprintCell(fingerprint) {
  if (!fingerprint) return h('span', { class: 'muted' }, 'none recorded');
  return h('div', {},
    fingerprint.pinned ? h('div', {}, h('span', { class: 'muted' }, 'pinned '), h('code', { class: 'hex' }, fingerprint.pinned)) : null,
    fingerprint.scanned ? h('div', {}, h('span', { class: 'muted' }, 'last scan '), h('code', { class: 'hex' }, fingerprint.scanned)) : null,
    fingerprint.mismatch ? h('div', { class: 'status-bad' }, 'differs from the pin: the certificate changed') : null);
}

function filterForm(route, ctx, chosen, fleet) {
  const statuses = fleet.bmc_status.map((s) => s.status).filter(Boolean);
  if (chosen.last_crawl_status && !statuses.includes(chosen.last_crawl_status)) statuses.push(chosen.last_crawl_status);
  const counts = new Map(fleet.bmc_status.map((s) => [s.status, s.bmcs]));
  const form = h('form', { class: 'toolbar', role: 'search', 'aria-label': 'Filter BMCs' });
  for (const filter of filters) {
    const id = `bmc-filter-${filter.name}`;
    const control = filter.name === 'last_crawl_status'
      ? h('select', { id, name: filter.name },
        h('option', { value: '' }, 'any'),
        statuses.map((s) => h('option', { value: s, selected: s === chosen[filter.name] }, counts.has(s) ? `${s} (${count(counts.get(s))})` : s)))
      : h('input', { id, name: filter.name, value: chosen[filter.name], size: 14, placeholder: filter.name === 'model' ? 'glob with *' : undefined });
    form.append(h('label', { for: id }, filter.label), control);
  }

  form.append(h('button', { type: 'submit' }, 'Filter'));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const values = Object.fromEntries(new FormData(form));
    location.hash = ctx.link(route.name, route.path, values);
  });
  form.querySelector('select').addEventListener('change', () => form.requestSubmit());
  return form;
}
