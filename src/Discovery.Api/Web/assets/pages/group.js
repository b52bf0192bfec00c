// One group (#/group/NAME): its description, labels and members, and an editor for the boot profile its members boot
// with (PUT /groups/{name} with the ETag of the read: someone else's write is shown as a conflict, never overwritten).
import { get } from '../api.js';
import { h, naturalCompare, text } from '../dom.js';
import { save, saved, saveError, tokenNote } from './edit-support.js';

export async function render(view, route, ctx) {
  const name = route.path[0] ?? '';
  const path = `/groups/${encodeURIComponent(name)}`;
  const read = await get(path);
  const group = read.body;
  const profiles = await get('/boot-profiles?limit=1000').then((r) => r.body.items.map((p) => p.name).sort(naturalCompare), () => []);
  document.title = `Group ${group.name} · discover`;

  const labels = Object.entries(group.labels ?? {});
  const members = [...(group.members ?? [])].sort(naturalCompare);
  view.append(
    h('h1', {}, 'Group ', group.name),
    h('p', {}, h('a', { href: ctx.link('nodes', [], { group: group.name }) }, `Its nodes in the node list (${members.length})`)),
    h('dl', { class: 'summary', 'aria-label': 'Group' },
      h('dt', {}, 'Description'), h('dd', {}, text(group.description)),
      h('dt', {}, 'Boot profile'), h('dd', { id: 'group-profile' }, text(group.boot_profile)),
      h('dt', {}, 'Labels'), h('dd', {}, labels.length ? labels.map(([k, v]) => h('code', { class: 'label' }, `${k}=${v}`)) : '–')),
    editor(group, read.etag, profiles, path),
    h('h2', { id: 'members-heading' }, `Members (${members.length})`),
    members.length
      ? h('ul', { class: 'members', 'aria-labelledby': 'members-heading' }, members.map((m) => h('li', {}, h('a', { href: ctx.link('node', [m]), class: 'mono' }, m))))
      : h('p', { class: 'muted' }, 'No members.'));
}

function editor(group, etag, profiles, path) {
  let current = { group, etag };
  const select = h('select', { id: 'edit-boot-profile', name: 'boot_profile' },
    h('option', { value: '' }, '(none)'),
    profiles.map((p) => h('option', { value: p, selected: p === group.boot_profile }, p)));
  const outcome = h('div', { class: 'outcome', 'aria-live': 'polite' });
  const form = h('form', { class: 'editor', 'aria-labelledby': 'group-edit-heading' },
    h('h2', { id: 'group-edit-heading' }, 'Edit boot profile'),
    tokenNote(),
    h('p', {}, h('label', { for: 'edit-boot-profile' }, 'Members boot with'), ' ', select, ' ',
      h('span', { class: 'muted' }, 'unless a member names its own profile.')),
    h('button', { type: 'submit' }, 'Save'),
    outcome);
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const desired = { ...current.group, boot_profile: select.value || null };
    outcome.replaceChildren(h('p', { class: 'muted' }, 'Saving…'));
    try {
      const result = await save(path, desired, current.etag);
      current = { group: result.body ?? desired, etag: result.etag ?? current.etag };
      document.getElementById('group-profile')?.replaceChildren(text(current.group.boot_profile));
      outcome.replaceChildren(saved(`group ${group.name}`));
    } catch (error) {
      outcome.replaceChildren(saveError(error, () => window.dispatchEvent(new HashChangeEvent('hashchange'))));
    }
  });
  return form;
}
