import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { StoreError } from '../../src/core/errors.js';
import type { FileKind } from '../../src/host/store/file-kinds.js';
import { CorruptFileError, decodeDocument } from '../../src/host/store/json-file.js';

// A kind at version 3 whose history renamed `name` to `title` (v1→v2) and added `tags` (v2→v3).
const noteKind: FileKind<{ schema: 3; title: string; tags: string[] }> = {
  name: 'test note',
  version: 3,
  schema: z.object({ schema: z.literal(3), title: z.string(), tags: z.array(z.string()) }),
  migrations: {
    1: ({ name, ...rest }) => ({ ...rest, title: name }),
    2: (doc) => ({ ...doc, tags: [] }),
  },
};

describe('decodeDocument', () => {
  it('reads a current document', () => {
    expect(decodeDocument(noteKind, '{"schema":3,"title":"a","tags":["x"]}')).toEqual({ schema: 3, title: 'a', tags: ['x'] });
  });

  it('migrates an older document step by step', () => {
    expect(decodeDocument(noteKind, '{"schema":1,"name":"old"}')).toEqual({ schema: 3, title: 'old', tags: [] });
  });

  it('refuses a document from a newer Lectern without calling it corrupt', () => {
    expect(() => decodeDocument(noteKind, '{"schema":4,"title":"a","tags":[]}')).toThrow(StoreError);
    expect(() => decodeDocument(noteKind, '{"schema":4,"title":"a","tags":[]}')).toThrow(/newer version of Lectern/);
  });

  it.each([
    ['an empty file', '', /empty/],
    ['a truncated file', '{"schema":3,"title":"a","ta', /not valid JSON/],
    ['garbage', '\u0000\u0001garbage', /not valid JSON/],
    ['an array', '[1,2]', /JSON object/],
    ['a missing version', '{"title":"a","tags":[]}', /schema version/],
    ['a schema-invalid document', '{"schema":3,"title":5,"tags":[]}', /title/],
  ])('calls %s corrupt', (_what, raw, message) => {
    expect(() => decodeDocument(noteKind, raw)).toThrow(CorruptFileError);
    expect(() => decodeDocument(noteKind, raw)).toThrow(message);
  });
});
