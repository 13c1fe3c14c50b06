// An Anki package (.apkg): a zip of `collection.anki2`, an Anki collection in the schema-11
// layout that every Anki since 2.1 imports (the same layout genanki writes), and `media` (`{}`).
// IDs of notes, cards, decks and note types are derived from hashes, never from the clock, so
// importing a later export updates the notes instead of adding copies. Each card carries its
// state, due date and review log (anki-schedule.ts), so what was studied arrives studied.
import { strToU8, zipSync } from 'fflate';
import type { SqlJsStatic } from 'sql.js';
import { ankiRevlog, ankiSchedule, collectionCreation } from './anki-schedule.js';
import { ankiNotes, clozeNumbers, PARENT_DECK, type AnkiNote, type AnkiNoteType } from './anki-notes.js';
import { stripHtml } from './escape.js';
import { sha1Hex } from './sha1.js';
import type { ExportArticle } from './types.js';

const SCHEMA = `
CREATE TABLE col (id integer primary key, crt integer not null, mod integer not null, scm integer not null, ver integer not null,
  dty integer not null, usn integer not null, ls integer not null, conf text not null, models text not null, decks text not null,
  dconf text not null, tags text not null);
CREATE TABLE notes (id integer primary key, guid text not null, mid integer not null, mod integer not null, usn integer not null,
  tags text not null, flds text not null, sfld integer not null, csum integer not null, flags integer not null, data text not null);
CREATE TABLE cards (id integer primary key, nid integer not null, did integer not null, ord integer not null, mod integer not null,
  usn integer not null, type integer not null, queue integer not null, due integer not null, ivl integer not null,
  factor integer not null, reps integer not null, lapses integer not null, left integer not null, odue integer not null,
  odid integer not null, flags integer not null, data text not null);
CREATE TABLE revlog (id integer primary key, cid integer not null, usn integer not null, ease integer not null, ivl integer not null,
  lastIvl integer not null, factor integer not null, time integer not null, type integer not null);
CREATE TABLE graves (usn integer not null, oid integer not null, type integer not null);
CREATE INDEX ix_notes_usn on notes (usn);
CREATE INDEX ix_cards_usn on cards (usn);
CREATE INDEX ix_revlog_usn on revlog (usn);
CREATE INDEX ix_cards_nid on cards (nid);
CREATE INDEX ix_cards_sched on cards (did, queue, due);
CREATE INDEX ix_revlog_cid on revlog (cid);
CREATE INDEX ix_notes_csum on notes (csum);
`;

const DEFAULT_DECK_ID = 1;
const OPTIONS_ID = 1;
const CSS = '.card {\n font-family: arial;\n font-size: 20px;\n text-align: center;\n color: black;\n background-color: white;\n}\n.cloze {\n font-weight: bold;\n color: blue;\n}\n.nightMode .cloze {\n color: lightblue;\n}\n';
const LATEX_PRE = '\\documentclass[12pt]{article}\n\\special{papersize=3in,5in}\n\\usepackage[utf8]{inputenc}\n\\usepackage{amssymb,amsmath}\n\\pagestyle{empty}\n\\setlength{\\parindent}{0in}\n\\begin{document}\n';

interface NoteTypeDef {
  readonly name: string;
  readonly type: 0 | 1;
  readonly fields: readonly [string, string];
  readonly qfmt: string;
  readonly afmt: string;
  readonly req: readonly unknown[];
}

/** Named apart from Anki's own "Basic" and "Cloze", whose IDs differ in every collection. */
const NOTE_TYPES: Readonly<Record<AnkiNoteType, NoteTypeDef>> = {
  basic: { name: 'Lectern Basic', type: 0, fields: ['Front', 'Back'], qfmt: '{{Front}}', afmt: '{{FrontSide}}\n\n<hr id=answer>\n\n{{Back}}', req: [[0, 'any', [0]]] },
  cloze: { name: 'Lectern Cloze', type: 1, fields: ['Text', 'Back Extra'], qfmt: '{{cloze:Text}}', afmt: '{{cloze:Text}}<br>\n{{Back Extra}}', req: [[0, 'any', [0]]] },
};

/** A positive ID below 2^53 from a key: the same key gives the same ID in every export. */
export function stableAnkiId(key: string): number {
  return 1_000_000_000_000 + parseInt(sha1Hex(key).slice(0, 10), 16);
}

/** Anki's note checksum: the first 8 hex digits of the SHA-1 of the sort field's text. */
export function fieldChecksum(html: string): number {
  return parseInt(sha1Hex(stripHtml(html)).slice(0, 8), 16);
}

export function modelIdOf(type: AnkiNoteType): number {
  return stableAnkiId(`lectern-model:${NOTE_TYPES[type].name}`);
}

export function deckIdOf(note: Pick<AnkiNote, 'articleId' | 'deck'>): number {
  return stableAnkiId(`lectern-deck:${note.articleId}:${note.deck}`);
}

