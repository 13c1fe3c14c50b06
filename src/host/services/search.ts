// Full-text search of the library: titles, text, notes, highlights and cards. FlexSearch finds
// candidate articles (chosen by measurement: ~1.9 s and ~90 MB to index 10,000 articles of
// 1,000 words, ~0.4 ms a query, 0.1 s to save or load, against MiniSearch's 5.9 s, 156 MB and
// 15 ms, in a comparison script since retired with MiniSearch itself); our own ranking then scores each candidate's items and
// cuts the snippets. The index is saved under <home>/search/ with the offset of the library's
// change feed it has read; opening a library loads it and re-indexes only what changed since,
// in this process or any other (the CLI, the app). Index documents are numbered (article slot ×
// kinds + kind) rather than named "<id>:<kind>": a saved index is JSON, and parsing it gives every
// posting its own copy of a string id (10,000 articles: 180 MB of heap against 40 MB with numbers).
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import FlexSearch from 'flexsearch';
import { fold, indexDocuments, maxEdits, queryTerms, rankItems, SEARCH_KINDS, searchItems, Vocabulary, type ArticleForSearch, type QueryTerms, type SearchItem, type SearchKind } from '../../core/search/index.js';
import type { SearchResult } from '../../shared/types.js';
import { cleanText } from '../../core/parse/index.js';
import { anchor, toBlockRanges } from '../../core/annotations/index.js';
import { writeFileDurably } from '../store/durable-file.js';
import { cardsFile, EMPTY_NOTES, notesFile } from '../store/file-kinds.js';
import type { LibraryStore } from '../store/library-store.js';


/** Bump when what is indexed changes: a saved index of another version is rebuilt. */
const INDEX_VERSION = 2;
const CANDIDATES = 24;
/** Articles whose search items are kept in memory between queries. */
const CACHED_ARTICLES = 300;
/** Fewer exact results than this try the query again with typos corrected. */
const FEW = 3;
/** Corrections tried per misspelt word. */
const CORRECTIONS = 3;
/** Largest piece of a saved word map, in characters (see save). */
const MAP_FILE_CHARS = 1 << 20;
/** Re-save the index once this many articles changed since it was saved. */
const SAVE_AFTER = 50;
/** Longest stretch of indexing in process before other work gets a turn, ms. */
const SLICE_MS = 10;

type Progress = (done: number, total: number) => void;

/** Runs a piece of work given as steps, all at once; returns its result. */
function runAll<T>(steps: Generator<void, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/** Runs a piece of work given as steps in slices of SLICE_MS, letting the event loop serve
 * other calls between slices; resolves with its result. Once `signal` is aborted it stops at
 * the next slice, throwing the signal's reason. */
async function runSliced<T>(steps: Generator<void, T>, signal?: AbortSignal): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart < SLICE_MS) continue;
    await new Promise((resolve) => setImmediate(resolve));
    signal?.throwIfAborted();
    sliceStart = performance.now();
  }
}

type IndexDoc = { id: number; title: string; body: string };
/** The file in a saved index that maps slots back to article ids. */
const SLOTS_FILE = 'slots.json';

/** The index document of an article's slot and one kind of its text. */
function docNumber(slot: number, kind: SearchKind): number {
  return slot * SEARCH_KINDS.length + SEARCH_KINDS.indexOf(kind);
}

function newIndex() {
  return new FlexSearch.Document<IndexDoc>({
    document: {
      id: 'id',
      index: [
        { field: 'title', tokenize: 'forward' },
        { field: 'body', tokenize: 'strict' },
      ],
    },
    resolution: 9,
    cache: false,
  });
}

export class SearchService {
  private index: ReturnType<typeof newIndex> | null = null;
  /** Article id by slot: index document `slot * SEARCH_KINDS.length + kind`. Slots are never reused. */
  private articleIds: string[] = [];
  private readonly slots = new Map<string, number>();
  /** Recently searched articles, dropped when the change feed says they changed. */
  private readonly cache = new Map<string, { article: ArticleForSearch; items: SearchItem[] } | null>();
  private offset = 0;
  private unsaved = 0;
  /** The body index's words, for typo correction: built on the first typo, dropped on a change. */
  private vocabulary: Vocabulary | null = null;
  /** The index being loaded or built for `ready`: every call meanwhile waits for this one. */
  private opening: Promise<void> | null = null;

