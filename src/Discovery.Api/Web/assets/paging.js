// Paging, status words and late filling shared by the BMCs, fleet, runs and sessions pages. Pages come from the
// server (offset and limit in the query), and the offset lives in the hash, so a page of a listing is a link.
import { h } from './dom.js';
import { count, statusTone } from './charts.js';

/** The offset in the route's params (0 when absent or not a whole number). */
export function offsetOf(params) {
  const value = Number.parseInt(params.get('offset') ?? '0', 10);
  return Number.isFinite(value) && value > 0 ? value : 0;
}

/** "Showing 1–50 of 1,234" and Previous/Next links that keep the other params. */
export function pager(route, ctx, { offset, shown, total, limit }) {
  const params = Object.fromEntries(route.params);
  const at = (value) => ctx.link(route.name, route.path, { ...params, offset: value > 0 ? value : undefined });
  const first = total === 0 ? 0 : offset + 1;
  return h('nav', { class: 'pager', 'aria-label': 'Pages' },
    offset > 0 ? h('a', { href: at(Math.max(0, offset - limit)), rel: 'prev' }, '← Previous') : null,
    h('span', { role: 'status' }, `Showing ${count(first)}–${count(offset + shown)} of ${count(total)}`),
    offset + shown < total ? h('a', { href: at(offset + shown), rel: 'next' }, 'Next →') : null);
}

/** A crawl or session outcome as a word with its colour (the word carries the meaning; colour only helps). */
export function statusBadge(status) {
  return h('span', { class: `badge status-${statusTone(status)}` }, status || 'unknown');
}

/**
 * Fills `area` once `load(signal)` resolves, so a page's heading and fast parts show at once while a slow read (the
 * crawl log) goes on; errors show in place. Returns the cleanup that abandons the read when the page is left.
 */
export function fillLater(area, load, fill, ctx) {
  const abort = new AbortController();
  area.setAttribute('aria-busy', 'true');
  area.replaceChildren(h('p', { class: 'loading' }, 'Reading the crawl log…'));
  load(abort.signal)
    .then((result) => area.replaceChildren(...[fill(result)].flat().filter(Boolean)))
    .catch((error) => {
      if (!abort.signal.aborted) area.replaceChildren(ctx.errorBox(error));
    })
    .finally(() => area.removeAttribute('aria-busy'));
  return () => abort.abort();
}
