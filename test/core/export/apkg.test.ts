// The .apkg read back with sql.js: every studied card arrives in Anki as Lectern left it (type,
// queue, interval, due date, FSRS memory state) with its review log as `revlog` rows, and an
// edited cloze card is still a Cloze note.
import { unzipSync } from 'fflate';
import initSqlJs from 'sql.js';
import { describe, expect, it } from 'vitest';
import { ankiGuid } from '../../../src/core/export/index.js';
import { ExportService } from '../../../src/host/services/export.js';
import type { StudyCard } from '../../../src/shared/study.js';
import { richLibrary, SAMPLE, type RichLibrary } from './fixture.js';

const EXPORTED = new Date('2026-04-20T12:00:00Z');
const DAY_S = 86_400;

type Row = Record<string, unknown>;

async function readPackage(lib: RichLibrary, cards: 'kept' | 'all' = 'kept') {
  const out = await new ExportService(lib.library.store, lib.notes, lib.study, () => EXPORTED).render([SAMPLE], 'apkg', undefined, cards);
  const SQL = await initSqlJs();
  const db = new SQL.Database(unzipSync(out.files[0]!.data)['collection.anki2']!);
  const rows = (sql: string): Row[] => {
    const [result] = db.exec(sql);
    return (result?.values ?? []).map((v) => Object.fromEntries(result!.columns.map((c, i) => [c, v[i]])));
  };
  const crt = Number(rows('SELECT crt FROM col')[0]!['crt']);
  /** The Anki card (first of its note) and the note of a Lectern card. */
  const ankiCard = (card: StudyCard) => {
    const [note] = rows(`SELECT * FROM notes WHERE guid = '${ankiGuid(card.id)}'`);
    if (!note) return null;
    const [first] = rows(`SELECT * FROM cards WHERE nid = ${String(note['id'])} ORDER BY ord LIMIT 1`);
    return { note, card: first! };
  };
  return { db, rows, crt, ankiCard, output: out };
}

const ankiDay = (iso: string, crt: number) => Math.floor((Date.parse(iso) / 1000 - crt) / DAY_S);

describe('Anki package: schedules and review history', () => {
  it('gives each card the type, queue, interval and due date of its Lectern schedule', async () => {
    const lib = await richLibrary();
    const { db, ankiCard, crt } = await readPackage(lib);
    expect(crt % DAY_S).toBe(0);
    const cards = lib.study.cards(SAMPLE).cards;
    const states = new Set<string>();
    for (const card of cards) {
      const found = ankiCard(card);
      expect(found, card.id).not.toBeNull();
      const a = found!.card;
      const s = card.schedule;
      states.add(s.state);
      expect({ reps: a['reps'], lapses: a['lapses'] }).toEqual({ reps: s.reps, lapses: s.lapses });
      if (s.state === 'New') {
        expect({ type: a['type'], queue: a['queue'], ivl: a['ivl'], factor: a['factor'], data: a['data'] }).toEqual({ type: 0, queue: 0, ivl: 0, factor: 0, data: '' });
      } else if (s.state === 'Review') {
        expect({ type: a['type'], queue: a['queue'], ivl: a['ivl'], due: a['due'], factor: a['factor'] }).toEqual({ type: 2, queue: 2, ivl: s.scheduledDays, due: ankiDay(s.due, crt), factor: 2500 });
        expect(Number(a['due'])).toBeGreaterThan(ankiDay(EXPORTED.toISOString(), crt));
      } else {
        expect(s.state).toBe('Learning');
        expect({ type: a['type'], queue: a['queue'], ivl: a['ivl'], due: a['due'] }).toEqual({ type: 1, queue: 1, ivl: 0, due: Math.floor(Date.parse(s.due) / 1000) });
      }
      if (s.state !== 'New') expect(JSON.parse(String(a['data']))).toEqual({ s: expect.closeTo(s.stability, 3), d: expect.closeTo(s.difficulty, 3) });
    }
    // The fixture studied one card into Review and failed another into Learning.
    expect(states).toEqual(new Set(['New', 'Learning', 'Review']));
    db.close();
  });

  it('writes one revlog row per review: time in ms, grade, type, intervals and answer time', async () => {
    const lib = await richLibrary();
    const { db, rows, ankiCard } = await readPackage(lib);
    const log = lib.study.reviewLog();
    expect(log).toHaveLength(3);
    const revlog = rows('SELECT * FROM revlog ORDER BY id');
    expect(revlog).toHaveLength(log.length);
    const cards = lib.study.cards(SAMPLE).cards;
    for (const card of cards.filter((c) => c.schedule.reps > 0)) {
      const entries = log.filter((e) => e.cardId === card.id);
      const mine = revlog.filter((r) => r['cid'] === ankiCard(card)!.card['id']);
      expect(mine).toHaveLength(entries.length);
      entries.forEach((entry, i) => {
        const row = mine[i]!;
        // The review time in ms; two reviews in one millisecond (the fixture's fixed clock) are
        // kept apart by one, since the id is the table's key.
        expect(Number(row['id']) - Date.parse(entry.reviewedAt)).toBeGreaterThanOrEqual(0);
        expect(Number(row['id']) - Date.parse(entry.reviewedAt)).toBeLessThan(log.length);
        expect(row['ease']).toBe(entry.grade);
        expect(row['type']).toBe({ New: 0, Learning: 0, Review: 1, Relearning: 2 }[entry.stateBefore]);
        expect(row['time']).toBe(entry.durationMs ?? 0);
        if (entry.scheduledDays > 0) expect(row['ivl']).toBe(entry.scheduledDays);
        else expect(Number(row['ivl'])).toBeLessThan(0); // a learning step, in seconds
      });
    }
    // The card studied twice: its second row's lastIvl is its first row's ivl, and it ends at
    // the interval the card has now.
    const twice = revlog.filter((r) => r['cid'] === revlog.at(-1)!['cid']);
    expect(twice).toHaveLength(2);
    expect(twice[1]!['lastIvl']).toBe(twice[0]!['ivl']);
    expect(twice[0]!['time']).toBe(4200);
    const studied = cards.find((c) => c.schedule.reps === 2)!;
    expect(twice[1]!['ivl']).toBe(studied.schedule.scheduledDays);
    // The learning step logged last runs to the card's due time.
    const failed = cards.find((c) => c.schedule.state === 'Learning')!;
    const failedRow = revlog.find((r) => r['cid'] === ankiCard(failed)!.card['id'])!;
    expect(failedRow['ivl']).toBe(-Math.round((Date.parse(failed.schedule.due) - Date.parse(failed.schedule.lastReview!)) / 1000));
    db.close();
  });

  it('puts a suspended card in the suspended queue, keeping its type', async () => {
    const lib = await richLibrary();
    const studied = lib.study.cards(SAMPLE).cards.find((c) => c.schedule.state === 'Review')!;
    lib.study.setSuspended(SAMPLE, studied.id, true);
    const { db, ankiCard } = await readPackage(lib);
    expect(ankiCard(studied)!.card).toMatchObject({ type: 2, queue: -1 });
    db.close();
  });
});

