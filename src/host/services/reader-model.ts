// The library's own card quality model: the shipped weights, moved by every triage decision the
// reader makes (core/cards/quality/online.ts), kept in <home>/card-model.json. The decision
// journal is the ground truth: when the file is missing, lost, or was learnt on top of other
// shipped weights (an upgrade), the model is learnt again from the journal in order.
import { learnDecisions, orderByQuality, standingDecisions, SHIPPED_MODEL, SHIPPED_RANKING, startReaderModel, type DecisionRecord, type QualityRanking, type ReaderModel } from '../../core/cards/quality/index.js';
import { readerModelFile, STORE_VERSION, type ReaderModelFile } from '../store/file-kinds.js';
import type { LibraryStore } from '../store/library-store.js';
import { isTriageDecision } from '../../shared/journals.js';
import type { CardsOfArticle } from '../../shared/study.js';

function fromFile(file: ReaderModelFile): ReaderModel {
  return { id: SHIPPED_MODEL.id, prior: file.prior, decisions: file.decisions, bias: file.bias, weights: file.weights };
}

function toFile(model: ReaderModel, now: Date): ReaderModelFile {
  return { schema: STORE_VERSION, prior: model.prior, decisions: model.decisions, bias: model.bias, weights: { ...model.weights }, updatedAt: now.toISOString() };
}

export class ReaderModelService {
  constructor(
    private readonly store: LibraryStore,
    private readonly clock: () => Date = () => new Date(),
  ) {}

  /** The library's model as it stands (learnt again from the journal if its file cannot be used). */
  current(): ReaderModel {
    const file = this.store.homeFile(readerModelFile);
    if (file && file.prior === SHIPPED_MODEL.id) return fromFile(file);
    const { model, entries } = this.fromJournal();
    // Written even when nothing was learnt (older cards carry no model inputs), so that a long
    // journal is read once, not on every call; a library without decisions needs no file.
    if (entries > 0 || file) this.store.updateHomeFile(readerModelFile, () => toFile(model, this.clock()));
    return model;
  }

  /** How the library ranks cards: its model, with the shipped threshold and blend. */
  ranking(): { ranking: QualityRanking; decisions: number } {
    const model = this.current();
    return { ranking: { ...SHIPPED_RANKING, model }, decisions: model.decisions };
  }

  /** Learns from decisions just appended to the journal. */
  learn(decisions: readonly DecisionRecord[]): void {
    if (decisions.length === 0) return;
    // An undo cannot be unlearnt step by step: the journal (which already holds it) is replayed
    // without the decisions it took back — as it is when the file cannot be used.
    const replay = decisions.some((d) => d.decision === 'undo');
    this.store.updateHomeFile(readerModelFile, (file) => {
      const model = !replay && file && file.prior === SHIPPED_MODEL.id ? learnDecisions(fromFile(file), SHIPPED_MODEL, decisions) : this.fromJournal().model;
      return toFile(model, this.clock());
    });
  }

  private fromJournal(): { model: ReaderModel; entries: number } {
    const records = standingDecisions(this.store.readJournal('decisions').filter(isTriageDecision));
    return { model: learnDecisions(startReaderModel(SHIPPED_MODEL), SHIPPED_MODEL, records), entries: records.length };
  }
}

/**
 * An article's cards as the library's model ranks them: the untriaged ones reordered among
 * their own places (kept cards stay where they are), with how many decisions taught the model.
 */
export function rankedView(view: CardsOfArticle, ranking: QualityRanking, decisions: number): CardsOfArticle {
  const untriaged = orderByQuality(view.cards.filter((c) => c.status === 'untriaged'), ranking);
  let next = 0;
  const cards = view.cards.map((c) => (c.status === 'untriaged' ? untriaged[next++]! : c));
  return { ...view, cards, learnedFrom: decisions };
}