  constructor(
    private readonly store: LibraryStore,
    /** The builder script run in a child process (search-build.js): by default the one beside
     * this module; null builds in this process (the builder itself, tests of the sources). */
    private readonly options: { readonly builder?: string | null } = {},
  ) {}

  private get folder(): string {
    return join(this.store.home, 'search');
  }

  /** Loads the saved index, or builds it here (reporting progress), then catches up with
   * changes, all at once: for the builder process and for callers that may block. */
  open(onProgress?: Progress): void {
    if (!this.index && !runAll(this.load())) runAll(this.rebuild(onProgress));
    runAll(this.catchUp());
  }

  /**
   * The same without blocking the thread (the app's and the web host's way): a missing index is
   * built in a child process (or, without its script, here in slices between other calls);
   * calls made meanwhile wait for that one build; loading the saved index and catching up with
   * changes run in slices too.
   */
  async ready(onProgress?: Progress, signal?: AbortSignal): Promise<void> {
    if (!this.index && !this.opening) {
      // A build `signal` stops is one nobody waits for any more: calls that waited on it with
      // the cancelled one get its CancelledError too, and the next call starts a build again.
      this.opening = (async () => {
        if ((await runSliced(this.load(), signal)) || ((await this.buildElsewhere(onProgress, signal)) && (await runSliced(this.load(), signal)))) return;
        try {
          await runSliced(this.rebuild(onProgress), signal);
        } catch (error) {
          this.index = null; // half built: never searched, never saved
          this.setSlots([]);
          throw error;
        }
      })().finally(() => (this.opening = null));
    }
    if (this.opening) await this.opening;
    await runSliced(this.catchUp());
  }

  /** Whether a search can be answered now, without building or loading the index first. */
  get isReady(): boolean {
    return this.index !== null && this.opening === null;
  }

  /** `search` once the index is ready, waiting (never blocking) while it is built. */
  async query(query: string, limit = 20): Promise<SearchResult[]> {
    await this.ready();
    return this.search(query, limit);
  }

  /**
   * Builds the index in a child process (see search-build.ts), awaited, and reports whether it
   * did. In Electron the child is Electron run as Node. Without the builder script (tests of
   * the sources) the caller builds in process.
   */
  private buildElsewhere(onProgress?: Progress, signal?: AbortSignal): Promise<boolean> {
    const script = this.builderScript();
    if (!script) return Promise.resolve(false);
    signal?.throwIfAborted();
    return new Promise((resolve, reject) => {
      const child = spawn(process.execPath, [script, this.store.home], {
        env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
        stdio: ['ignore', onProgress ? 'pipe' : 'ignore', 'inherit'],
      });
      // A cancelled build ends its process at once; what it had begun to save is removed once it has gone.
      const kill = () => child.kill('SIGKILL');
      signal?.addEventListener('abort', kill, { once: true });
      if (onProgress && child.stdout) {
        createInterface({ input: child.stdout }).on('line', (line) => {
          const [done, total] = line.split(' ').map(Number);
          if (Number.isFinite(done) && Number.isFinite(total)) onProgress(done!, total!);
        });
      }
      const settle = (built: boolean) => {
        signal?.removeEventListener('abort', kill);
        if (!signal?.aborted) return resolve(built);
        if (child.pid !== undefined) removePartialSave(this.folder, child.pid);
        reject(signal.reason);
      };
      child.once('error', () => settle(false));
      child.once('close', (code) => settle(code === 0));
    });
  }

  private builderScript(): string | null {
    if (this.options.builder !== undefined) return this.options.builder;
    // Beside this module when compiled by tsc; one folder up from the Electron bundle's chunks.
    return ['./search-build.js', '../search-build.js'].map((p) => fileURLToPath(new URL(p, import.meta.url))).find((p) => existsSync(p)) ?? null;
  }

