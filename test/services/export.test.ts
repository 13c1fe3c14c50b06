// Every export of a realistic library, read back with a real parser: YAML front matter,
// Anki's text headers, the .apkg's SQLite database, CSV with papaparse, HTML for externals.
import { strFromU8, unzipSync } from 'fflate';
import Papa from 'papaparse';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { ANKI_TEXT_HEADER, CSV_COLUMNS, type ExportFormat, type ExportOutput } from '../../src/core/export/index.js';
import { ExportService } from '../../src/host/services/export.js';
import { EDITED_FRONT, HIGHLIGHT_NOTE, ODD_TITLE, richLibrary, SAMPLE, type RichLibrary } from '../core/export/fixture.js';

const FIRST = new Date('2026-05-01T08:00:00Z');
const LATER = new Date('2026-06-11T17:45:00Z');

function exporter(lib: RichLibrary, at = FIRST) {
  return new ExportService(lib.library.store, lib.notes, lib.study, () => at);
}

function text(output: ExportOutput, name?: string): string {
  const file = name ? output.files.find((f) => f.name === name) : output.files[0];
  if (!file) throw new Error(`no file ${name}`);
  return strFromU8(file.data);
}

function keptCount(lib: RichLibrary, id = SAMPLE): number {
  return lib.study.cards(id).cards.filter((c) => c.status === 'kept').length;
}

async function render(lib: RichLibrary, ids: readonly string[] | 'all', format: ExportFormat, at = FIRST) {
  return exporter(lib, at).render(ids, format);
}

