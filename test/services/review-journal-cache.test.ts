// The study service reads the review journal once and then only what is appended: a queue or a
// grade must not parse years of reviews again. Shown without mocks: bytes already read are
// blanked in place on disk, and the service still has that review, which it could not if it
// read the file again; what any process appends is seen; a replaced file is read again whole.
import { closeSync, openSync, readdirSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Library } from '../../src/host/services/library.js';
import { StudyService } from '../../src/host/services/study.js';
import { SAMPLES, tempDir } from '../helpers/temp-home.js';

const SAMPLE = '48b49f7991c0da8e';

function setup() {
  const library = Library.open(tempDir(), { samplesDir: SAMPLES });
  const now = new Date('2026-03-02T10:00:00Z');
  const study = new StudyService(library.store, () => now, 0);
  study.cards(SAMPLE);
  study.keepAll(SAMPLE);
  const journal = join(library.home, 'journal', 'reviews');
  return { library, study, now, journalFile: () => join(journal, readdirSync(journal)[0]!) };
}

/** Overwrites the file's first line with spaces: same size, same file, no longer a review. */
function blankFirstLine(path: string): void {
  const length = readFileSync(path, 'utf8').indexOf('\n');
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, ' '.repeat(length), 0);
  } finally {
    closeSync(fd);
  }
}

describe('the review journal as the study service reads it', () => {
  it('is not read again by later queues and grades, only what was appended since', () => {
    const { library, study, journalFile } = setup();
    const [a, b, c] = study.queue(SAMPLE).cards.map((x) => x.card.id);
    study.grade(SAMPLE, a!, 3);
    study.grade(SAMPLE, b!, 3);
    expect(study.reviewLog().map((r) => r.cardId)).toEqual([a, b]);
    const counts = study.queue(SAMPLE).counts;

    blankFirstLine(journalFile());
    expect(study.reviewLog().map((r) => r.cardId)).toEqual([a, b]);
    expect(study.queue(SAMPLE).counts).toEqual(counts); // today's new-card count still has a's review

    study.grade(SAMPLE, c!, 1);
    expect(study.reviewLog().map((r) => r.cardId)).toEqual([a, b, c]);
    // A service that reads the file afresh sees the blanked line for what it now is.
    expect(new StudyService(Library.open(library.home).store, () => new Date(), 0).reviewLog().map((r) => r.cardId)).toEqual([b, c]);
  });

  it('sees reviews and undos appended by another process', () => {
    const { library, study, now } = setup();
    const [a, b] = study.queue(SAMPLE).cards.map((x) => x.card.id);
    study.grade(SAMPLE, a!, 3);
    expect(study.reviewLog()).toHaveLength(1);

    const other = new StudyService(Library.open(library.home).store, () => now, 0);
    other.grade(SAMPLE, b!, 3);
    expect(study.reviewLog().map((r) => r.cardId)).toEqual([a, b]);
    other.undo();
    expect(study.reviewLog().map((r) => r.cardId)).toEqual([a]);
  });

  it('reads a journal file again whole when it was replaced', () => {
    const { study, journalFile } = setup();
    const [a, b] = study.queue(SAMPLE).cards.map((x) => x.card.id);
    study.grade(SAMPLE, a!, 3);
    study.grade(SAMPLE, b!, 3);
    expect(study.reviewLog()).toHaveLength(2);
    // A restored copy of the journal holding only the second review, renamed into place.
    const path = journalFile();
    writeFileSync(`${path}.new`, readFileSync(path, 'utf8').split('\n')[1] + '\n');
    renameSync(`${path}.new`, path);
    expect(study.reviewLog().map((r) => r.cardId)).toEqual([b]);
  });
});