  search(query: string, limit = 20): SearchResult[] {
    this.open();
    const terms = queryTerms(query);
    if (terms.words.length === 0) return [];
    // The body index holds whole words: a word still being typed narrows the ranking, not the lookup.
    const lookup = terms.prefixLast && terms.words.length > 1 ? terms.words.slice(0, -1) : terms.words;
    const exact = this.rank(this.candidates([lookup]), terms);
    const fuzzy = exact.length < FEW ? this.withTypos(terms) : [];
    // Typo matches come after every exact one, and never repeat a passage already found.
    const seen = new Set(exact.map((r) => `${r.articleId}:${r.kind}:${r.paragraph}`));
    return [...exact, ...fuzzy.filter((r) => !seen.has(`${r.articleId}:${r.kind}:${r.paragraph}`))]
      .slice(0, limit)
      .map(({ score: _score, ...result }) => result);
  }

  /** The articles whose documents hold every word of one of `queries` (the first query first),
   * up to `cap`: ranking reads each candidate, so their number bounds a query's cost. */
  private candidates(queries: readonly (readonly string[])[], cap = Infinity): Set<string> {
    const articles = new Set<string>();
    for (const words of queries) {
      if (articles.size >= cap) break;
      const found = this.index!.search(words.join(' '), { limit: CANDIDATES, suggest: false }) as { field: string; result: (string | number)[] }[];
      for (const field of found) {
        for (const doc of field.result) {
          const id = this.articleIds[Math.floor(Number(doc) / SEARCH_KINDS.length)];
          if (id !== undefined && articles.size < cap) articles.add(id);
        }
      }
    }
    return articles;
  }

  /** Every hit in `articles`, best first. */
  private rank(articles: Iterable<string>, terms: QueryTerms): (SearchResult & { score: number })[] {
    const results: (SearchResult & { score: number })[] = [];
    for (const id of articles) {
      const cached = this.cached(id);
      if (!cached) continue;
      const { article, items } = cached;
      const heading = [article.title, ...article.tags.map((t) => `#${t}`)].join(' ');
      for (const hit of rankItems(items, heading, terms)) {
        results.push({ articleId: id, title: article.title, kind: hit.item.kind, snippet: hit.snippet, paragraph: hit.item.paragraph, marks: hit.marks, score: hit.score });
      }
    }
    return results.sort((a, b) => b.score - a.score || a.title.localeCompare(b.title));
  }

  /**
   * The query again with typos allowed ("Blinkin", "sodum batery"): each word the index does
   * not know is looked up as its closest known words (edit distance 1, or 2 from 8 letters),
   * and every word of 4 letters or more then matches the text within that distance. Runs only
   * when a word is unknown, so a query of known words pays a set lookup. (The index folds
   * doubled letters, so "batery" alone counts as known and finds nothing; beside an unknown
   * word, as in "sodum batery", it matches "battery".)
   */
  private withTypos(terms: QueryTerms): (SearchResult & { score: number })[] {
    const body = this.bodyIndex();
    const encode = (word: string): string => body.encoder.encode(word).join('');
    const vocabulary = (this.vocabulary ??= new Vocabulary(body.map.keys()));
    const last = terms.words.length - 1;
    const whole = terms.words.map((word) => vocabulary.has(encode(word)));
    // A word still being typed is known while some word starts with it; it stays a prefix.
    const typing = terms.words.map((word, i) => !whole[i] && terms.prefixLast && i === last && vocabulary.hasPrefix(encode(word)));
    const known = whole.map((w, i) => w || typing[i]!);
    if (known.every(Boolean)) return [];
    const options = terms.words.map((word, i) => (typing[i] ? [] : known[i] ? [word] : vocabulary.closest(encode(word), CORRECTIONS)));
    if (options.some((o, i) => o.length === 0 && !typing[i])) return [];
    // One lookup per correction of each word, the other words at their best.
    const best = options.map((o) => o[0]);
    const lookups = options.flatMap((o, i) => o.map((word) => best.map((b, j) => (j === i ? word : b)).filter((w): w is string => w !== undefined)));
    const fuzzy = terms.words.map((word, i) => maxEdits(word) > 0 && !typing[i]);
    return this.rank(this.candidates(lookups, CANDIDATES), { ...terms, fuzzy });
  }

  /** FlexSearch's index of the body field: its encoder and its map of words. */
  private bodyIndex(): { encoder: { encode(text: string): string[] }; map: Map<string, unknown> } {
    return (this.index as unknown as { index: Map<string, { encoder: { encode(text: string): string[] }; map: Map<string, unknown> }> }).index.get('body')!;
  }

