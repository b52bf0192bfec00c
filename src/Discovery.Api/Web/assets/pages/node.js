// One node: what it is (as stored, and what its BMC reported as it reported it), its NICs, parts, groups, the boot
// profile it boots with and where that comes from, its history (record and parts), and an editor for its host name
// and groups (PUT /nodes/{key} with the ETag of the read, so someone else's write is never overwritten).
import { ApiError, get } from '../api.js';
import { h, naturalCompare, text, time } from '../dom.js';
import { save, saved, saveError, tokenNote } from './edit-support.js';

export async function render(view, route, ctx) {
  const key = route.path[0] ?? '';
  const path = `/nodes/${encodeURIComponent(key)}`;
  const read = await get(path);
  const node = read.body;
  document.title = `${node.xname ?? node.id} · discover`;
  const [parts, profile, history, partHistory, groups] = await Promise.all([
    get(`${path}/parts`).then((r) => r.body, () => null),
    get(`${path}/boot-profile`).then((r) => r.body, (e) => (e instanceof ApiError && e.status === 404 ? null : Promise.reject(e))),
    get(`${path}/history`).then((r) => r.body, () => []),
    get(`/history?kind=part&record=${encodeURIComponent(node.id)}`).then((r) => r.body, () => []),
    get('/groups?limit=1000').then((r) => r.body.items.map((g) => g.name).sort(naturalCompare), () => node.groups ?? []),
  ]);

  view.append(
    h('h1', {}, 'Node ', h('span', { class: 'mono' }, node.xname ?? node.id)),
    h('p', {}, h('a', { href: ctx.link('nodes') }, '← All nodes')),
    summary(node),
    h('h2', { id: 'groups-heading' }, 'Groups'),
    groupList(node.groups ?? [], ctx),
    h('h2', {}, 'Boot profile'),
    bootProfile(profile, ctx),
    editor(node, read.etag, groups, path),
    h('h2', {}, 'Network interfaces'),
    nicTable(node.network_interfaces ?? []),
    h('h2', {}, 'Parts'),
    partTables(parts),
    h('h2', {}, 'History'),
    timeline([...history, ...partHistory]));
}

function summary(node) {
  const fields = [
    ['Xname', node.xname], ['Host name', node.hostname], ['Host name as the BMC reported it', node.reported_hostname], ['Id', node.id],
    ['Manufacturer', node.manufacturer], ['Model', node.model], ['Serial number', node.serial_number], ['System UUID', node.system_uuid],
    ['Architecture', node.arch], ['BIOS version', node.bios_version], ['Power', node.power_state],
    ['Processors', [node.processor_count, node.processor_model].filter((v) => v !== undefined && v !== null).join(' × ') || null],
    ['Memory (GiB)', node.memory_gib], ['Boot MAC', node.boot_mac], ['Management IP', node.management_ip],
    ['BMC', [node.bmc_ip, node.bmc_mac].filter(Boolean).join(' · ') || null], ['Redfish URI', node.redfish_uri],
  ];
  const dl = h('dl', { class: 'summary', 'aria-label': 'Summary' });
  for (const [label, value] of fields) dl.append(h('dt', {}, label), h('dd', {}, text(value)));
  for (const [label, value] of [['First seen', node.first_seen], ['Last seen', node.last_seen], ['Last updated', node.last_updated]]) {
    dl.append(h('dt', {}, label), h('dd', {}, time(value)));
  }

  return dl;
}

function groupList(names, ctx) {
  if (!names.length) return h('p', { class: 'muted' }, 'In no group.');
  return h('ul', { 'aria-labelledby': 'groups-heading' }, names.map((g) => h('li', {},
    h('a', { href: ctx.link('group', [g]) }, g), ' · ', h('a', { href: ctx.link('nodes', [], { group: g }), class: 'muted' }, 'its nodes'))));
}

function bootProfile(resolution, ctx) {
  if (!resolution) return h('p', { class: 'muted' }, 'Boots with no profile: none of its own, none from its groups.');
  const from = resolution.from_group
    ? h('span', {}, 'from its group ', h('a', { href: ctx.link('group', [resolution.from_group]) }, resolution.from_group))
    : h('span', {}, 'set on the node itself');
  const p = resolution.profile ?? {};
  const dl = h('dl', { class: 'summary', 'aria-label': 'Effective boot profile' },
    h('dt', {}, 'Profile'), h('dd', {}, h('strong', {}, resolution.profile_name), ' (', from, ')'));
  for (const [label, value] of [['Kernel', p.kernel_url], ['Initrd', p.initrd_url], ['Kernel parameters', p.kernel_params], ['Image', p.image_url], ['Admin user', p.admin_username]]) {
    if (value) dl.append(h('dt', {}, label), h('dd', { class: 'mono' }, value));
  }

  return dl;
}

