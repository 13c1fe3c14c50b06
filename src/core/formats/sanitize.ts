// The one place markup is made safe. DOMPurify runs on a jsdom window (on linkedom it does not
// sanitise); that window never loads resources or runs scripts. The allow-list keeps reading
// structure only: no script, style, frames, embeds, forms, meta/link/base, SVG or MathML, no
// event handlers or style attributes (so no CSS url()), and links other than http(s) or
// relative lose their href (their text stays).
import createDOMPurify, { type Config, type DOMPurify } from 'dompurify';
import { JSDOM, VirtualConsole } from 'jsdom';

const ALLOWED_TAGS = [
  'a', 'abbr', 'address', 'article', 'aside', 'b', 'bdi', 'bdo', 'big', 'blockquote', 'br', 'caption', 'center', 'cite',
  'code', 'dd', 'del', 'details', 'dfn', 'div', 'dl', 'dt', 'em', 'figcaption', 'figure', 'footer', 'h1', 'h2', 'h3', 'h4',
  'h5', 'h6', 'header', 'hr', 'i', 'img', 'ins', 'kbd', 'li', 'main', 'mark', 'nav', 'ol', 'p', 'picture', 'pre', 'q',
  'rp', 'rt', 'ruby', 's', 'samp', 'section', 'small', 'span', 'strike', 'strong', 'sub', 'summary', 'sup', 'table',
  'tbody', 'td', 'tfoot', 'th', 'thead', 'time', 'tr', 'tt', 'u', 'ul', 'var', 'wbr',
];

const CONFIG: Config = {
  ALLOWED_TAGS,
  ALLOWED_ATTR: ['href', 'src', 'alt', 'title', 'datetime', 'colspan', 'rowspan', 'start'],
  FORBID_TAGS: ['script', 'style', 'iframe', 'frame', 'object', 'embed', 'form', 'meta', 'link', 'base', 'svg', 'math', 'noscript', 'template'],
  FORBID_ATTR: ['style'],
  ALLOW_DATA_ATTR: false,
  ALLOW_ARIA_ATTR: false,
  ALLOW_UNKNOWN_PROTOCOLS: false,
  // http(s), or a reference without a scheme (a relative path, "#x"). data: stays allowed for
  // <img src> only (DOMPurify's own rule for image tags); it is decoded, never shown raw.
  ALLOWED_URI_REGEXP: /^(?:https?:|(?![a-z][a-z0-9+.-]*:))/i,
  RETURN_DOM_FRAGMENT: true,
};

let shared: { window: JSDOM['window']; purify: DOMPurify } | null = null;

/** A quiet jsdom: no scripts, no resource loading (jsdom's defaults, stated), console dropped. */
export function createDom(html: string): JSDOM {
  return new JSDOM(html, { virtualConsole: new VirtualConsole(), pretendToBeVisual: false });
}

function purifier(): { window: JSDOM['window']; purify: DOMPurify } {
  if (!shared) {
    const { window } = createDom('<!DOCTYPE html><html><body></body></html>');
    // Every document parsed here (web pages, EPUB chapters) lives in this one window. jsdom's
    // selector engine adds focus/key/mouse listeners to the window for each document it queries
    // and never removes them, so the window would keep every page ever imported alive. Nothing
    // here dispatches events (no scripts, no user), so registering a listener is made a no-op:
    // no state is left on the window from one import to the next.
    window.addEventListener = () => undefined;
    const purify = createDOMPurify(window as unknown as Parameters<typeof createDOMPurify>[0]);
    purify.addHook('afterSanitizeAttributes', (node) => {
      // Belt and braces: anything that still names a scheme other than http(s) loses it.
      for (const attr of ['href', 'src'] as const) {
        const value = node.getAttribute?.(attr);
        if (value == null) continue;
        const compact = value.replace(/[\s\u0000-\u001f]+/g, '');
        const isData = attr === 'src' && /^data:image\//i.test(compact) && node.nodeName.toLowerCase() === 'img';
        if (/^[a-z][a-z0-9+.-]*:/i.test(compact) && !/^https?:/i.test(compact) && !isData) node.removeAttribute(attr);
      }
    });
    shared = { window, purify };
  }
  return shared;
}

/** The safe markup of an HTML string or of a node from another jsdom document. */
export function sanitize(dirty: string | Node): Node {
  const { window, purify } = purifier();
  if (typeof dirty === 'string') return purify.sanitize(dirty, CONFIG) as unknown as DocumentFragment;
  // A node (Readability's result, a chapter's <body>) is copied into a detached <div> of the
  // sanitiser's document (DOMPurify refuses roots it may not keep, such as <body>), which is
  // then cleaned in place: the copy is ours, and saves DOMPurify a second copy.
  const holder = window.document.createElement('div');
  for (const child of Array.from(dirty.childNodes)) holder.appendChild(window.document.importNode(child, true));
  purify.sanitize(holder, { ...CONFIG, RETURN_DOM_FRAGMENT: false, IN_PLACE: true });
  return holder;
}

/** Parses an XML document (EPUB package files, XHTML chapters) in the sanitiser's window; null if not well-formed. */
export function parseXml(text: string, type: 'application/xml' | 'application/xhtml+xml' = 'application/xml'): Document | null {
  const doc = new (purifier().window.DOMParser)().parseFromString(text, type);
  return doc.getElementsByTagName('parsererror').length > 0 ? null : doc;
}

/** Parses HTML leniently in the sanitiser's window (inert: a DOMParser document runs nothing). */
export function parseHtml(text: string): Document {
  return new (purifier().window.DOMParser)().parseFromString(text, 'text/html');
}
