// An imported file's or pasted text's cards are made in the parse worker (issue 19): the same cards as made in
// process, and the thread that serves the app keeps turning while a long article's cards are
// made. Runs the compiled worker (out/node: build it first with `npx tsc -p tsconfig.cli.json`).
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { SHIPPED_RANKING } from '../../src/core/cards/quality/index.js';
import { generateArticleCards } from '../../src/core/study/generate.js';
import { DEFAULT_STUDY_SETTINGS } from '../../src/core/study/index.js';
import { cardRequest, generateStoredCards, studySettingsOf } from '../../src/host/services/card-generation.js';
import { openHost } from '../../src/host/open-host.js';
import { Library } from '../../src/host/services/library.js';
import { ParseWorker } from '../../src/host/services/parse-worker.js';
import { StudyService } from '../../src/host/services/study.js';
import { cardsFile } from '../../src/host/store/file-kinds.js';
import { REPO, SAMPLE_FILE, tempDir } from '../helpers/temp-home.js';

const WORKER = join(REPO, 'out', 'node', 'host', 'services', 'parse-worker-main.js');

/** What a stored card says, without the times of its making. */
function wording(home: string, id: string) {
  const file = JSON.parse(readFileSync(join(home, 'articles', id, 'cards.json'), 'utf8')) as { cards: { id: string; kind: string; front: string; back: string; choices?: unknown; source: unknown; features?: unknown; status: string }[] };
  return file.cards.map(({ id: cardId, kind, front, back, choices, source, features, status }) => ({ cardId, kind, front, back, choices, source, features, status }));
}

beforeAll(() => {
  if (!existsSync(WORKER)) throw new Error('The Node build is missing: run `npx tsc -p tsconfig.cli.json` before this suite.');
});

/** Runs `work` while a 5 ms timer ticks on this thread: how long it took, and the longest gap
 * between two ticks (a stall at the very end counts too). */
async function stallsWhile<T>(work: () => T | Promise<T>): Promise<{ value: T; took: number; longest: number }> {
  let longest = 0;
  let last = performance.now();
  const ticks = setInterval(() => {
    longest = Math.max(longest, performance.now() - last);
    last = performance.now();
  }, 5);
  const started = performance.now();
  const value = await work();
  const took = performance.now() - started;
  clearInterval(ticks);
  return { value, took, longest: Math.max(longest, performance.now() - last) };
}

