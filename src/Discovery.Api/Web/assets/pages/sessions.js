// Boot sessions page: not built yet (issue 18).
import { h } from '../dom.js';

export async function render(view) {
  view.append(h('h1', {}, 'Boot sessions'), h('p', {}, 'This page is not built yet.'));
}