describe('Anki package: edited cloze cards', () => {
  it('stays a Cloze note with the reader’s answer as the deletion, not a Basic note with "[...]"', async () => {
    const lib = await richLibrary();
    const cloze = lib.study.cards(SAMPLE).cards.find((c) => c.kind === 'cloze' && c.front.includes('[...]') && c.schedule.reps === 0)!;
    const front = `Edited: ${cloze.front}`;
    lib.study.edit(SAMPLE, cloze.id, { front, back: 'my answer' });
    const { db, rows, ankiCard } = await readPackage(lib);
    const found = ankiCard(cloze)!;
    const model = JSON.parse(String(rows('SELECT models FROM col')[0]!['models']))[String(found.note['mid'])];
    expect(model.type).toBe(1);
    const [text] = String(found.note['flds']).split('\x1f');
    expect(text).not.toContain('[...]');
    expect(text).toContain('{{c1::my answer}}');
    expect(text!.startsWith('Edited: ')).toBe(true);
    expect(found.card['ord']).toBe(0);
    db.close();
  });

  it('becomes a Basic note only when the edit removed the gap', async () => {
    const lib = await richLibrary();
    const cloze = lib.study.cards(SAMPLE).cards.find((c) => c.kind === 'cloze' && c.schedule.reps === 0)!;
    lib.study.edit(SAMPLE, cloze.id, { front: 'Who visited Beijing?', back: 'Blinken' });
    const { db, rows, ankiCard } = await readPackage(lib);
    const found = ankiCard(cloze)!;
    const model = JSON.parse(String(rows('SELECT models FROM col')[0]!['models']))[String(found.note['mid'])];
    expect(model.type).toBe(0);
    expect(String(found.note['flds']).split('\x1f')[0]).toBe('Who visited Beijing?');
    db.close();
  });
});

describe('Anki package: a cloze the reader wrote with two gap numbers', () => {
  it('is one Cloze note whose Anki cards c1 and c2 each take their own Lectern card’s schedule; the text export has one row', async () => {
    const lib = await richLibrary();
    const text = lib.library.get(SAMPLE).blocks[0]!.text;
    const draft = lib.study.draft(SAMPLE, 0, text.indexOf('Blinken'), text.indexOf('Blinken') + 7);
    const cloze = draft.source.text.replace('Antony', '{{c1::Antony}}').replace('Blinken', '{{c2::Blinken}}');
    const [c1, c2] = lib.study.create(SAMPLE, draft.source, { kind: 'cloze', text: cloze });
    lib.study.grade(SAMPLE, c2!.id, 3, 1000);
    const { db, rows, ankiCard } = await readPackage(lib);
    const found = ankiCard(c1!)!;
    expect(String(found.note['flds']).split('\x1f')[0]).toContain('{{c1::Antony}} {{c2::Blinken}}');
    expect(rows(`SELECT * FROM notes WHERE flds LIKE '%{{c2::Blinken}}%'`)).toHaveLength(1);
    const cards = rows(`SELECT * FROM cards WHERE nid = ${String(found.note['id'])} ORDER BY ord`);
    expect(cards.map((c) => c['ord'])).toEqual([0, 1]);
    expect(cards[0]!['type']).toBe(0); // c1 is new
    expect(cards[1]!['type']).not.toBe(0); // c2 was studied
    expect(rows(`SELECT * FROM revlog WHERE cid = ${String(cards[1]!['id'])}`)).toHaveLength(1);
    db.close();
    const anki = await new ExportService(lib.library.store, lib.notes, lib.study, () => EXPORTED).render([SAMPLE], 'anki');
    const body = new TextDecoder().decode(anki.files[0]!.data);
    expect(body.split('\n').filter((l) => l.includes('{{c2::Blinken}}'))).toHaveLength(1);
  });
});
