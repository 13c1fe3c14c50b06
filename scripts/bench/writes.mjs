// Figure 1: saving one review and one note in the big library ÷ in the small one. Cards are
// generated and kept for one article of each library first (StudyService.cards + keepAll);
// then grades (StudyService.grade) and notes (NotesService.setNote) are timed on both,
// interleaved (the order alternates every repetition), and the medians compared.
import { median, out } from './paths.mjs';

const { Library } = await import(out('host/services/library.js'));
const { StudyService } = await import(out('host/services/study.js'));
const { NotesService } = await import(out('host/services/notes.js'));

function prepare(home) {
  const library = Library.open(home);
  const study = new StudyService(library.store);
  const notes = new NotesService(library.store);
  const ids = library.list().map((a) => a.id);
  const articleId = ids[Math.floor(ids.length / 2)];
  study.cards(articleId);
  study.keepAll(articleId);
  const cards = study.cards(articleId).cards.filter((c) => c.status === 'kept');
  if (cards.length === 0) throw new Error(`bench: no cards were kept for ${articleId}`);
  return { library, study, notes, ids, articleId, cards };
}

export function measureWrites(homes, { reps = 200 } = {}) {
  const sides = { small: prepare(homes.small), large: prepare(homes.large) };
  const times = { review: { small: [], large: [] }, note: { small: [], large: [] } };
  // No "Again" (1): 200 reviews over a few cards would make each a leech, which is suspended
  // and can no longer be graded; the time to save a review does not depend on its grade.
  const GRADES = [3, 3, 4, 2, 3, 2];
  // Warm-up: JIT, file-system caches.
  for (const side of Object.values(sides)) {
    side.study.grade(side.articleId, side.cards[0].id, 3);
    side.notes.setNote(side.ids[0], 'warm-up');
  }
  for (let i = 0; i < reps; i++) {
    for (const size of i % 2 ? ['small', 'large'] : ['large', 'small']) {
      const side = sides[size];
      const card = side.cards[i % side.cards.length];
      let t = performance.now();
      side.study.grade(side.articleId, card.id, GRADES[i % GRADES.length]);
      times.review[size].push(performance.now() - t);
      const noteId = side.ids[(i * 31) % side.ids.length];
      t = performance.now();
      side.notes.setNote(noteId, `Note ${i}: the council's plan, as read on day ${i}.`);
      times.note[size].push(performance.now() - t);
    }
  }
  const m = (kind, size) => median(times[kind][size]);
  return {
    reps,
    cards_kept: { small: sides.small.cards.length, large: sides.large.cards.length },
    review_ms_small: m('review', 'small'),
    review_ms_large: m('review', 'large'),
    note_ms_small: m('note', 'small'),
    note_ms_large: m('note', 'large'),
    review_ratio: m('review', 'large') / m('review', 'small'),
    note_ratio: m('note', 'large') / m('note', 'small'),
    // The figure: the worse of the two (each must meet the target).
    write_10k_vs_10: Math.max(m('review', 'large') / m('review', 'small'), m('note', 'large') / m('note', 'small')),
  };
}