  /** Saves the index if articles changed since it was last saved (e.g. when the app closes). */
  flush(): void {
    if (this.index && !this.opening && this.unsaved > 0) this.save();
  }

  /** Builds the index from every article, one step per article (see runAll, runSliced). */
  private *rebuild(onProgress?: Progress): Generator<void, void> {
    this.index = newIndex();
    this.setSlots([]);
    // Everything in the feed so far is covered by reading every article now.
    this.offset = this.store.changesSince(0).offset;
    const ids = this.store.ids('articles');
    for (const [i, id] of ids.entries()) {
      this.reindex(id);
      if (onProgress && i % 200 === 0) onProgress(i, ids.length);
      yield;
    }
    onProgress?.(ids.length, ids.length);
    this.save();
  }

  /** Re-indexes the articles changed since the index last looked, one step per article. */
  private *catchUp(): Generator<void, void> {
    const { ids, offset } = this.store.changesSince(this.offset, 'content');
    this.offset = offset;
    for (const id of ids) {
      this.reindex(id);
      this.unsaved++;
      yield;
    }
    if (this.unsaved >= SAVE_AFTER) this.save();
  }

  private cached(id: string): { article: ArticleForSearch; items: SearchItem[] } | null {
    if (this.cache.has(id)) {
      const hit = this.cache.get(id)!;
      this.cache.delete(id);
      this.cache.set(id, hit); // most recently used last
      return hit;
    }
    const article = this.articleForSearch(id);
    const entry = article ? { article, items: searchItems(article).map((item) => ({ ...item, folded: fold(item.text) })) } : null;
    this.cache.set(id, entry);
    if (this.cache.size > CACHED_ARTICLES) this.cache.delete(this.cache.keys().next().value!);
    return entry;
  }

  private reindex(id: string): void {
    this.cache.delete(id);
    this.vocabulary = null;
    const index = this.index!;
    let slot = this.slots.get(id);
    if (slot !== undefined) for (const kind of SEARCH_KINDS) index.remove(docNumber(slot, kind));
    const article = this.articleForSearch(id);
    if (!article) return;
    if (slot === undefined) {
      slot = this.articleIds.push(id) - 1;
      this.slots.set(id, slot);
    }
    for (const { kind, title, body } of indexDocuments(article)) index.add({ id: docNumber(slot, kind), title, body });
  }

  private setSlots(articleIds: string[]): void {
    this.articleIds = articleIds;
    this.slots.clear();
    articleIds.forEach((id, slot) => this.slots.set(id, slot));
  }

  /** What search reads of one library article (null when it is gone or in the trash). */
  private articleForSearch(id: string): ArticleForSearch | null {
    const store = this.store;
    try {
      // Not found on the 'articles' shelf (gone, or in the trash) lands in the catch below.
      const meta = store.meta('articles', id);
      const { article } = store.parsed('articles', id);
      const notes = store.articleFile(notesFile, 'articles', id) ?? EMPTY_NOTES;
      const cards = store.articleFile(cardsFile, 'articles', id)?.cards ?? [];
      const text = notes.highlights.length ? cleanText({ title: meta.state.title, blocks: article.blocks }) : '';
      return {
        id,
        title: meta.state.title,
        tags: meta.state.tags,
        blocks: article.blocks,
        note: notes.note.markdown,
        highlights: notes.highlights.map((h) => ({ ...h, paragraph: paragraphOf(text, meta.state.title, article.blocks, h.selector) })),
        cards,
      };
    } catch {
      return null; // unreadable right now; the store reports it
    }
  }

