// Shared by the card measurement scripts: where the dev set is, its tune/heldOut split, and each
// text parsed the way Lectern reads it. The dev set is read in place and never copied.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export function devsetDir(repo) {
  return process.env.LECTERN_DEVSET ?? join(repo, '..', 'shared', 'devset');
}

export function readSplit(repo) {
  return JSON.parse(readFileSync(join(repo, 'scripts', 'devset-split.json'), 'utf8'));
}

/** Where each set keeps a text's raw file. */
export function rawPath(devset, set, name) {
  if (set === 'articles') return join(devset, 'articles', name, 'raw.txt');
  if (set === 'news') return join(devset, 'news', name, 'article.txt');
  return join(devset, 'expository', `${name}.txt`);
}

/** The Node build's core modules, or null (with a message) when it is missing. */
export async function loadCore(repo) {
  const out = join(repo, 'out', 'node', 'core');
  if (!existsSync(join(out, 'cards', 'index.js'))) {
    console.error('build first with `npx tsc -p tsconfig.cli.json` (out/node is missing).');
    return null;
  }
  const load = (p) => import(pathToFileURL(join(out, p)).href);
  const { parseText } = await load('parse/index.js');
  const { generateCards } = await load('cards/index.js');
  return { parseText, generateCards };
}

/**
 * The text parsed as Lectern reads it. A news story stored as one line with no paragraph breaks
 * may parse to no paragraph at all; then each sentence end starts a paragraph, so the cards are
 * measured at all (flagged `resplit`).
 */
export function parseDevText(core, text) {
  const clean = text.replace(/\r\n?/g, '\n');
  const article = core.parseText(clean, { format: 'text', encoding: 'utf-8' });
  if (article.blocks.some((b) => b.type === 'paragraph')) return { article, resplit: false };
  const split = clean.replace(/([.!?]["”’]?)\s+(?=["“]?[A-Z])/g, '$1\n\n');
  return { article: core.parseText(split, { format: 'text', encoding: 'utf-8' }), resplit: true };
}

export const words = (article) => article.blocks.filter((b) => b.type === 'paragraph').reduce((n, b) => n + b.text.split(/\s+/).filter(Boolean).length, 0);
