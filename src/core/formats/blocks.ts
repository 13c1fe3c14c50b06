// Sanitised markup → items (headings with levels, paragraphs, list items, quotes, code) with
// their http(s) links as offsets, and figures (image + caption) kept apart from the text.
import type { BlockStyle, InlineLink } from '../../shared/types.js';

export interface Item {
  readonly text: string;
  readonly kind: 'heading' | 'paragraph';
  readonly level?: number;
  readonly style?: BlockStyle;
  readonly links?: readonly InlineLink[];
  /** Source lines, for code. */
  readonly lines?: readonly string[];
}

export interface FigureAt {
  /** Index of the item the figure stands before. */
  readonly at: number;
  readonly image: string | null;
  readonly alt: string;
  readonly caption: string | null;
}

export interface WalkOptions {
  /** Asset name for an image's src, or null (remote, missing, not an image). */
  readonly resolveImage: (src: string) => string | null;
  /** Absolute http(s) base for relative links, when the page names its own address. */
  readonly baseUrl?: string | null;
}

const BLOCK = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'footer', 'aside', 'nav', 'address', 'details', 'summary', 'center',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'figure', 'figcaption',
  'table', 'thead', 'tbody', 'tfoot', 'tr', 'td', 'th', 'caption', 'hr', 'body', 'html',
]);
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

interface Segment {
  readonly text: string;
  readonly href: string | null;
}

const nameOf = (el: Element): string => el.localName.toLowerCase();

/** Joins text segments, collapsing white space, and places each link by offsets. */
export function compose(segments: readonly Segment[]): { text: string; links: InlineLink[] } {
  let text = '';
  const links: InlineLink[] = [];
  for (const segment of segments) {
    let start = -1;
    for (const part of segment.text.replace(INVISIBLE, '').split(/(\s+)/)) {
      if (part === '') continue;
      if (/^\s/.test(part)) {
        if (text !== '' && !text.endsWith(' ')) text += ' ';
      } else {
        if (start < 0) start = text.length;
        text += part;
      }
    }
    if (segment.href === null || start < 0) continue;
    const last = links.at(-1);
    if (last && last.href === segment.href && last.end >= start - 1) links[links.length - 1] = { ...last, end: text.length };
    else links.push({ start, end: text.length, href: segment.href });
  }
  const trimmed = text.trimEnd();
  return { text: trimmed, links: links.map((l) => ({ ...l, end: Math.min(l.end, trimmed.length) })).filter((l) => l.end > l.start) };
}

/** An absolute http(s) address for a link, or null: every other scheme is dropped. */
export function httpHref(href: string | null, base: string | null | undefined): string | null {
  if (!href) return null;
  const value = href.trim();
  if (/^https?:\/\//i.test(value)) return safeUrl(value);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value) || value.startsWith('#') || !base) return null;
  return safeUrl(value, base);
}

function safeUrl(value: string, base?: string): string | null {
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

class Walker {
  readonly items: Item[] = [];
  readonly figures: FigureAt[] = [];
  private segments: Segment[] = [];
  private readonly styles: BlockStyle[] = [];
  private href: string | null = null;
  private headingLevel: number | null = null;

  constructor(private readonly options: WalkOptions) {}

  flush(): void {
    if (this.segments.length === 0) return;
    const { text, links } = compose(this.segments);
    this.segments = [];
    if (text === '') return;
    const style = this.styles.at(-1);
    const level = this.headingLevel;
    this.items.push({
      text,
      kind: level === null ? 'paragraph' : 'heading',
      ...(level === null ? {} : { level }),
      ...(style && level === null ? { style } : {}),
      ...(links.length > 0 ? { links } : {}),
    });
  }

  private figure(img: Element, caption: string | null): void {
    const src = img.getAttribute('src');
    const alt = compose([{ text: img.getAttribute('alt') ?? '', href: null }]).text;
    const image = src ? this.options.resolveImage(src) : null;
    if (image === null && alt === '' && caption === null) return;
    this.figures.push({ at: this.items.length, image, alt, caption });
  }

  private withStyle(style: BlockStyle, el: Element): void {
    this.flush();
    this.styles.push(style);
    this.children(el);
    this.flush();
    this.styles.pop();
  }

  children(node: Node): void {
    for (const child of Array.from(node.childNodes)) this.visit(child);
  }

  visit(node: Node): void {
    if (node.nodeType === 3) {
      this.segments.push({ text: node.nodeValue ?? '', href: this.href });
      return;
    }
    if (node.nodeType !== 1 && node.nodeType !== 11) return;
    if (node.nodeType === 11) return this.children(node);
    const el = node as Element;
    const tag = nameOf(el);
    if (tag === 'br') return void this.segments.push({ text: ' ', href: null });
    if (tag === 'img') return this.figure(el, null);
    if (tag === 'a') {
      const outer = this.href;
      this.href = httpHref(el.getAttribute('href'), this.options.baseUrl) ?? outer;
      this.children(el);
      this.href = outer;
      return;
    }
    if (!BLOCK.has(tag)) return this.children(el);
    this.flush();
    if (/^h[1-6]$/.test(tag)) {
      this.headingLevel = Number(tag[1]);
      this.children(el);
      this.flush();
      this.headingLevel = null;
    } else if (tag === 'li') {
      this.withStyle(nameOf(el.parentElement ?? el) === 'ol' ? 'ordered-item' : 'list-item', el);
    } else if (tag === 'blockquote') {
      this.withStyle('quote', el);
    } else if (tag === 'pre') {
      const lines = (el.textContent ?? '').replace(INVISIBLE, '').split('\n').map((l) => l.trimEnd());
      const text = lines.join('\n').trim();
      if (text !== '') this.items.push({ text, kind: 'paragraph', style: 'code', lines: text.split('\n') });
    } else if (tag === 'figure' && el.getElementsByTagName('img').length > 0) {
      const captionEl = Array.from(el.getElementsByTagName('figcaption'))[0];
      const caption = captionEl ? compose([{ text: captionEl.textContent ?? '', href: null }]).text || null : null;
      Array.from(el.getElementsByTagName('img')).forEach((img, i) => this.figure(img, i === 0 ? caption : null));
    } else if (tag === 'tr' && !hasBlockInside(el)) {
      const cells = Array.from(el.children).map((cell) => compose([{ text: cell.textContent ?? '', href: null }]).text).filter((t) => t !== '');
      if (cells.length > 0) this.segments.push({ text: cells.join(' · '), href: null });
    } else if (tag !== 'hr') {
      this.children(el);
    }
    this.flush();
  }
}

function hasBlockInside(row: Element): boolean {
  return row.querySelector('p, div, ul, ol, blockquote, table, h1, h2, h3, h4, h5, h6, pre, figure, img') !== null;
}

/** Items and figures of sanitised markup, in reading order. */
export function walkBlocks(root: Node, options: WalkOptions): { items: Item[]; figures: FigureAt[] } {
  const walker = new Walker(options);
  walker.visit(root);
  walker.flush();
  return { items: walker.items, figures: walker.figures };
}