  /** Writes the index beside a small state file, replacing the previous save atomically. */
  private save(): void {
    const parts: Record<string, string> = {};
    this.index!.export((key: string | number, data: string) => {
      parts[String(key)] = data;
    });
    const next = join(this.folder, `index.${process.pid}.tmp`);
    rmSync(next, { recursive: true, force: true });
    mkdirSync(next, { recursive: true });
    for (const [key, data] of Object.entries(parts)) {
      // A field's word map is one JSON array of [word, postings] entries (~20 MB for 10,000
      // articles); saved as several smaller arrays ("body.1-1.map", "body.1-2.map", …), which
      // FlexSearch's import adds to the same map, loading it never holds the whole text and
      // its parse at once. The entries and their order are the same (see load).
      const pieces = /\.map$/.test(key) && data ? splitJsonArray(data, MAP_FILE_CHARS) : null;
      if (pieces && pieces.length > 1) {
        const [field, part] = key.split('.');
        pieces.forEach((piece, i) => writeFileSync(join(next, `${field}.${part}-${i + 1}.map.json`), piece));
      } else writeFileSync(join(next, `${key}.json`), data ?? '');
    }
    writeFileSync(join(next, SLOTS_FILE), JSON.stringify(this.articleIds));
    const current = join(this.folder, 'index');
    const old = join(this.folder, `index.${process.pid}.old`);
    if (existsSync(current)) renameSync(current, old);
    renameSync(next, current);
    rmSync(old, { recursive: true, force: true });
    writeFileDurably(join(this.folder, 'state.json'), JSON.stringify({ version: INDEX_VERSION, offset: this.offset }));
    this.unsaved = 0;
  }

  /** Loads the saved index, one step per part of it (FlexSearch saves it in chunks); false
   * when there is none or it cannot be used. */
  private *load(): Generator<void, boolean> {
    try {
      const state = JSON.parse(readFileSync(join(this.folder, 'state.json'), 'utf8')) as { version?: unknown; offset?: unknown };
      if (state.version !== INDEX_VERSION || typeof state.offset !== 'number') return false;
      const folder = join(this.folder, 'index');
      const articleIds = JSON.parse(readFileSync(join(folder, SLOTS_FILE), 'utf8')) as unknown;
      if (!Array.isArray(articleIds) || !articleIds.every((id) => typeof id === 'string')) return false;
      const index = newIndex();
      // In name order, parts numerically ("body.1-2" before "body.1-10"): a word map saved in
      // pieces is rebuilt with its words in their saved order.
      const files = readdirSync(folder).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
      for (const file of files) {
        if (!file.endsWith('.json') || file === SLOTS_FILE) continue;
        index.import(file.slice(0, -5), readFileSync(join(folder, file), 'utf8'));
        yield;
      }
      this.index = index;
      this.vocabulary = null;
      this.setSlots(articleIds);
      this.offset = state.offset;
      return true;
    } catch {
      return false; // no saved index, or an unreadable one: build it again
    }
  }
}

/**
 * A JSON array's text cut into arrays of consecutive elements, each closed at the first element
 * boundary after `maxChars`: the same elements, in order, when the pieces are parsed and
 * concatenated. Cuts only at top-level commas, never inside a string or a nested value; text
 * that is not one well-formed array is returned whole.
 */
export function splitJsonArray(text: string, maxChars: number): string[] {
  if (text.length <= maxChars || text[0] !== '[' || text[text.length - 1] !== ']') return [text];
  const pieces: string[] = [];
  let start = 1; // where the current piece's first element begins
  let depth = 0;
  let inString = false;
  for (let i = 1; i < text.length - 1; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) depth++;
    else if (c === 0x5d || c === 0x7d) depth--;
    else if (c === 0x2c && depth === 0 && i - start >= maxChars) {
      pieces.push(`[${text.slice(start, i)}]`);
      start = i + 1;
    }
  }
  if (depth !== 0 || inString) return [text];
  pieces.push(`[${text.slice(start, text.length - 1)}]`);
  return pieces;
}

/** Takes away what a builder process ended during `save` left: its unfinished copy of the
 * index, and the previous index put back if it had been moved aside. */
function removePartialSave(folder: string, pid: number): void {
  rmSync(join(folder, `index.${pid}.tmp`), { recursive: true, force: true });
  const old = join(folder, `index.${pid}.old`);
  if (!existsSync(old)) return;
  if (existsSync(join(folder, 'index'))) rmSync(old, { recursive: true, force: true });
  else renameSync(old, join(folder, 'index'));
}

function paragraphOf(text: string, title: string, blocks: readonly { text: string }[], selector: Parameters<typeof anchor>[1]): number | null {
  const found = anchor(text, selector);
  return found.status === 'anchored' ? (toBlockRanges(title, blocks, found.start, found.end)[0]?.paragraph ?? null) : null;
}
