// @vitest-environment jsdom
// The note preview (issue 20, items 3 and 6): rendered Markdown keeps reading elements only —
// no style, form, input or other element that could restyle or script the app — and a note past
// the Markdown caps is shown as plain text at once instead of stalling the UI thread in marked.
import { describe, expect, it } from 'vitest';

// Loaded by path: the renderer's module is type-checked with the renderer (tsconfig.web.json,
// bundler resolution), not with the Node code this test folder is checked with.
const RENDERER_MARKDOWN = '../../src/renderer/src/notes/markdown.ts';
const { renderNote } = (await import(/* @vite-ignore */ RENDERER_MARKDOWN)) as { renderNote: (markdown: string) => string };

function render(markdown: string): HTMLElement {
  const div = document.createElement('div');
  div.innerHTML = renderNote(markdown);
  return div;
}

describe('the note preview', () => {
  it('keeps headings, emphasis, lists, links, code and tables', () => {
    const div = render('# Notes\n\nSome **bold** and _soft_ words.\n\n- one\n- two\n\n[a link](https://example.org)\n\n`code`\n\n| a | b |\n| - | - |\n| 1 | 2 |\n');
    for (const tag of ['h1', 'strong', 'em', 'ul', 'li', 'a', 'code', 'table', 'td']) expect(div.querySelector(tag), tag).not.toBeNull();
    expect(div.querySelector('a')!.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it.each([
    ['<style>body { display: none }</style>', 'style'],
    ['<form action="https://evil.example"><input name="q"><button>Go</button></form>', 'form, input, button'],
    ['<textarea>x</textarea><select><option>1</option></select>', 'textarea, select, option'],
    ['<link rel="stylesheet" href="https://evil.example/x.css"><meta http-equiv="refresh" content="0">', 'link, meta'],
    ['<iframe src="https://evil.example"></iframe><object data="x"></object><embed src="x">', 'iframe, object, embed'],
    ['<svg><style>*{color:red}</style></svg><math><mi>x</mi></math>', 'svg, math, style'],
    ['<details open ontoggle="alert(1)"><summary>x</summary></details><dialog open>x</dialog>', 'details, dialog'],
    ['<img src="x" onerror="alert(1)"><p style="position:fixed;inset:0">cover</p>', 'img[onerror], [style]'],
  ])('drops %s', (html, selector) => {
    const div = render(`Before\n\n${html}\n\nAfter`);
    expect(div.querySelector(selector)).toBeNull();
    expect(div.innerHTML).not.toMatch(/onerror|ontoggle|style=/i);
    expect(div.textContent).toContain('After');
  });

  it('keeps images only from data: or blob: sources', () => {
    const div = render('![remote](https://evil.example/track.png) ![inline](data:image/png;base64,iVBORw0KGgo=)');
    const sources = [...div.querySelectorAll('img')].map((img) => img.getAttribute('src'));
    expect(sources).toEqual([null, 'data:image/png;base64,iVBORw0KGgo=']);
  });

  it('shows a note past the caps as plain text, with the reason, at once', () => {
    for (const hostile of ['*a_'.repeat(20_000), `${'>'.repeat(3_000)} deep`]) {
      const started = performance.now();
      const div = render(hostile);
      expect(performance.now() - started).toBeLessThan(500); // marked alone takes seconds on the first
      expect(div.querySelector('p.hint')!.textContent).toMatch(/shown as plain text/);
      expect(div.querySelector('pre')!.textContent).toBe(hostile);
    }
  });
});
