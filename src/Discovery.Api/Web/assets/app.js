// The page's router. Routes live in the hash (#/nodes?group=rack1&offset=100), so a view with its filters is a
// link people can share, and the server serves one page. Each page is a module exporting
// render(view, params, context) that fills <main>; it may return a function to call when the page is left.
import { h } from './dom.js';
import { ApiError, setToken, token } from './api.js';

const pages = {
  nodes: { title: 'Nodes', load: () => import('./pages/nodes.js') },
  node: { title: 'Node', nav: 'nodes', load: () => import('./pages/node.js') },
  bmcs: { title: 'BMCs', load: () => import('./pages/bmcs.js') },
  fleet: { title: 'Fleet', load: () => import('./pages/fleet.js') },
  runs: { title: 'Runs', load: () => import('./pages/runs.js') },
  sessions: { title: 'Boot sessions', load: () => import('./pages/sessions.js') },
  group: { title: 'Group', nav: 'nodes', load: () => import('./pages/group.js') },
};

let leave = null;
let generation = 0;

/** Parses '#/node/x1000c0s0b0n0?tab=parts' into { name: 'node', path: ['x1000c0s0b0n0'], params }. */
export function parseRoute(hash) {
  const [pathPart, queryPart = ''] = hash.replace(/^#\/?/, '').split('?', 2);
  const [name, ...path] = pathPart.split('/').filter(Boolean).map(decodeURIComponent);
  return { name: pages[name] ? name : 'nodes', path, params: new URLSearchParams(queryPart) };
}

/** The hash for a route: link('nodes', [], { group: 'g' }) is '#/nodes?group=g'. */
export function link(name, path = [], params = {}) {
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(key, String(value));
  }
  const query = search.toString();
  return `#/${[name, ...path].map(encodeURIComponent).join('/')}${query ? `?${query}` : ''}`;
}

/** Replaces the current route's query without adding a history entry per keystroke. */
export function replaceParams(params) {
  const route = parseRoute(location.hash);
  history.replaceState(null, '', link(route.name, route.path, params));
}

/** Shows an error in place of a page or next to a form. */
export function errorBox(error) {
  const message = error instanceof ApiError ? error.message : `Could not reach the server: ${error.message ?? error}`;
  return h('p', { class: 'error', role: 'alert' }, message);
}

async function show() {
  const current = ++generation;
  const route = parseRoute(location.hash);
  const page = pages[route.name];
  if (leave) {
    leave();
    leave = null;
  }
  for (const anchor of document.querySelectorAll('#nav a')) {
    if (anchor.dataset.route === (page.nav ?? route.name)) anchor.setAttribute('aria-current', 'page');
    else anchor.removeAttribute('aria-current');
  }
  const view = document.getElementById('view');
  view.replaceChildren(h('p', { class: 'loading' }, 'Loading…'));
  view.setAttribute('aria-busy', 'true');
  document.title = `${page.title} · discover`;
  try {
    const module = await page.load();
    if (current !== generation) return;
    const fresh = h('div', { class: 'page' });
    const cleanup = await module.render(fresh, route, { link, replaceParams, errorBox });
    if (current !== generation) {
      if (typeof cleanup === 'function') cleanup();
      return;
    }
    leave = typeof cleanup === 'function' ? cleanup : null;
    view.replaceChildren(fresh);
  } catch (error) {
    if (current === generation) view.replaceChildren(errorBox(error));
  } finally {
    if (current === generation) view.removeAttribute('aria-busy');
  }
}

function tokenForm() {
  const form = document.getElementById('token-form');
  const input = document.getElementById('token');
  const state = document.getElementById('token-state');
  const describe = () => {
    state.textContent = token() ? 'editing enabled' : 'read-only';
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    setToken(input.value.trim());
    input.value = '';
    describe();
    window.dispatchEvent(new CustomEvent('discover:token'));
  });
  document.getElementById('token-forget').addEventListener('click', () => {
    setToken('');
    describe();
    window.dispatchEvent(new CustomEvent('discover:token'));
  });
  describe();
}

tokenForm();
window.addEventListener('hashchange', () => {
  show().then(() => document.getElementById('view').focus({ preventScroll: true }));
});
show();
