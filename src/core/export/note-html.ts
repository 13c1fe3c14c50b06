// The reader's Markdown note as HTML for the HTML export: `marked` (as the app's note preview),
// then the one sanitiser of src/core/formats (its allow-list keeps reading structure only: no
// script, style, form, input, frame or event handler). The export is a self-contained file, so
// an image keeps only a data: source (never a fetch), and the note's headings sit below the
// export's own "My note" heading.
import { marked } from 'marked';
import { sanitize } from '../formats/sanitize.js';
import { demoteHeadings } from './markdown.js';

export function noteHtml(markdown: string): string {
  const html = marked.parse(demoteHeadings(markdown), { async: false, gfm: true });
  const fragment = sanitize(html);
  const holder = fragment.ownerDocument!.createElement('div');
  holder.appendChild(fragment);
  for (const img of Array.from(holder.querySelectorAll('img'))) {
    if (!/^data:image\//i.test(img.getAttribute('src') ?? '')) img.removeAttribute('src');
  }
  for (const a of Array.from(holder.querySelectorAll('a[href]'))) a.setAttribute('rel', 'noopener noreferrer');
  return holder.innerHTML.trim();
}