function editor(node, etag, allGroups, path) {
  let current = { node, etag };
  const hostname = h('input', { id: 'edit-hostname', name: 'hostname', value: node.hostname ?? '', autocomplete: 'off' });
  const boxes = allGroups.map((g) => h('input', { type: 'checkbox', name: 'group', value: g, checked: (node.groups ?? []).includes(g) }));
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const form = h('form', { class: 'editor', 'aria-labelledby': 'edit-heading' },
    h('h2', { id: 'edit-heading' }, 'Edit host name and groups'),
    tokenNote(),
    h('p', {}, h('label', { for: 'edit-hostname' }, 'Host name'), ' ', hostname),
    h('fieldset', {}, h('legend', {}, 'Groups'),
      boxes.length ? boxes.map((box) => h('label', { class: 'check' }, box, ' ', box.value)) : h('span', { class: 'muted' }, 'No groups exist yet.')),
    h('button', { type: 'submit' }, 'Save'),
    outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const desired = {
      ...current.node,
      hostname: hostname.value.trim() || null,
      groups: boxes.filter((b) => b.checked).map((b) => b.value),
    };
    outcome.replaceChildren(h('p', { class: 'muted' }, 'Saving…'));
    try {
      const result = await save(path, desired, current.etag);
      current = { node: result.body ?? desired, etag: result.etag ?? current.etag };
      outcome.replaceChildren(saved(`node ${node.xname ?? node.id}`),
        h('button', { type: 'button', class: 'secondary', onclick: () => window.dispatchEvent(new HashChangeEvent('hashchange')) }, 'Show the node as it is now'));
    } catch (error) {
      outcome.replaceChildren(saveError(error, () => window.dispatchEvent(new HashChangeEvent('hashchange'))));
    }
  });
  return form;
}

function nicTable(nics) {
  if (!nics.length) return h('p', { class: 'muted' }, 'No network interfaces known.');
  const sorted = [...nics].sort((a, b) => naturalCompare(a.name ?? '', b.name ?? ''));
  return h('table', {},
    h('caption', {}, `${nics.length} network interface${nics.length === 1 ? '' : 's'}`),
    h('thead', {}, h('tr', {}, ...['Name', 'MAC', 'Permanent MAC', 'IPv4', 'IPv6', 'Link', 'Speed (Mb/s)', 'Host name'].map((c) => h('th', { scope: 'col' }, c)))),
    h('tbody', {}, sorted.map((n) => h('tr', {},
      h('th', { scope: 'row' }, text(n.name)),
      h('td', { class: 'mono' }, text(n.mac_address)),
      h('td', { class: 'mono' }, text(n.permanent_mac_address)),
      h('td', { class: 'mono' }, text((n.ipv4_addresses ?? []).join(', ') || null)),
      h('td', { class: 'mono' }, text((n.ipv6_addresses ?? []).join(', ') || null)),
      h('td', {}, text(n.link_status)),
      h('td', { class: 'num' }, text(n.speed_mbps)),
      h('td', {}, text(n.hostname))))));
}

const partKinds = [['processors', 'Processors'], ['memory', 'Memory'], ['accelerators', 'Accelerators'], ['drives', 'Drives'], ['pcie_devices', 'PCIe devices'], ['firmware', 'Firmware']];

function partTables(parts) {
  if (!parts) return h('p', { class: 'muted' }, 'Parts could not be read.');
  const present = partKinds.filter(([name]) => (parts[name] ?? []).length);
  const empty = parts.empty_slots ?? [];
  if (!present.length && !empty.length) return h('p', { class: 'muted' }, 'No parts known (the node has not been crawled, or its BMC listed none).');
  const out = [];
  for (const [name, title] of present) {
    const items = [...parts[name]].sort((a, b) => naturalCompare(a.location ?? '', b.location ?? ''));
    out.push(h('table', { class: 'parts' },
      h('caption', {}, `${title} (${items.length})`),
      h('thead', {}, h('tr', {}, ...['Location', 'Manufacturer', 'Model', 'Serial number', 'Part number', 'Status'].map((c) => h('th', { scope: 'col' }, c)))),
      h('tbody', {}, items.map((p) => h('tr', {},
        h('th', { scope: 'row' }, text(p.location)), h('td', {}, text(p.manufacturer)), h('td', {}, text(p.model ?? p.name ?? p.version)),
        h('td', { class: 'mono' }, text(p.serial_number)), h('td', { class: 'mono' }, text(p.part_number)), h('td', {}, statusText(p.status)))))));
  }

  if (empty.length) {
    out.push(h('p', {}, `Empty slots: ${empty.map((s) => `${s.kind} ${s.location ?? s.redfish_uri ?? ''}`.trim()).join(', ')}`));
  }

  return out;
}

function statusText(status) {
  if (!status) return '–';
  if (typeof status !== 'object') return String(status);
  return Object.values(status).filter((v) => v !== null && v !== undefined && v !== '').join(' / ') || '–';
}

function timeline(events) {
  if (!events.length) return h('p', { class: 'muted' }, 'No history.');
  const newest = [...events].sort((a, b) => b.sequence - a.sequence);
  return h('ol', { class: 'timeline', 'aria-label': 'History, newest first' }, newest.map((e) => h('li', {},
    h('p', {}, time(e.at), ' ', h('strong', {}, `${e.kind === 'part' ? 'part ' : ''}${e.event}`), e.actor ? ` by ${e.actor}` : ''),
    e.changes?.length
      ? h('ul', { class: 'changes' }, e.changes.map((c) => h('li', {}, h('code', {}, c.field), ': ', change(c.before), ' → ', change(c.after))))
      : null)));
}

function change(value) {
  return h('span', { class: 'mono' }, value === null || value === undefined ? '(none)' : value);
}