describe('Markdown export', () => {
  it('writes YAML front matter, the summary, highlights, the note and the cards', async () => {
    const lib = await richLibrary();
    const out = await render(lib, [SAMPLE], 'md');
    expect(out.folder).toBe(false);
    expect(out.files.map((f) => f.name)).toEqual(['united-states-and-china-balance-48b49f79.md']);
    const md = text(out);
    const [, front, body] = md.split(/^---$/m);
    expect(parseYaml(front!)).toEqual({
      title: lib.library.get(SAMPLE).title,
      byline: 'time news',
      published: '2023-06-20T07:00:00',
      file: '000_df74848942b8800c.txt',
      tags: ['geopolitics', 'us china'],
      exported: FIRST.toISOString(),
      lectern_id: SAMPLE,
    });
    expect(body).toMatch(/^## Summary/m);
    expect(body).toMatch(/^### Key points\n\n- /m);
    expect(body).toContain('> a conciliatory signal from Beijing\n\nWhy "conciliatory", really? A second line'.replace(' A second', '\nA second'));
    expect(body).toContain('#china');
    expect(body).toContain('## My note\n\n### My thoughts\n\nA note with <b>html</b>');
    const questions = body!.match(/^\*\*Q:\*\* /gm) ?? [];
    expect(questions).toHaveLength(keptCount(lib));
    expect(body).toContain('**Q:** Who said "this", and where? Think of Beijing.');
  });

  it('writes one file per article and an index, with names that do not depend on order or time', async () => {
    const lib = await richLibrary();
    const a = await render(lib, [SAMPLE, lib.other], 'md');
    const b = await render(lib, [lib.other, SAMPLE], 'md', LATER);
    expect(a.folder).toBe(true);
    const names = a.files.map((f) => f.name).sort();
    expect(b.files.map((f) => f.name).sort()).toEqual(names);
    expect(names).toEqual(['attention-script-alert-x-script-' + lib.other.slice(0, 8) + '.md', 'index.md', 'united-states-and-china-balance-48b49f79.md'].sort());
    const index = text(a, 'index.md');
    for (const name of names.filter((n) => n !== 'index.md')) expect(index).toContain(`](${name})`);
    expect(text(a, 'index.md').split('\n---\n')[1]).toBe(text(b, 'index.md').split('\n---\n')[1]);
    const other = text(a, names.find((n) => n.startsWith('attention'))!);
    expect(parseYaml(other.split(/^---$/m)[1]!).title).toBe(ODD_TITLE);
  });
});

describe('Anki text export', () => {
  it('has the headers Anki reads and one row per kept card, cloze cards as Cloze notes', async () => {
    const lib = await richLibrary();
    const txt = text(await render(lib, 'all', 'anki'));
    expect(txt.endsWith('\n')).toBe(true);
    const lines = txt.slice(0, -1).split('\n');
    expect(lines.slice(0, ANKI_TEXT_HEADER.length)).toEqual(['#separator:tab', '#html:true', '#guid column:1', '#notetype column:2', '#deck column:3', '#tags column:4']);
    const rows = Papa.parse<string[]>(lines.slice(ANKI_TEXT_HEADER.length).join('\n'), { delimiter: '\t' }).data;
    expect(rows).toHaveLength(keptCount(lib));
    for (const row of rows) expect(row).toHaveLength(6);
    const cloze = rows.filter((r) => r[1] === 'Cloze');
    expect(cloze.length).toBeGreaterThan(0);
    for (const r of cloze) {
      expect(r[4]).toMatch(/\{\{c1::.+?\}\}/);
      expect(r[3]!.split(' ')).toEqual(expect.arrayContaining(['geopolitics', 'us_china', 'cloze']));
    }
    const basic = rows.filter((r) => r[1] === 'Basic');
    for (const r of basic) expect(r[5]).toContain('<br>');
    expect(basic.some((r) => r[4]!.includes('Who said &quot;this&quot;, and where?<br>Think of Beijing.'))).toBe(true);
    expect(new Set(rows.map((r) => r[2]))).toEqual(new Set(['Lectern::United States and China: balance of Antony Blinken’s visit to Beijing']));
  });

  it('keeps GUIDs stable across exports', async () => {
    const lib = await richLibrary();
    const guids = (t: string) => t.split('\n').filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t')[0]);
    const first = guids(text(await render(lib, 'all', 'anki')));
    const second = guids(text(await render(lib, [SAMPLE], 'anki', LATER)));
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(first.length);
  });
});

describe('Anki package export', () => {
  async function openPackage(lib: RichLibrary, at = FIRST) {
    const out = await render(lib, 'all', 'apkg', at);
    expect(out.files[0]!.name).toBe('lectern.apkg');
    const entries = unzipSync(out.files[0]!.data);
    expect(Object.keys(entries).sort()).toEqual(['collection.anki2', 'media']);
    expect(strFromU8(entries['media']!)).toBe('{}');
    const SQL = await initSqlJs();
    const db = new SQL.Database(entries['collection.anki2']!);
    const rows = (sql: string) => {
      const [result] = db.exec(sql);
      return (result?.values ?? []).map((v) => Object.fromEntries(result!.columns.map((c, i) => [c, v[i]])));
    };
    return { db, rows };
  }

  it('holds a schema-11 collection whose notes, cards, decks and note types agree', async () => {
    const lib = await richLibrary();
    const { rows, db } = await openPackage(lib);
    const tables = rows("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").map((r) => r['name']);
    expect(tables).toEqual(['cards', 'col', 'graves', 'notes', 'revlog']);
    const [col] = rows('SELECT * FROM col');
    expect(col!['ver']).toBe(11);
    const models = JSON.parse(String(col!['models']));
    const decks = JSON.parse(String(col!['decks']));
    const dconf = JSON.parse(String(col!['dconf']));
    expect(Object.values(models).map((m: any) => [m.name, m.type, m.flds.map((f: any) => f.name)])).toEqual(
      expect.arrayContaining([['Lectern Basic', 0, ['Front', 'Back']], ['Lectern Cloze', 1, ['Text', 'Back Extra']]]),
    );
    for (const [id, model] of Object.entries<any>(models)) expect(String(model.id)).toBe(id);
    const deckNames = Object.values<any>(decks).map((d) => d.name);
    expect(deckNames).toEqual(expect.arrayContaining(['Default', 'Lectern', 'Lectern::United States and China: balance of Antony Blinken’s visit to Beijing']));
    for (const deck of Object.values<any>(decks)) expect(dconf[deck.conf]).toBeDefined();

    const notes = rows('SELECT * FROM notes');
    const cards = rows('SELECT * FROM cards');
    expect(notes).toHaveLength(keptCount(lib));
    const noteIds = new Set(notes.map((n) => n['id']));
    for (const card of cards) {
      expect(noteIds.has(card['nid'])).toBe(true);
      expect(decks[String(card['did'])]).toBeDefined();
    }
    for (const note of notes) {
      const model = models[String(note['mid'])];
      expect(model).toBeDefined();
      const fields = String(note['flds']).split('\x1f');
      expect(fields).toHaveLength(model.flds.length);
      expect(String(note['tags'])).toMatch(/^ .+ $/);
      const mine = cards.filter((c) => c['nid'] === note['id']);
      if (model.type === 1) {
        const numbers = new Set([...fields[0]!.matchAll(/\{\{c(\d+)::/g)].map((m) => Number(m[1])));
        expect(mine.map((c) => Number(c['ord']) + 1).sort()).toEqual([...numbers].sort());
      } else expect(mine.map((c) => c['ord'])).toEqual([0]);
      const sort = fields[0]!.replace(/<br>/g, ' ').replace(/<[^>]+>/g, '').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').trim();
      expect(note['sfld']).toBe(sort);
      const { createHash } = await import('node:crypto');
      expect(note['csum']).toBe(parseInt(createHash('sha1').update(sort).digest('hex').slice(0, 8), 16));
    }
    expect(rows('SELECT count(*) AS n FROM revlog')[0]!['n']).toBe(lib.study.reviewLog().length);
    db.close();
  });

  it('keeps note GUIDs and note, card, deck and model IDs across exports', async () => {
    const lib = await richLibrary();
    const ids = async (at: Date) => {
      const { rows, db } = await openPackage(lib, at);
      const value = {
        notes: rows('SELECT id, guid, mid FROM notes ORDER BY id'),
        cards: rows('SELECT id, nid, did, ord FROM cards ORDER BY id'),
        decks: Object.keys(JSON.parse(String(rows('SELECT decks FROM col')[0]!['decks']))).sort(),
      };
      db.close();
      return value;
    };
    const a = await ids(FIRST);
    expect(await ids(LATER)).toEqual(a);
    expect(a.notes.every((n) => String(n['guid']).startsWith('lectern-'))).toBe(true);
  });
});

describe('CSV export', () => {
  it('is UTF-8 with a BOM, and round-trips fields with commas, quotes and line breaks', async () => {
    const lib = await richLibrary();
    const [file] = (await render(lib, [SAMPLE], 'csv')).files;
    expect([...file!.data.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = new TextDecoder('utf-8', { ignoreBOM: true }).decode(file!.data);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = Papa.parse<Record<string, string>>(csv.slice(1), { header: true, skipEmptyLines: true, newline: '\r\n' });
    expect(parsed.errors).toEqual([]);
    expect(parsed.meta.fields).toEqual([...CSV_COLUMNS]);
    const cards = parsed.data.filter((r) => r['record'] === 'card');
    const highlights = parsed.data.filter((r) => r['record'] === 'highlight');
    expect(cards).toHaveLength(lib.study.cards(SAMPLE).cards.length);
    expect(highlights).toHaveLength(2);
    expect(cards.find((r) => r['question'] === EDITED_FRONT)?.['answer']).toBe('Blinken, in "Beijing"');
    expect(highlights.find((r) => r['note'] === HIGHLIGHT_NOTE)).toMatchObject({ text: 'a conciliatory signal from Beijing', color: 'green', tags: 'china' });
    expect(cards.some((r) => r['reps'] === '2')).toBe(true);
  });
});

describe('HTML export', () => {
  it('is self-contained and escaped', async () => {
    const lib = await richLibrary();
    const out = await render(lib, 'all', 'html');
    expect(out.folder).toBe(true);
    expect(out.files.map((f) => f.name)).toContain('index.html');
    for (const file of out.files) {
      const html = strFromU8(file.data);
      expect(html).not.toMatch(/<script/i);
      expect(html).not.toMatch(/<link/i);
      expect(html).not.toMatch(/(src|href)\s*=\s*["']?\s*(https?:)?\/\//i);
      expect(html).not.toMatch(/@import|url\(/i);
      expect(html).toMatch(/@media print/);
    }
    const other = strFromU8(out.files.find((f) => f.name.startsWith('attention'))!.data);
    expect(other).toContain('<title>Attention &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &quot;friends&quot;</title>');
    const sample = strFromU8(out.files.find((f) => f.name.startsWith('united'))!.data);
    // The note is rendered Markdown, sanitised: its heading sits below "My note", its inline HTML is kept.
    expect(sample).toContain('<h3>My thoughts</h3>');
    expect(sample).toContain('A note with <b>html</b> &amp; "quotes".');
    expect(sample).toContain('<blockquote class="green">a conciliatory signal from Beijing</blockquote>');
  });
});

describe('downloads for the UI', () => {
  it('zips Markdown of several articles and gives single files as they are', async () => {
    const lib = await richLibrary();
    const service = exporter(lib);
    const zip = await service.download('all', 'md');
    expect(zip).toMatchObject({ fileName: 'lectern-export.zip', mimeType: 'application/zip' });
    expect(Object.keys(unzipSync(new Uint8Array(Buffer.from(zip.base64, 'base64')))).sort()).toContain('index.md');
    const one = await service.download([SAMPLE], 'html');
    expect(one.fileName).toBe('united-states-and-china-balance-48b49f79.html');
    expect(Buffer.from(one.base64, 'base64').toString('utf8')).toMatch(/^<!DOCTYPE html>/);
  });

  it('refuses an unknown article before exporting anything', async () => {
    const lib = await richLibrary();
    await expect(exporter(lib).render([SAMPLE, '0123456789abcdef'], 'json')).rejects.toThrow(/No article with ID 0123456789abcdef/);
  });
});