describe('cards made in the parse worker', () => {
  it('are the cards made in process for the same article and model', async () => {
    const library = Library.open(tempDir(), { cardsAtImport: false });
    const [outcome] = (await library.importText(readFileSync(SAMPLE_FILE, 'utf8'), 'sample')).outcomes;
    const { article } = library.store.parsed('articles', outcome?.kind === 'imported' ? outcome.id : '');
    // A model moved away from the shipped weights, so that the ranking the worker receives matters.
    const ranking = { ...SHIPPED_RANKING, model: { ...SHIPPED_RANKING.model, weights: Object.fromEntries(Object.entries(SHIPPED_RANKING.model.weights).map(([k, w], i) => [k, i % 2 ? -w : w * 3])) } };
    const request = cardRequest(article, DEFAULT_STUDY_SETTINGS, ranking);
    const worker = new ParseWorker(WORKER);
    try {
      const made = await worker.cards(request);
      expect(made.cards.length).toBeGreaterThan(5);
      expect(made).toEqual(generateArticleCards(request));
      expect(made.cards.map((c) => c.id)).not.toEqual(generateArticleCards(cardRequest(article, DEFAULT_STUDY_SETTINGS, SHIPPED_RANKING)).cards.map((c) => c.id));
    } finally {
      await worker.close();
    }
  });

  it('are stored at import as an in-process import stores them', async () => {
    const inWorker = Library.open(tempDir(), { parseWorker: WORKER });
    const inProcess = Library.open(tempDir()); // the TypeScript sources: no worker entry, all in process
    const [a] = (await inWorker.importFiles([SAMPLE_FILE])).outcomes;
    const [b] = (await inProcess.importFiles([SAMPLE_FILE])).outcomes;
    expect(a).toEqual(b);
    const id = a?.kind === 'imported' ? a.id : '';
    expect(wording(inWorker.home, id).length).toBeGreaterThan(5);
    expect(wording(inWorker.home, id)).toEqual(wording(inProcess.home, id));
    expect(inWorker.list()[0]?.cards.untriaged).toBeGreaterThan(5);
    expect(inWorker.list()[0]?.cards).toEqual(inProcess.list()[0]?.cards);
  });

  it('are stored for pasted text as they were when it made them in process', async () => {
    const text = readFileSync(SAMPLE_FILE, 'utf8');
    const inWorker = Library.open(tempDir(), { parseWorker: WORKER });
    const [a] = (await inWorker.importText(text, 'sample')).outcomes;
    const id = a?.kind === 'imported' ? a.id : '';
    // The way pasted text had its cards made before: in process, right after the import.
    const inProcess = Library.open(tempDir(), { cardsAtImport: false });
    expect((await inProcess.importText(text, 'sample')).outcomes[0]).toEqual(a);
    generateStoredCards(inProcess.store, id, studySettingsOf(inProcess.store), new Date());
    expect(wording(inWorker.home, id).length).toBeGreaterThan(5);
    expect(wording(inWorker.home, id)).toEqual(wording(inProcess.home, id));
    expect(inWorker.list()[0]?.cards).toEqual(inProcess.list()[0]?.cards);
  });

  it('are made on Regenerate by the host as in process', async () => {
    const text = readFileSync(SAMPLE_FILE, 'utf8');
    const host = openHost(tempDir(), { parseWorker: WORKER, cardsAtImport: false });
    const here = Library.open(tempDir(), { cardsAtImport: false });
    const id = ((await host.library.importText(text, 'sample')).outcomes[0] as { id: string }).id;
    await here.importText(text, 'sample');
    const inWorker = await host.study.regenerate(id);
    const inProcess = await new StudyService(here.store).regenerate(id);
    expect(inWorker.added).toBeGreaterThan(5);
    expect(inWorker.added).toBe(inProcess.added);
    expect(wording(host.library.home, id)).toEqual(wording(here.home, id));
  });

  it('leave the host’s thread free while a long article’s cards are regenerated', async () => {
    const sample = readFileSync(SAMPLE_FILE, 'utf8').split('\n').slice(1).join('\n');
    const text = `A long read\n\n${Array.from({ length: 30 }, (_, i) => `Part ${i + 1}.\n\n${sample}`).join('\n\n')}`;
    const host = openHost(tempDir(), { parseWorker: WORKER, cardsAtImport: false });
    const id = ((await host.library.importText(text, 'long')).outcomes[0] as { id: string }).id;
    const { value: report, took, longest } = await stallsWhile(() => host.handlers['cards:regenerate']({ articleId: id }));
    // The sample repeated: about twenty distinct facts, whichever the shipped model lets through.
    expect(report.added).toBeGreaterThan(15);
    expect(longest).toBeLessThan(took / 4);
  });

  it('leave the thread free while pasted long text’s cards are made', async () => {
    const sample = readFileSync(SAMPLE_FILE, 'utf8').split('\n').slice(1).join('\n');
    const text = `A long paste\n\n${Array.from({ length: 30 }, (_, i) => `Part ${i + 1}.\n\n${sample}`).join('\n\n')}`;
    const library = Library.open(tempDir(), { parseWorker: WORKER });
    const { value: report, took, longest } = await stallsWhile(() => library.importText(text, 'long'));
    const [outcome] = report.outcomes;
    const id = outcome?.kind === 'imported' ? outcome.id : '';
    expect(library.store.articleFile(cardsFile, 'articles', id)?.cards.length).toBeGreaterThan(15);
    // Reading the text and writing the files stall this thread; making the cards does not.
    expect(longest).toBeLessThan(took / 4);
  });

  it('leave the importing thread free while a long article’s cards are made', async () => {
    // ~40,000 words: seconds of card generation, which used to run on this thread.
    const sample = readFileSync(SAMPLE_FILE, 'utf8').split('\n').slice(1).join('\n');
    const dir = tempDir('lectern-src-');
    const path = join(dir, 'long.txt');
    writeFileSync(path, `A long read\n\n${Array.from({ length: 30 }, (_, i) => `Part ${i + 1}.\n\n${sample}`).join('\n\n')}`);
    const library = Library.open(tempDir(), { parseWorker: WORKER });
    const { value: report, took, longest } = await stallsWhile(() => library.importFiles([path]));
    const [outcome] = report.outcomes;
    expect(outcome?.kind).toBe('imported');
    const id = outcome?.kind === 'imported' ? outcome.id : '';
    expect(library.store.articleFile(cardsFile, 'articles', id)?.cards.length).toBeGreaterThan(15);
    // The longest stall of this thread (writing the files) is a small part of the import; the
    // cards alone took most of it when they were made here.
    expect(longest).toBeLessThan(took / 4);
  });
});
