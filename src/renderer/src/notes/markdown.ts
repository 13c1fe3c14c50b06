// The reader's note as HTML: Markdown through `marked`, then DOMPurify (its own instance, so
// the hook below touches nothing else). Images keep only data: and blob: sources, so a note
// never makes Lectern fetch anything.
import DOMPurify from 'dompurify';
import { marked } from 'marked';

const purify = DOMPurify(window);
purify.addHook('afterSanitizeAttributes', (node) => {
  if (node.tagName === 'IMG' && !/^(data|blob):/i.test(node.getAttribute('src') ?? '')) node.removeAttribute('src');
  if (node.tagName === 'A') node.setAttribute('rel', 'noopener noreferrer');
});

export function renderNote(markdown: string): string {
  const html = marked.parse(markdown, { async: false, gfm: true });
  return purify.sanitize(html, { USE_PROFILES: { html: true } });
}
