// One article open in the reader view: opening it (text, highlights, images, the saved position
// or a passage from search) and leaving it (the position saved), the study panel beside it, and
// the card editor on a selection or a highlight. Scrolling and the selection have their own
// classes; this one ties them to the article.
import { tick } from 'svelte';
import type { HighlightView } from '../../../shared/notes';
import type { CardSource, StudyCard } from '../../../shared/study';
import type { CardEditorRequest } from '../study/CardEditor.svelte';
import { api } from './api';
import { ArticleAssets } from './article-assets.svelte';
import { ArticleHighlights } from './highlights.svelte';
import { library } from './library.svelte';
import { notices } from './notices.svelte';
import type { PanelTab, ReaderState } from './reader.svelte';
import { ReaderScroll } from './reader-scroll.svelte';
import { ReaderSelection, type BlockRange } from './reader-selection.svelte';
import { plural } from './study-format';

/** Wide enough for the study panel beside the article, so it starts open. */
const PANEL_BESIDE_FROM = 1000;

export class ReaderSession {
  readonly id: string;
  readonly reader: ReaderState;
  readonly highlights: ArticleHighlights;
  readonly assets = new ArticleAssets();
  readonly scroll: ReaderScroll;
  readonly selection: ReaderSelection;
  panelOpen = $state(window.innerWidth >= PANEL_BESIDE_FROM);
  panelTab = $state<PanelTab>('cards');
  /** The card editor, open on a selection's or a highlight's words. */
  cardEditor = $state<CardEditorRequest | null>(null);
  #closed = false;

  constructor(id: string, reader: ReaderState) {
    this.id = id;
    this.reader = reader;
    this.highlights = new ArticleHighlights(id);
    this.scroll = new ReaderScroll(reader);
    this.selection = new ReaderSelection(this.highlights, () => this.scroll.el);
  }

  /** Opens the article, then puts the text where the reader left it, or at the passage search
   * asked for. */
  async open(): Promise<void> {
    this.scroll.hold();
    this.reader.closeFind();
    this.reader.setQuery('');
    void this.highlights.load();
    await this.reader.open(this.id);
    const article = this.reader.article;
    if (this.#closed || article?.id !== this.id) return;
    const images = (article.figures ?? []).flatMap((f) => (f.image ? [f.image] : []));
    if (images.length) void this.assets.load(article.id, images);
    await tick();
    // A passage from search wins over the saved position.
    this.scroll.restore(this.#takePassage() ? null : article.progress);
  }

  /** Leaves the article: its images released, its position saved (the library shows it). */
  close(): void {
    this.#closed = true;
    this.assets.dispose();
    void this.reader.flush().then(() => library.refresh());
  }

  showTab(tab: PanelTab): void {
    this.panelTab = tab;
    this.panelOpen = true;
  }

  /** A search result in this article, once it is open (while it opens, `open` takes it). */
  showPassage(): void {
    if (this.reader.article?.id === this.id) this.#takePassage();
  }

  /** Goes to the passage search asked for, if it is in this article: its block, its side tab,
   * its words flashed. True when it scrolled the text. */
  #takePassage(): boolean {
    const passage = this.reader.takePassage(this.id);
    if (!passage) return false;
    if (passage.tab) this.showTab(passage.tab);
    if (passage.paragraph === null) return false;
    this.scroll.toParagraph(passage.paragraph);
    this.reader.flashQuery(passage.paragraph, passage.query);
    void tick().then(() => this.scroll.toFlash());
    return true;
  }

  /** A card's "Show in article": its source sentence marked and brought into view. */
  async showSource(source: CardSource): Promise<void> {
    this.reader.showSource(source);
    await tick();
    this.scroll.toSource();
  }

  /** A summary key point: its sentence flashed in the text. */
  async showPoint(paragraph: number, text: string): Promise<void> {
    this.reader.flashSentence(paragraph, text);
    await tick();
    this.scroll.toFlash();
  }

  async findQuery(query: string): Promise<void> {
    this.reader.setQuery(query);
    await tick();
    this.scroll.toMatch();
  }

  async findStep(direction: 1 | -1): Promise<void> {
    this.reader.step(direction);
    await tick();
    this.scroll.toMatch();
  }

  toggleRemoved(): Promise<void> {
    return this.scroll.keepPosition(() => (this.reader.showRemoved = !this.reader.showRemoved));
  }

  /** Opens the card editor on the selection (words of one paragraph). */
  async makeCard(): Promise<void> {
    if (this.selection.acting) return;
    const range = this.selection.cardRange();
    if (range) await this.#openCardEditor(range, () => this.selection.clear());
  }

  /** Makes a card of a highlight (its part in its first paragraph). */
  async makeCardOfHighlight(highlight: HighlightView): Promise<void> {
    if (highlight.anchor.status !== 'anchored') return;
    const range = highlight.anchor.ranges[0];
    if (range) await this.#openCardEditor({ paragraph: range.paragraph, start: range.start, end: range.end });
  }

  /** The editor kept cards: they are shown in the Cards tab. */
  cardsKept(cards: readonly StudyCard[]): void {
    this.cardEditor = null;
    this.showTab('cards');
    notices.show(`Kept ${plural(cards.length, 'card')}; ${cards.length === 1 ? 'it is' : 'they are'} in the Cards tab.`);
  }

  #openCardEditor(range: BlockRange, then?: () => void): Promise<void> {
    return this.selection.act(async () => {
      const draft = await api['cards:draft']({ articleId: this.id, ...range });
      then?.();
      this.cardEditor = { articleId: this.id, draft };
    });
  }
}
