// Nodes: one page of the node listing at a time, paged and filtered by the server (GET /nodes?search=&group=&offset=),
// in the order the API gives (natural xname order). The hash keeps the search, group and offset, so a view is a link.
import { get, query } from '../api.js';
import { h, text, time } from '../dom.js';

const pageSize = 100;

export async function render(view, route, ctx) {
  const state = {
    q: route.params.get('q') ?? '',
    group: route.params.get('group') ?? '',
    offset: Math.max(0, Number.parseInt(route.params.get('offset') ?? '0', 10) || 0),
  };
  let inFlight = null;
  let typing = null;

  const search = h('input', { id: 'node-search', name: 'q', type: 'search', value: state.q, autocomplete: 'off', placeholder: 'xname, host name, MAC, IP or group', 'aria-describedby': 'node-search-help' });
  const form = h('form', { role: 'search', class: 'toolbar', 'aria-label': 'Find nodes' },
    h('label', { for: 'node-search' }, 'Search nodes'), search, h('button', { type: 'submit' }, 'Search'),
    h('span', { id: 'node-search-help', class: 'muted' }, 'Matches part of an xname, host name, MAC, IP or group name.'));
  const groupFilter = h('p', { class: 'filter' });
  const count = h('span', { id: 'nodes-count' });
  const body = h('tbody');
  const table = h('table', { class: 'nodes' },
    h('caption', {}, 'Nodes ', count),
    h('thead', {}, h('tr', {}, ...['Xname', 'Host name', 'Manufacturer / model', 'MACs', 'IPs', 'Groups', 'Power', 'Last seen'].map((label) => h('th', { scope: 'col' }, label)))),
    body);
  const previous = h('button', { type: 'button', class: 'secondary' }, '← Previous');
  const next = h('button', { type: 'button', class: 'secondary' }, 'Next →');
  const pager = h('nav', { class: 'pager', 'aria-label': 'Pages of nodes' }, previous, next);
  const status = h('div', { class: 'status' });
  view.append(h('h1', {}, 'Nodes'), form, groupFilter, status, table, pager);

  const keep = () => ctx.replaceParams({ q: state.q, group: state.group, offset: state.offset || '' });

  async function load() {
    inFlight?.abort();
    const controller = new AbortController();
    inFlight = controller;
    const filters = { limit: pageSize, offset: state.offset, search: state.q.trim(), group: state.group };
    let page;
    try {
      page = (await get(`/nodes${query(filters)}`, controller.signal)).body;
    } catch (error) {
      if (controller.signal.aborted) return;
      status.replaceChildren(ctx.errorBox(error));
      body.replaceChildren();
      return;
    }

    if (controller.signal.aborted) return;
    status.replaceChildren();
    body.replaceChildren(...page.items.map((node) => row(node, ctx)));
    if (page.items.length === 0) {
      body.append(h('tr', {}, h('td', { colspan: 8, class: 'muted' }, state.q || state.group ? 'No node matches.' : 'No nodes yet.')));
    }

    const first = page.items.length ? page.offset + 1 : 0;
    count.textContent = `${first.toLocaleString('en')}–${(page.offset + page.items.length).toLocaleString('en')} of ${Number(page.total).toLocaleString('en')}`;
    previous.disabled = state.offset === 0;
    next.disabled = page.next_offset === undefined || page.next_offset === null;
    next.dataset.offset = page.next_offset ?? '';
    groupFilter.replaceChildren(...(state.group
      ? ['In group ', h('strong', {}, state.group), ' ', h('a', { href: ctx.link('group', [state.group]) }, 'Open group'), ' ',
        h('button', { type: 'button', class: 'secondary', onclick: () => go({ group: '' }) }, 'Show all groups')]
      : []));
    // For scripts/bench-ui.sh: the time from navigation to the first page of nodes on screen.
    if (!performance.getEntriesByName('nodes-rendered').length) performance.mark('nodes-rendered');
  }

  function go(change) {
    Object.assign(state, { offset: 0 }, change);
    search.value = state.q;
    keep();
    return load();
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    clearTimeout(typing);
    go({ q: search.value });
  });
  search.addEventListener('input', () => {
    clearTimeout(typing);
    typing = setTimeout(() => go({ q: search.value }), 250);
  });
  previous.addEventListener('click', () => go({ offset: Math.max(0, state.offset - pageSize) }));
  next.addEventListener('click', () => go({ offset: Number(next.dataset.offset) }));

  await load();
  return () => {
    clearTimeout(typing);
    inFlight?.abort();
  };
}

function row(node, ctx) {
  const key = node.xname ?? node.id;
  const nics = node.network_interfaces ?? [];
  const macs = unique([node.boot_mac, ...nics.map((n) => n.mac_address)]);
  const ips = unique([node.management_ip, ...nics.flatMap((n) => [...(n.ipv4_addresses ?? []), ...(n.ipv6_addresses ?? [])])]);
  return h('tr', {},
    h('th', { scope: 'row' }, h('a', { href: ctx.link('node', [key]), class: 'mono' }, node.xname ?? `(no xname) ${node.id}`)),
    h('td', {}, text(node.hostname)),
    h('td', {}, text([node.manufacturer, node.model].filter(Boolean).join(' ') || null)),
    h('td', { class: 'mono' }, list(macs)),
    h('td', { class: 'mono' }, list(ips)),
    h('td', {}, (node.groups ?? []).length
      ? h('ul', { class: 'inline' }, node.groups.map((g) => h('li', {}, h('a', { href: ctx.link('nodes', [], { group: g }), title: `Only nodes in ${g}` }, g))))
      : '–'),
    h('td', {}, text(node.power_state)),
    h('td', {}, time(node.last_seen)));
}

function list(values) {
  return values.length ? h('ul', { class: 'plain' }, values.map((v) => h('li', {}, v))) : '–';
}

function unique(values) {
  return [...new Set(values.filter(Boolean))];
}
