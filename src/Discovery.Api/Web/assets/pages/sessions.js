// Boot sessions page: the sessions (BOS v2 GET /v2/sessions) and, for one session (#/sessions/NAME), its progress
// (GET /v2/sessions/NAME/status) and each node's state (GET /v2/components?session=NAME).
import { ApiError, get, query } from '../api.js';
import { h, naturalCompare, text, time } from '../dom.js';
import { count } from '../charts.js';
import { statusBadge } from '../paging.js';

export async function render(view, route, ctx) {
  if (route.path.length > 0) return renderSession(view, route.path[0], ctx);
  view.append(h('h1', {}, 'Boot sessions'));
  let sessions;
  try {
    ({ body: sessions } = await get('/v2/sessions'));
  } catch (error) {
    if (error instanceof ApiError && error.status === 501) {
      view.append(h('p', { class: 'notice-empty', id: 'sessions-empty' }, 'This server does not run boot sessions.'));
      return;
    }
    throw error;
  }

  if (sessions.length === 0) {
    view.append(h('p', { class: 'notice-empty', id: 'sessions-empty' },
      'No boot sessions yet: create one with discover boot session create, or POST /v2/sessions with a session template.'));
    return;
  }

  sessions.sort((a, b) => (b.status.start_time ?? '').localeCompare(a.status.start_time ?? '') || naturalCompare(a.name, b.name));
  view.append(h('table', { id: 'sessions' },
    h('caption', {}, `Boot sessions, newest first (${count(sessions.length)})`),
    h('thead', {}, h('tr', {}, ['Session', 'Template', 'Operation', 'Limit', 'Status', 'Started', 'Ended', 'Error'].map((t) => h('th', { scope: 'col' }, t)))),
    h('tbody', {}, sessions.map((s) => h('tr', { 'data-session': s.name },
      h('th', { scope: 'row' }, h('a', { href: ctx.link('sessions', [s.name]) }, s.name)),
      h('td', {}, s.template_name),
      h('td', {}, s.operation),
      h('td', {}, text(s.limit)),
      h('td', {}, statusBadge(sessionTone(s.status))),
      h('td', {}, time(s.status.start_time)),
      h('td', {}, time(s.status.end_time)),
      h('td', {}, text(s.status.error)))))));
}

// BOS says complete for failed and cancelled sessions too; the error tells them apart.
function sessionTone(status) {
  if (status.status !== 'complete') return status.status;
  return status.error ? 'failed' : 'complete';
}

async function renderSession(view, name, ctx) {
  const [{ body: session }, { body: status }, { body: components }] = await Promise.all([
    get(`/v2/sessions/${encodeURIComponent(name)}`),
    get(`/v2/sessions/${encodeURIComponent(name)}/status`),
    get(`/v2/components${query({ session: name })}`),
  ]);
  components.sort((a, b) => naturalCompare(a.id, b.id));
  view.append(
    h('p', {}, h('a', { href: ctx.link('sessions') }, '← All sessions')),
    h('h1', {}, `Boot session ${session.name}`),
    h('dl', { class: 'summary', id: 'session-summary' },
      h('dt', {}, 'Template'), h('dd', {}, session.template_name),
      h('dt', {}, 'Operation'), h('dd', {}, session.operation),
      h('dt', {}, 'Status'), h('dd', {}, statusBadge(sessionTone(session.status))),
      h('dt', {}, 'Nodes'), h('dd', {}, count(components.length)),
      h('dt', {}, 'Succeeded'), h('dd', {}, `${status.percent_successful.toFixed(0)} %`),
      h('dt', {}, 'Failed'), h('dd', {}, `${status.percent_failed.toFixed(0)} %`),
      h('dt', {}, 'Started'), h('dd', {}, time(status.timing.start_time)),
      h('dt', {}, 'Ended'), h('dd', {}, time(status.timing.end_time)),
      session.status.error ? [h('dt', {}, 'Error'), h('dd', {}, session.status.error)] : null),
    h('table', { id: 'session-nodes' },
      h('caption', {}, `Nodes of session ${session.name}`),
      h('thead', {}, h('tr', {}, ['Node', 'State', 'Phase', 'Last action', 'Updated', 'Retries', 'Error'].map((t) => h('th', { scope: 'col' }, t)))),
      h('tbody', {}, components.map((c) => h('tr', { 'data-node': c.id },
        h('th', { scope: 'row' }, h('a', { href: ctx.link('node', [c.id]) }, c.id)),
        h('td', { class: 'node-state' }, statusBadge(c.status.status)),
        h('td', {}, text(c.status.phase)),
        h('td', {}, text(c.last_action.action)),
        h('td', {}, time(c.last_action.last_updated)),
        h('td', { class: 'num' }, count(c.event_stats.power_on_attempts + c.event_stats.power_off_forceful_attempts + c.event_stats.power_off_graceful_attempts)),
        h('td', {}, text(c.error)))))));
}
