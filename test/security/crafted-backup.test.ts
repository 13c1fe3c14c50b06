// A crafted JSON backup must not write, or later read, any file outside the library. The
// article's original file name is never taken from a backup or trusted from a record on disk:
// it is `original.<ext>` from the format, and every store path is confined to its article folder.
// The attack is run through the service, the `lectern import-json` command and the browser
// shell's HTTP API; after each, the folders around the home are listed unchanged.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { strFromU8 } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { importBackup } from '../../src/host/services/backup.js';
import { ExportService } from '../../src/host/services/export.js';
import { createHandlers } from '../../src/host/services/handlers.js';
import { wireServices } from '../../src/host/open-host.js';
import { Library } from '../../src/host/services/library.js';
import { articleMeta } from '../../src/host/store/file-kinds.js';
import { startWebHost, type WebHost } from '../../src/host/web/host.js';
import { richLibrary, SAMPLE } from '../core/export/fixture.js';
import { REPO, SAMPLES, tempDir } from '../helpers/temp-home.js';

const BIN = join(REPO, 'bin', 'lectern.js');
const VICTIM = 'victim.txt';

/** A playground: the victim file beside the home, the home two levels down. */
function playground() {
  const root = tempDir('lectern-attack-');
  writeFileSync(join(root, VICTIM), 'precious\n');
  const home = join(root, 'a', 'home');
  mkdirSync(home, { recursive: true });
  return { root, home };
}

/** Every file and folder under root except inside the home, with the victim's content. */
function around(root: string, home: string): string[] {
  const rel = home.slice(root.length + 1);
  const entries = readdirSync(root, { recursive: true }).map(String).filter((p) => p !== rel && !p.startsWith(`${rel}/`));
  return [...entries.sort(), readFileSync(join(root, VICTIM), 'utf8')];
}

/** A real backup of a Markdown article (not the sample, which every new library has), its
 * original renamed to climb out of the article's folder. */
async function craftedBackup(): Promise<{ json: string; id: string }> {
  const lib = await richLibrary();
  const out = await new ExportService(lib.library.store, lib.notes, lib.study).render([lib.other], 'json');
  const doc = JSON.parse(strFromU8(out.files[0]!.data));
  doc.articles[0].meta.originalFile = `../../../../${VICTIM}`;
  return { json: JSON.stringify(doc), id: lib.other };
}

let host: WebHost | undefined;
afterEach(async () => {
  await host?.close();
  host = undefined;
});

describe('a crafted backup', () => {
  it('restores through the service as original.txt and writes nothing outside the home', async () => {
    const { root, home } = playground();
    const { json, id } = await craftedBackup();
    const library = Library.open(join(home, 'lib'));
    const before = around(root, home);
    const report = importBackup(library.store, json);
    expect(around(root, home)).toEqual(before);
    expect(report.failed).toEqual([]);
    expect(report.restored.map((r) => r.id)).toEqual([id]);
    expect(library.store.meta('articles', id).originalFile).toBe('original.md');
    expect(readdirSync(join(home, 'lib', 'articles', id))).toContain('original.md');
    expect(Buffer.from(library.original(id)).toString('utf8')).toContain('Attention is the rarest form of generosity');
  });

  it('writes nothing outside the home through `lectern import-json`', async () => {
    const { root, home } = playground();
    const file = join(root, 'backup.json');
    const { json, id } = await craftedBackup();
    writeFileSync(file, json);
    const before = around(root, home);
    const result = spawnSync(process.execPath, [BIN, '--home', home, 'import-json', file], { encoding: 'utf8', env: { PATH: process.env['PATH'] ?? '', HOME: tempDir('lectern-userhome-') } });
    expect(result.status, result.stderr).toBe(0);
    expect(readdirSync(join(home, 'articles', id))).toContain('original.md');
    expect(around(root, home).filter((p) => p !== 'backup.json')).toEqual(before.filter((p) => p !== 'backup.json'));
  });

  it("writes nothing outside the home through the browser shell's library:importJson", async () => {
    const { root, home } = playground();
    const library = Library.open(home);
    const renderer = tempDir('lectern-renderer-');
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Lectern</title>');
    host = await startWebHost({ handlers: createHandlers(wireServices(library)), rendererDir: renderer });
    const { json, id } = await craftedBackup();
    const before = around(root, home);
    const body = JSON.stringify({ base64: Buffer.from(json).toString('base64') });
    const status = await new Promise<number>((resolve, reject) => {
      const req = request(
        {
          host: '127.0.0.1',
          port: host!.port,
          path: '/api/library:importJson',
          method: 'POST',
          headers: { Host: `127.0.0.1:${host!.port}`, 'Content-Type': 'application/json', Cookie: `lectern_${host!.port}=${host!.token}` },
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        },
      );
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(200);
    expect(around(root, home)).toEqual(before);
    expect(readdirSync(join(home, 'articles', id))).toContain('original.md');
  });

  it('never reads a file outside the article folder named by a tampered record on disk', () => {
    const { root, home } = playground();
    Library.open(home, { samplesDir: SAMPLES });
    const meta = join(home, 'articles', SAMPLE, 'meta.json');
    const record = JSON.parse(readFileSync(meta, 'utf8'));
    record.originalFile = `../../../../${VICTIM}`;
    writeFileSync(meta, JSON.stringify(record));
    // A record whose original is not `original.<ext>` is not a valid record at all.
    expect(articleMeta.schema.safeParse(record).success).toBe(false);
    const reopened = Library.open(home);
    const original = Buffer.from(reopened.original(SAMPLE)).toString('utf8');
    expect(original).not.toContain('precious');
    expect(readFileSync(join(root, VICTIM), 'utf8')).toBe('precious\n');
  });
});
