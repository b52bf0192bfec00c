// The API, as the page sees it: the same endpoints the CLI and curl use. Reading needs no token; writes send the
// token the user pasted (kept in this tab's sessionStorage only) and the record's ETag.

const tokenKey = 'discover.token';

export function token() {
  return sessionStorage.getItem(tokenKey) ?? '';
}

export function setToken(value) {
  if (value) sessionStorage.setItem(tokenKey, value);
  else sessionStorage.removeItem(tokenKey);
}

/** An API error: the status, and the problem's title and detail when the server sent one. */
export class ApiError extends Error {
  constructor(status, title, detail) {
    super(detail ? `${title}: ${detail}` : title);
    this.status = status;
    this.title = title;
    this.detail = detail;
  }

  /** 412 (If-Match failed) or 409: someone else's write came first. */
  get isConflict() {
    return this.status === 412 || this.status === 409;
  }
}

async function fail(response) {
  let title = `${response.status} ${response.statusText}`;
  let detail = '';
  try {
    const problem = await response.json();
    title = problem.title ?? title;
    detail = problem.detail ?? '';
  } catch {
    // Not a problem document; the status line says enough.
  }
  throw new ApiError(response.status, title, detail);
}

/** GET a JSON document; returns { body, etag }. */
export async function get(path, signal) {
  const response = await fetch(path, { headers: { Accept: 'application/json' }, signal });
  if (!response.ok) await fail(response);
  return { body: await response.json(), etag: response.headers.get('ETag') };
}

/** PUT/POST/DELETE with the token and, when given, If-Match; returns { body, etag }. */
export async function send(method, path, body, etag) {
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token()) headers.Authorization = `Bearer ${token()}`;
  if (etag) headers['If-Match'] = etag;
  const response = await fetch(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  if (!response.ok) await fail(response);
  const text = await response.text();
  return { body: text ? JSON.parse(text) : null, etag: response.headers.get('ETag') };
}

/** A query string from an object, leaving out empty values. */
export function query(params) {
  const search = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
