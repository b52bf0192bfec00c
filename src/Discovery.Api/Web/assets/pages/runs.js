// Runs page: the crawl runs in the log (GET /runs, newest first) with how each BMC's crawl ended and how much
// changed; #/runs/ID shows one run's change report (GET /runs/ID), the report discover run prints.
import { get, query } from '../api.js';
import { h, text, time } from '../dom.js';
import { count } from '../charts.js';
import { fillLater, offsetOf, pager, statusBadge } from '../paging.js';

const pageSize = 25;

export async function render(view, route, ctx) {
  if (route.path.length > 0) return renderRun(view, route.path[0], ctx);
  const offset = offsetOf(route.params);
  // The heading shows at once; the list follows when the crawl log has been read (change reports take a while).
  const area = h('div', {});
  view.append(h('h1', {}, 'Runs'), area);
  return fillLater(area, (signal) => get(`/runs${query({ offset, limit: pageSize })}`, signal), ({ body }) => runList(body, route, ctx, offset), ctx);
}

function runList(runs, route, ctx, offset) {
  if (!runs.log_configured) {
    return h('p', { class: 'notice-empty', id: 'runs-empty' },
      'No crawl log is configured: start discover serve with --log-dir DIR (the folder discover collect and discover run write) to list the runs here.');
  }

  if (runs.total === 0) {
    return h('p', { class: 'notice-empty', id: 'runs-empty' }, 'The crawl log has no runs yet: run discover collect with the --log-dir serve was given.');
  }

  return [
    h('p', { class: 'muted' }, 'From serve\'s crawl log (--log-dir).'),
    h('table', { id: 'runs' },
      h('caption', {}, `Crawl runs, newest first (${count(runs.total)} in all)`),
      h('thead', {}, h('tr', {}, ['Run', 'Kind', 'Status', 'Started', 'Ended', 'BMC outcomes', 'Changes'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, runs.items.map((r) => h('tr', { 'data-run': r.run.run_id },
        h('th', { scope: 'row' }, h('a', { href: ctx.link('runs', [r.run.run_id]) }, r.run.run_id)),
        h('td', {}, text(r.run.kind)),
        h('td', {}, statusBadge(r.run.status)),
        h('td', {}, time(r.run.started_at)),
        h('td', {}, time(r.run.ended_at)),
        h('td', { class: 'outcomes' }, outcomes(r.bmc_status)),
        h('td', { class: 'num changes' }, r.change_count === null ? '–' : count(r.change_count)))))),
    pager(route, ctx, { offset, shown: runs.items.length, total: runs.total, limit: pageSize }),
  ];
}

function outcomes(statuses) {
  const entries = Object.entries(statuses);
  if (entries.length === 0) return '–';
  return h('span', {}, entries.map(([status, n], i) => h('span', {}, i ? ', ' : '', statusBadge(status), ` ${count(n)}`)));
}

async function renderRun(view, id, ctx) {
  const area = h('div', {});
  view.append(h('p', {}, h('a', { href: ctx.link('runs') }, '← All runs')), h('h1', {}, `Run ${id}`), area);
  return fillLater(area, (signal) => get(`/runs/${encodeURIComponent(id)}`, signal), ({ body }) => runReport(body), ctx);
}

function runReport(run) {
  const info = run.overview.run;
  const parts = [
    h('dl', { class: 'summary' },
      h('dt', {}, 'Kind'), h('dd', {}, text(info.kind)),
      h('dt', {}, 'Status'), h('dd', {}, text(info.status)),
      h('dt', {}, 'Started'), h('dd', {}, time(info.started_at)),
      h('dt', {}, 'Ended'), h('dd', {}, time(info.ended_at)),
      h('dt', {}, 'Description'), h('dd', {}, text(info.description)),
      h('dt', {}, 'Rows logged'), h('dd', {}, `${count(info.responses)} responses, ${count(info.bmcs)} BMCs, ${count(info.nodes)} nodes, ${count(info.nics)} NICs`),
      h('dt', {}, 'BMC outcomes'), h('dd', {}, outcomes(run.overview.bmc_status))),
  ];
  const report = run.report;
  if (!report) {
    return [...parts, h('p', { class: 'muted' }, 'This run has no change report (a scan, or a run that did not finish).')];
  }

  parts.push(h('h2', {}, 'Changes'),
    h('p', { class: 'muted' }, report.previous_run_id
      ? `Compared with the runs before it (the last was ${report.previous_run_id}); an entity missing from ${report.missing_after} runs counts as removed.`
      : 'The first run of its kind: everything in it is new.'));
  const rows = [
    ...changeRows('bmc', report.bmcs), ...changeRows('node', report.nodes), ...changeRows('nic', report.nics), ...changeRows('part', report.parts),
  ];
  if (rows.length === 0) return [...parts, h('p', { id: 'no-changes' }, 'Nothing changed.')];
  return [...parts, h('table', { id: 'changes' },
    h('caption', {}, `Changes in run ${info.run_id}`),
    h('thead', {}, h('tr', {}, ['Entity', 'Change', 'Name', 'Field', 'Before', 'After'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, rows))];
}

function changeRows(entity, changes) {
  return changes.flatMap((change) => {
    const name = change.label ?? change.key;
    const cells = (field, before, after) => h('tr', { 'data-entity': entity, 'data-change': change.kind },
      h('td', {}, entity), h('td', {}, change.kind), h('th', { scope: 'row' }, name),
      h('td', { class: 'mono' }, text(field)), h('td', { class: 'mono' }, text(before)), h('td', { class: 'mono' }, text(after)));
    return change.fields.length === 0 ? [cells(null, null, null)] : change.fields.map((f) => cells(f.field, f.before, f.after));
  });
}
