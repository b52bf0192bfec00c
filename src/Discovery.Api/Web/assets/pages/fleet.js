// The fleet at a glance: nodes per vendor and model, BMC firmware per model (who is behind the newest), crawl
// outcomes now and across the last runs, and changes per run. Every number comes from the server (GET /fleet counts
// with GROUP BY in the store; GET /runs reads the crawl log): the page never pages through nodes to count them.
import { get, query } from '../api.js';
import { h } from '../dom.js';
import { barChart, count, stackedChart, statusTone } from '../charts.js';
import { fillLater } from '../paging.js';

const recentRuns = 10;

export async function render(view, route, ctx) {
  const { body: fleet } = await get('/fleet');
  // The run charts read the crawl log, which can take longer than the store's counts: they fill in when ready.
  const runsArea = h('div', { class: 'charts', id: 'run-charts' });
  view.append(
    h('h1', {}, 'Fleet'),
    h('p', { id: 'fleet-totals' }, `${count(fleet.nodes)} nodes and ${count(fleet.bmcs)} BMCs in the inventory.`),
    h('div', { class: 'charts' },
      nodeModels(fleet, ctx),
      firmware(fleet, ctx),
      currentStatus(fleet, ctx)),
    h('h2', {}, 'Recent runs'),
    runsArea);
  return fillLater(runsArea, (signal) => get(`/runs${query({ limit: recentRuns })}`, signal), ({ body }) => runCharts(body, ctx), ctx);
}

function label(manufacturer, model) {
  return [manufacturer, model].filter(Boolean).join(' ') || 'unknown';
}

function nodeModels(fleet, ctx) {
  return barChart({
    id: 'node-models',
    title: 'Nodes per vendor and model',
    description: fleet.node_models.length
      ? `${count(fleet.nodes)} nodes in ${fleet.node_models.length} vendor and model combinations, most first.`
      : 'No nodes yet.',
    labelHeading: 'Vendor and model',
    valueLabel: 'Nodes',
    rows: fleet.node_models.map((m) => ({ label: label(m.manufacturer, m.model), value: m.nodes })),
  });
}

function firmware(fleet, ctx) {
  const rows = fleet.bmc_firmware.map((m) => ({
    label: label(m.manufacturer, m.model),
    href: ctx.link('bmcs', [], { manufacturer: m.manufacturer ?? undefined, model: m.model ?? undefined }),
    parts: { newest: m.bmcs - m.behind - m.unknown, behind: m.behind, unknown: m.unknown },
  }));
  const chart = stackedChart({
    id: 'bmc-firmware',
    title: 'BMC firmware per model',
    description: 'For each BMC model, how many BMCs run its newest firmware version and how many are behind it.',
    labelHeading: 'BMC model',
    keys: [
      { key: 'newest', label: 'On the newest', tone: 'ok' },
      { key: 'behind', label: 'Behind', tone: 'warn' },
      { key: 'unknown', label: 'No version', tone: 'muted' },
    ],
    rows,
  });
  // Which versions each model runs, with a link to the BMCs on each.
  chart.append(h('table', { class: 'chart-data', id: 'firmware-versions' },
    h('caption', {}, 'Firmware versions per BMC model'),
    h('thead', {}, h('tr', {}, ['BMC model', 'Version', 'BMCs', ''].map((t, i) => h('th', { scope: 'col', class: i === 2 ? 'num' : undefined }, t)))),
    h('tbody', {}, fleet.bmc_firmware.flatMap((m) => m.versions.map((v) => h('tr', { 'data-key': `${label(m.manufacturer, m.model)}|${v.version ?? ''}` },
      h('th', { scope: 'row' }, label(m.manufacturer, m.model)),
      h('td', { class: 'mono' }, v.version ?? 'none reported'),
      h('td', { class: 'num' }, h('a', { href: ctx.link('bmcs', [], { model: m.model ?? undefined, firmware_version: v.version ?? undefined }) }, count(v.bmcs))),
      h('td', {}, v.version === null ? '' : v.version === m.newest ? h('span', { class: 'status-ok' }, 'newest') : h('span', { class: 'status-warn' }, 'behind'))))))));
  return chart;
}

function currentStatus(fleet, ctx) {
  return barChart({
    id: 'bmc-status',
    title: 'BMCs by last crawl status',
    description: 'How each BMC\'s most recent crawl ended.',
    labelHeading: 'Status',
    valueLabel: 'BMCs',
    rows: fleet.bmc_status.map((s) => ({
      label: s.status ?? 'never crawled',
      value: s.bmcs,
      tone: statusTone(s.status),
      href: s.status ? ctx.link('bmcs', [], { last_crawl_status: s.status }) : undefined,
    })),
  });
}

function runCharts(runs, ctx) {
  if (!runs.log_configured) {
    return [h('p', { class: 'muted', id: 'runs-note' }, 'Crawl status and changes per run need the crawl log: start discover serve with --log-dir (the folder collect writes).')];
  }

  if (runs.items.length === 0) {
    return [h('p', { class: 'muted', id: 'runs-note' }, 'The crawl log has no runs yet.')];
  }

  // Oldest first, left to right as time goes.
  const ordered = [...runs.items].reverse();
  const statuses = [...new Set(ordered.flatMap((r) => Object.keys(r.bmc_status)))].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const status = stackedChart({
    id: 'run-status',
    title: `Crawl status across the last ${ordered.length} runs`,
    description: 'For each run, oldest first, how many BMCs were crawled ok, partially, or failed (auth_failed: a login was refused).',
    labelHeading: 'Run',
    keys: statuses.map((s) => ({ key: s, label: s, tone: statusTone(s) })),
    rows: ordered.map((r) => ({ label: r.run.run_id, short: when(r.run), href: ctx.link('runs', [r.run.run_id]), parts: r.bmc_status })),
  });
  const withReports = ordered.filter((r) => r.change_count !== null);
  const changes = barChart({
    id: 'run-changes',
    title: 'Changes per run',
    description: 'BMCs, nodes, NICs and parts added, removed or changed in each run compared with the runs before it, oldest first.',
    labelHeading: 'Run',
    valueLabel: 'Changes',
    rows: withReports.map((r) => ({ label: r.run.run_id, short: when(r.run), value: r.change_count, href: ctx.link('runs', [r.run.run_id]) })),
  });
  return [status, changes];
}

// A run drawn by its start (UTC, to the second): run ids are long, and time is what the axis means.
function when(run) {
  return run.started_at ? `${run.started_at.slice(5, 10)} ${run.started_at.slice(11, 19)}` : run.run_id;
}

function rank(status) {
  return { ok: 0, partial: 1, auth_failed: 2, failed: 3 }[status] ?? 4;
}
