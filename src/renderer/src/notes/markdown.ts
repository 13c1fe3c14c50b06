// The reader's note as HTML: Markdown through `marked`, then DOMPurify (its own instance, so
// the hook below touches nothing else). The note is checked against the same structural caps
// as an imported Markdown file first (src/shared/markdown-limits.ts): marked is quadratic on
// emphasis runs and recursive on nesting, and this runs on the UI thread. The sanitiser keeps
// an allow-list of reading elements only — no style, form, input or other active element — so
// a note can never restyle or script the app. Images keep only data: and blob: sources, so a
// note never makes Lectern fetch anything.
import DOMPurify from 'dompurify';
import { marked } from 'marked';
import { markdownLimitProblem } from '../../../shared/markdown-limits';

const ALLOWED_TAGS = [
  'a', 'abbr', 'b', 'blockquote', 'br', 'code', 'dd', 'del', 'dl', 'dt', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr',
  'i', 'img', 'kbd', 'li', 'mark', 'ol', 'p', 'pre', 'q', 's', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td',
  'tfoot', 'th', 'thead', 'tr', 'u', 'ul',
];
const ALLOWED_ATTR = ['href', 'src', 'alt', 'title', 'start', 'colspan', 'rowspan', 'align'];

const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'IMG' && !/^(data|blob):/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
  if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer');
});

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function renderNote(markdown: string): string {
  const problem = markdownLimitProblem(markdown);
  // Past the caps the note is shown as it was typed, with the reason, rather than rendered.
  if (problem) return `<p class="hint">${escapeHtml(problem.replace('Lectern does not read it', 'shown as plain text'))}</p><pre>${escapeHtml(markdown)}</pre>`;
  const html = marked.parse(markdown, { async: false, gfm: true });
  return purify.sanitize(html, { ALLOWED_TAGS, ALLOWED_ATTR, ALLOW_DATA_ATTR: false, ALLOW_ARIA_ATTR: false });
}
