// The library's own card model over the real store: every triage decision teaches it, it is kept
// in <home>/card-model.json, it ranks the library's untriaged cards, and it can always be learnt
// again from the decision journal. The clock is the test's.
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { inputsFromFeatures, orderByQuality, probabilityOf, SHIPPED_MODEL, SHIPPED_RANKING } from '../../src/core/cards/quality/index.js';
import { Library } from '../../src/host/services/library.js';
import { ReaderModelService } from '../../src/host/services/reader-model.js';
import { StudyService } from '../../src/host/services/study.js';
import type { StudyCard } from '../../src/shared/study.js';
import { FIXTURES } from '../core/cards/helpers.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

function setup() {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  const now = new Date('2026-03-02T10:00:00Z');
  return { library, study: new StudyService(library.store, () => now, 0), reopen: () => new StudyService(Library.open(library.home).store, () => now, 0) };
}

const modelFile = (home: string) => join(home, 'card-model.json');
const isIdentity = (c: StudyCard) => c.kind === 'identity';

describe('the library’s card model', () => {
  it('starts as the shipped model, with no file and no decisions', () => {
    const { library, study } = setup();
    expect(study.cards(SAMPLE).learnedFrom).toBe(0);
    expect(existsSync(modelFile(library.home))).toBe(false);
    expect(new ReaderModelService(library.store).current()).toMatchObject({ prior: SHIPPED_MODEL.id, decisions: 0, weights: SHIPPED_MODEL.weights });
  });

  it('learns from each keep, drop and edit, keeps what it learnt in the home, and says how many decisions taught it', () => {
    const { library, study, reopen } = setup();
    const [a, b, c] = study.cards(SAMPLE).cards;
    const x = inputsFromFeatures(b!.features)!;
    const model = () => ({ ...SHIPPED_MODEL, ...JSON.parse(readFileSync(modelFile(library.home), 'utf8')) });
    study.triage(SAMPLE, { type: 'keep', cardId: a!.id });
    const beforeDrop = probabilityOf(model(), x);
    study.triage(SAMPLE, { type: 'drop', cardId: b!.id });
    // The drop itself lowers what the model thinks of the dropped card (the keeps around it may
    // raise cards like it, so the shipped model is no fixed reference).
    expect(probabilityOf(model(), x)).toBeLessThan(beforeDrop);
    study.triage(SAMPLE, { type: 'edit', cardId: c!.id, front: 'Who?', back: 'Someone' });

    const file = JSON.parse(readFileSync(modelFile(library.home), 'utf8'));
    expect(file).toMatchObject({ schema: 1, prior: SHIPPED_MODEL.id, decisions: 3 });
    expect(file.weights).not.toEqual(SHIPPED_MODEL.weights);
    expect(reopen().cards(SAMPLE).learnedFrom).toBe(3);
  });

  it('learns from "keep all" as one keep per card, as the journal records it', () => {
    const { study } = setup();
    const n = study.cards(SAMPLE).cards.length;
    study.keepAll(SAMPLE);
    expect(study.cards(SAMPLE).learnedFrom).toBe(n);
  });

  it('ranks the untriaged cards of the next article by what the reader taught it', async () => {
    const taught = setup();
    const fresh = setup();
    // A reader who drops every "Who is …?" card and keeps the rest.
    for (const card of taught.study.cards(SAMPLE).cards) taught.study.triage(SAMPLE, { type: isIdentity(card) ? 'drop' : 'keep', cardId: card.id });
    const next = async ({ library, study }: ReturnType<typeof setup>) => {
      const outcome = (await library.importFiles([join(FIXTURES, 'wire-story.txt')])).outcomes[0]!;
      return { view: study.cards(outcome.kind === 'imported' ? outcome.id : ''), model: new ReaderModelService(library.store).current() };
    };
    const before = await next(fresh);
    const after = await next(taught);
    expect(before.view.learnedFrom).toBe(0);
    expect(after.view.learnedFrom).toBeGreaterThan(5);
    // Each library shows the next article's cards in its own model's order…
    for (const { view, model } of [before, after]) expect(view.cards.map((c) => c.id)).toEqual(orderByQuality(view.cards, { ...SHIPPED_RANKING, model }).map((c) => c.id));
    // …and the taught one has learnt to like identity cards less (how that carries over to other
    // articles: test/core/cards/quality/online.test.ts and scripts/simulate-reader.mjs).
    expect(after.model.weights['kind=identity']!).toBeLessThan((SHIPPED_MODEL.weights['kind=identity'] ?? 0) - 0.2);
  });

  it('is learnt again from the decision journal when its file is lost or damaged', () => {
    const { library, study } = setup();
    const cards = study.cards(SAMPLE).cards;
    for (const card of cards.slice(0, 4)) study.triage(SAMPLE, { type: 'drop', cardId: card.id });
    const learnt = JSON.parse(readFileSync(modelFile(library.home), 'utf8'));

    rmSync(modelFile(library.home));
    rmSync(join(library.home, 'backups'), { recursive: true, force: true });
    const again = new ReaderModelService(library.store).current();
    expect(again.decisions).toBe(4);
    for (const [name, w] of Object.entries(learnt.weights as Record<string, number>)) expect(again.weights[name]).toBeCloseTo(w, 9);
    expect(existsSync(modelFile(library.home))).toBe(true);

    writeFileSync(modelFile(library.home), '{"schema":1,"prior":');
    rmSync(join(library.home, 'backups'), { recursive: true, force: true });
    const store = Library.open(library.home).store;
    expect(new ReaderModelService(store).current().decisions).toBe(4);
    expect(store.recoveries.map((r) => r.file)).toContain('card-model.json');
  });

  it('reads a journal of decisions on older cards (no model inputs) once, and counts none of them', () => {
    const { library, study } = setup();
    const [a] = study.cards(SAMPLE).cards;
    library.store.appendJournal('decisions', [{ cardId: a!.id, articleId: SAMPLE, decision: 'drop', kind: 'cloze', features: { score: 1 }, at: '2026-01-01T00:00:00Z' }]);
    expect(study.cards(SAMPLE).learnedFrom).toBe(0);
    expect(JSON.parse(readFileSync(modelFile(library.home), 'utf8'))).toMatchObject({ decisions: 0, weights: SHIPPED_MODEL.weights });
  });

  it('starts again from new shipped weights (an upgrade) by replaying the journal', () => {
    const { library, study } = setup();
    const [a] = study.cards(SAMPLE).cards;
    study.triage(SAMPLE, { type: 'drop', cardId: a!.id });
    const file = JSON.parse(readFileSync(modelFile(library.home), 'utf8'));
    writeFileSync(modelFile(library.home), JSON.stringify({ ...file, prior: 'lr-older', decisions: 40, weights: {} }));
    const model = new ReaderModelService(library.store).current();
    expect(model).toMatchObject({ prior: SHIPPED_MODEL.id, decisions: 1 });
    expect(JSON.parse(readFileSync(modelFile(library.home), 'utf8')).prior).toBe(SHIPPED_MODEL.id);
  });
});
