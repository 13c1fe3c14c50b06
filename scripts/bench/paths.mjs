// Where the benchmark finds the built app (`npm run build`: out/node and out/renderer).
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

export const REPO = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

/** A module of the Node build, as an import specifier. */
export function out(path) {
  const file = join(REPO, 'out', 'node', path);
  if (!existsSync(file)) throw new Error(`bench: ${file} is missing; build first with \`npm run build\`.`);
  return pathToFileURL(file).href;
}

export const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

export const percentile = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
};
