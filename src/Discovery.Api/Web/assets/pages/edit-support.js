// What the node and group editors share: saving a record with its ETag, and saying plainly why a save failed.
import { ApiError, send, token } from '../api.js';
import { h } from '../dom.js';

/**
 * PUTs `record` to `path` with If-Match `etag`; returns { body, etag } of the stored record. Never retries: a conflict
 * (someone else's write came first) is shown, not overwritten.
 */
export function save(path, record, etag) {
  return send('PUT', path, record, etag);
}

/** The message for a failed save: a conflict, a missing or refused token, or the API's own words. */
export function saveError(error, onReload) {
  if (error instanceof ApiError && error.isConflict) {
    return h('div', { class: 'conflict', role: 'alert' },
      h('p', {}, h('strong', {}, 'Not saved: '), 'this record was changed by someone else since you opened it; reload to see their change. Your edit was not applied.'),
      h('button', { type: 'button', onclick: onReload }, 'Reload'));
  }

  if (error instanceof ApiError && (error.status === 401 || error.status === 403)) {
    const why = error.status === 403 ? 'the API token you pasted may not edit' : token() ? 'the API token you pasted was refused (expired or not signed for this server)' : 'editing needs an API token: paste one in "API token" at the top (discover token prints one)';
    return h('p', { class: 'error', role: 'alert' }, `Not saved: ${why}.`);
  }

  const message = error instanceof ApiError ? error.message : `Could not reach the server: ${error.message ?? error}`;
  return h('p', { class: 'error', role: 'alert' }, `Not saved: ${message}`);
}

/** A line saying the save went through. */
export function saved(what) {
  return h('p', { class: 'notice', role: 'status' }, `Saved ${what}.`);
}

/** The note beside an editor: whether a token is pasted. */
export function tokenNote() {
  return h('p', { class: 'muted' }, token() ? 'Editing with the pasted API token.' : 'Read-only until you paste an API token at the top of the page.');
}
