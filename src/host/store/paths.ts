// Where each file of the library lives, and the checks that keep every path the store opens
// inside the home. IDs, file names and asset names reach the store from users, scripts and
// restored backups, so each is checked before it becomes a path:
//
//   <home>/lectern.json                 the home's own record (schema version)
//   <home>/articles/<id>/meta.json      list data + the user's state (title, tags, progress…)
//   <home>/articles/<id>/parsed.json    the parsed article (blocks, removed blocks)
//   <home>/articles/<id>/original.<ext> the imported file, byte for byte
//   <home>/articles/<id>/assets/<name>  images shown with the article
//   <home>/trash/<id>/…                 the same, for articles in the trash
//   <home>/backups/<path>/…             rolling backups of every store file
//   <home>/quarantine/<stamp>/<path>    bad files moved aside (never deleted)
//   <home>/journal/<name>/<month>.jsonl append-only journals (reviews, decisions)
//   <home>/changes.jsonl                the change feed
//   <home>/recoveries.log               one JSON line per recovery
import { join, relative, resolve, sep } from 'node:path';
import { NotFoundError, StoreError } from '../../core/errors.js';
import { ORIGINAL_FILE_NAME } from './file-kinds.js';

export type Shelf = 'articles' | 'trash';
export const SHELVES: readonly Shelf[] = ['articles', 'trash'];

export const ID_PATTERN = /^[0-9a-f]{16}$/;

/** `file` under `folder`, refused if it would resolve anywhere else (a `..`, an absolute path). */
export function insideFolder(folder: string, file: string): string {
  const base = resolve(folder);
  const path = resolve(base, file);
  if (!path.startsWith(base + sep)) throw new StoreError(`Refused the file name "${file}": it points outside the article's folder.`);
  return path;
}

/** An original's file name as stored; anything else is refused before a byte is written. */
export function originalName(name: string): string {
  if (!ORIGINAL_FILE_NAME.test(name)) throw new StoreError(`Refused the original file name "${name}": it must be original.<extension>.`);
  return name;
}

/** A file of an article's folder. IDs reach here from users and scripts: never let one name a
 * path outside the shelf. */
export function articlePath(home: string, shelf: Shelf, id: string, file: string): string {
  if (!ID_PATTERN.test(id)) throw new NotFoundError(`"${id}" is not an article ID (16 hexadecimal characters) nor an existing file.`);
  return insideFolder(join(home, shelf, id), file);
}

export const ASSET_NAME = /^[\w][\w.-]{0,127}$/;
const ASSET_TYPES: Readonly<Record<string, string>> = { png: 'image/png', jpg: 'image/jpeg', jpeg: 'image/jpeg', gif: 'image/gif', webp: 'image/webp', bmp: 'image/bmp', avif: 'image/avif' };

/** The media type of an asset name, or null when the name or its type is not one we serve. */
export function assetType(name: string): string | null {
  const ext = name.split('.').pop()?.toLowerCase() ?? '';
  // own keys only: a name ending in ".constructor" must not find Object's
  return ASSET_NAME.test(name) && Object.hasOwn(ASSET_TYPES, ext) ? ASSET_TYPES[ext]! : null;
}

/** Where the backups of a store file are kept: the same relative path under `backups/`. */
export function backupDirOf(home: string, path: string): string {
  return join(home, 'backups', relative(home, path));
}

/** The folder of an article's backups. */
export function articleBackupDir(home: string, shelf: Shelf, id: string): string {
  return join(home, 'backups', shelf, id);
}

export function journalFile(home: string, name: string, month: string): string {
  return join(home, 'journal', name, `${month}.jsonl`);
}

export function journalDir(home: string, name: string): string {
  return join(home, 'journal', name);
}

export function changeFeedFile(home: string): string {
  return join(home, 'changes.jsonl');
}

export function recoveriesLog(home: string): string {
  return join(home, 'recoveries.log');
}
