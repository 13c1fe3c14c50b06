// Serving the built renderer: only files inside its folder, with their proper types.
import { readFileSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.json': 'application/json; charset=utf-8',
};

/** The file for a URL path, or null when there is none (or it would leave `root`). */
export function resolveStatic(root: string, urlPath: string): { path: string; type: string } | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const relative = normalize(decoded === '/' ? '/index.html' : decoded).replace(/^([/\\])+/, '');
  const path = join(root, relative);
  if (path !== root && !path.startsWith(root.endsWith(sep) ? root : root + sep)) return null;
  const type = TYPES[extname(path).toLowerCase()];
  if (!type) return null;
  try {
    if (!statSync(path).isFile()) return null;
  } catch {
    return null;
  }
  return { path, type };
}

export function readStatic(path: string): Buffer {
  return readFileSync(path);
}