export function apkg(SQL: SqlJsStatic, articles: readonly ExportArticle[], exportedAt: Date): Uint8Array {
  const notes = ankiNotes(articles);
  const reviews = articles.flatMap((a) => a.reviewLog);
  const seconds = Math.floor(exportedAt.getTime() / 1000);
  const crt = collectionCreation([exportedAt.getTime(), ...notes.map((n) => Date.parse(n.card.createdAt)), ...reviews.map((r) => Date.parse(r.reviewedAt))].filter(Number.isFinite));
  const db = new SQL.Database();
  try {
    db.exec(SCHEMA);
    const parentId = stableAnkiId(`lectern-deck:${PARENT_DECK}`);
    const decks: Record<string, object> = {
      [DEFAULT_DECK_ID]: deckJson(DEFAULT_DECK_ID, 'Default', seconds),
      [parentId]: deckJson(parentId, PARENT_DECK, seconds),
    };
    for (const note of notes) decks[deckIdOf(note)] = deckJson(deckIdOf(note), note.deck, seconds);
    const models: Record<string, object> = {};
    for (const type of ['basic', 'cloze'] as const) models[modelIdOf(type)] = modelJson(type, parentId, seconds);
    db.run('INSERT INTO col VALUES (1, ?, ?, ?, 11, 0, 0, 0, ?, ?, ?, ?, ?)', [
      crt,
      exportedAt.getTime(),
      exportedAt.getTime(),
      JSON.stringify(collectionConf(modelIdOf('basic'))),
      JSON.stringify(models),
      JSON.stringify(decks),
      JSON.stringify({ [OPTIONS_ID]: deckOptions() }),
      '{}',
    ]);
    const insertNote = db.prepare('INSERT INTO notes VALUES (?, ?, ?, ?, -1, ?, ?, ?, ?, 0, ?)');
    const insertCard = db.prepare('INSERT INTO cards VALUES (?, ?, ?, ?, ?, -1, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?)');
    const insertReview = db.prepare('INSERT INTO revlog VALUES (?, ?, -1, ?, ?, ?, ?, ?, ?)');
    const revlogIds = new Set<number>();
    notes.forEach((note, index) => {
      const noteId = stableAnkiId(`lectern-note:${note.guid}`);
      const sortField = stripHtml(note.fields[0]);
      insertNote.run([noteId, note.guid, modelIdOf(note.type), seconds, ` ${note.tags.join(' ')} `, note.fields.join('\x1f'), sortField, fieldChecksum(note.fields[0]), '']);
      // One Lectern card is every Anki card of its note: each gets its schedule; its reviews
      // are logged once, on the first (a revlog row belongs to one card).
      // A cloze the reader wrote with several numbers has a Lectern card per number: each Anki
      // card takes its own. Otherwise one Lectern card is every Anki card of its note: each gets
      // its schedule, and its reviews are logged once, on the first (a revlog row belongs to one card).
      const ords = note.type === 'cloze' ? clozeNumbers(note.fields[0]).map((n) => n - 1) : [0];
      ords.forEach((ord, i) => {
        const card = note.gapCards?.get(ord + 1);
        if (note.gapCards && !card) return; // that number's card was dropped or not kept
        const s = ankiSchedule(card ?? note.card, crt, index + 1);
        const cardId = stableAnkiId(`lectern-card:${note.guid}:${ord}`);
        insertCard.run([cardId, noteId, deckIdOf(note), ord, seconds, s.type, s.queue, s.due, s.ivl, s.factor, s.reps, s.lapses, s.left, s.data]);
        if (i > 0 && !card) return;
        for (const r of ankiRevlog(card ?? note.card, reviews, revlogIds)) insertReview.run([r.id, cardId, r.ease, r.ivl, r.lastIvl, r.factor, r.time, r.type]);
      });
    });
    insertNote.free();
    insertCard.free();
    insertReview.free();
    const collection = db.export();
    return zipSync({ 'collection.anki2': collection, media: strToU8('{}') });
  } finally {
    db.close();
  }
}

function deckJson(id: number, name: string, mod: number): object {
  return {
    id,
    name,
    mod,
    usn: -1,
    desc: '',
    dyn: 0,
    conf: OPTIONS_ID,
    collapsed: false,
    browserCollapsed: false,
    extendNew: 10,
    extendRev: 50,
    newToday: [0, 0],
    revToday: [0, 0],
    lrnToday: [0, 0],
    timeToday: [0, 0],
  };
}

function modelJson(type: AnkiNoteType, deckId: number, mod: number): object {
  const def = NOTE_TYPES[type];
  return {
    id: modelIdOf(type),
    name: def.name,
    type: def.type,
    mod,
    usn: -1,
    sortf: 0,
    did: deckId,
    tmpls: [{ name: type === 'cloze' ? 'Cloze' : 'Card 1', ord: 0, qfmt: def.qfmt, afmt: def.afmt, bqfmt: '', bafmt: '', did: null, bfont: '', bsize: 0 }],
    flds: def.fields.map((name, ord) => ({ name, ord, sticky: false, rtl: false, font: 'Arial', size: 20, media: [] })),
    css: CSS,
    latexPre: LATEX_PRE,
    latexPost: '\\end{document}',
    latexsvg: false,
    req: def.req,
    tags: [],
    vers: [],
  };
}

function collectionConf(currentModel: number): object {
  return {
    activeDecks: [DEFAULT_DECK_ID],
    addToCur: true,
    collapseTime: 1200,
    curDeck: DEFAULT_DECK_ID,
    curModel: String(currentModel),
    dueCounts: true,
    estTimes: true,
    newBury: true,
    newSpread: 0,
    nextPos: 1,
    sortBackwards: false,
    sortType: 'noteFld',
    timeLim: 0,
  };
}

function deckOptions(): object {
  return {
    id: OPTIONS_ID,
    name: 'Default',
    mod: 0,
    usn: 0,
    maxTaken: 60,
    autoplay: true,
    timer: 0,
    replayq: true,
    dyn: false,
    new: { bury: true, delays: [1, 10], initialFactor: 2500, ints: [1, 4, 7], order: 1, perDay: 20, separate: true },
    lapse: { delays: [10], leechAction: 0, leechFails: 8, minInt: 1, mult: 0 },
    rev: { bury: true, ease4: 1.3, fuzz: 0.05, ivlFct: 1, maxIvl: 36500, minSpace: 1, perDay: 200 },
  };
}
