// A lowdb adapter for one store file: reads validate (and migrate) what is on disk, writes are
// atomic and durable and keep the previous version as a rolling backup.
import { readFileSync } from 'node:fs';
import type { SyncAdapter } from 'lowdb';
import { StoreError } from '../../core/errors.js';
import { backUp } from './backups.js';
import { writeFileDurably } from './durable-file.js';
import type { FileKind } from './file-kinds.js';

/** The file exists but cannot be trusted: truncated, garbled or schema-invalid. */
export class CorruptFileError extends Error {
  override name = 'CorruptFileError';
}

/** Parses and validates a document of `kind`, migrating older versions. */
export function decodeDocument<T>(kind: FileKind<T>, raw: string): T {
  let doc: unknown;
  try {
    doc = JSON.parse(raw);
  } catch {
    throw new CorruptFileError(raw.length === 0 ? 'the file is empty' : 'the file is not valid JSON (truncated or garbled)');
  }
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) throw new CorruptFileError('the file does not hold a JSON object');
  let record = doc as Record<string, unknown>;
  let version = record['schema'];
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    throw new CorruptFileError('the file has no valid schema version');
  }
  if (version > kind.version) {
    throw new StoreError(
      `This ${kind.name} was written by a newer version of Lectern (schema ${version}; this one reads up to ${kind.version}). Update Lectern to open it.`,
    );
  }
  while (version < kind.version) {
    const migrate = kind.migrations[version];
    if (!migrate) throw new CorruptFileError(`no migration from schema ${version}`);
    record = { ...migrate(record), schema: version + 1 };
    version += 1;
  }
  const parsed = kind.schema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CorruptFileError(`the file does not match its schema (${issue ? `${issue.path.join('.') || 'root'}: ${issue.message}` : 'invalid'})`);
  }
  return parsed.data;
}

export class JsonFile<T> implements SyncAdapter<T> {
  constructor(
    readonly path: string,
    readonly kind: FileKind<T>,
    private readonly backupDir: string,
  ) {}

  read(): T | null {
    let raw: string;
    try {
      raw = readFileSync(this.path, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw error;
    }
    return decodeDocument(this.kind, raw);
  }

  write(data: T): void {
    const checked = this.kind.schema.parse(data);
    writeFileDurably(this.path, `${JSON.stringify(checked, null, 1)}\n`, () => backUp(this.path, this.backupDir));
  }
}
