import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { APP_URL, contentType, rendererFile } from '../../src/main/app-protocol.js';

const root = resolve('/opt/lectern/resources/app.asar/out/renderer');

describe('app:// serves the renderer', () => {
  it('maps the page and its assets into out/renderer', () => {
    expect(rendererFile(APP_URL, root)).toBe(join(root, 'index.html'));
    expect(rendererFile('app://lectern/', root)).toBe(join(root, 'index.html'));
    expect(rendererFile('app://lectern/assets/index-abc.js?v=1#x', root)).toBe(join(root, 'assets', 'index-abc.js'));
    expect(rendererFile('app://lectern/assets/a%20b.css', root)).toBe(join(root, 'assets', 'a b.css'));
  });

  it('serves nothing outside out/renderer, however the path is spelt', () => {
    for (const url of [
      'app://lectern/../../../../etc/passwd',
      'app://lectern/%2e%2e/%2e%2e/main/index.js',
      'app://lectern/assets/%2e%2e%2f%2e%2e%2fmain%2findex.js',
      'app://lectern/..%5c..%5cmain%5cindex.js',
      'app://lectern/%2fetc%2fpasswd',
      'app://lectern/index.html%00.png',
      'app://lectern/%E0%A4%A',
      'app://other/index.html',
      'file:///etc/passwd',
      'https://lectern/index.html',
      'not a url',
    ]) {
      const file = rendererFile(url, root);
      expect(file === null || file.startsWith(root + '/'), url).toBe(true);
    }
    // Encoded separators survive URL parsing; decoded, they would climb out of the root.
    expect(rendererFile('app://lectern/assets/%2e%2e%2f%2e%2e%2f%2e%2e%2fmain%2findex.js', root)).toBeNull();
    expect(rendererFile('app://lectern/..%5c..%5cmain%5cindex.js', root)).toBeNull();
    expect(rendererFile('app://lectern/index.html%00.png', root)).toBeNull();
  });

  it('names each file’s type', () => {
    expect(contentType('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(contentType('/r/assets/x.JS')).toBe('text/javascript; charset=utf-8');
    expect(contentType('/r/assets/x.woff2')).toBe('font/woff2');
    expect(contentType('/r/unknown.bin')).toBe('application/octet-stream');
  });
});
