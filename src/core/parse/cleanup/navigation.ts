// Menus and link lists of a copied web page. The article is the densest region of running
// prose; what lies outside it is navigation, a related-story list or the page footer.
import { isKept, remove, type Draft } from '../draft.js';
import { endsLikeSentence, isProse, wordCount } from '../text-features.js';

const NAV_CUE =
  /^(?:skip (?:to (?:main )?content|navigation|to (?:site )?(?:index|search|footer))|skip to content\s*skip to site index|(?:main )?menu|(?:toggle|open|close) (?:navigation|menu|search)|navigation|search|home(?: page)?|go to home page.*|close|back to top|sections|next|previous|(?:next|previous|prev) (?:article|story|post|page)|expand.*collapse.*|see all|view all|show more|load more|more|all|top|site (?:index|map|information navigation)|sitemap|contact(?: us)?|about(?: us)?|careers|help|faq)\s*[»›>]?$/iu;
/** The same links on pages in German, French, Spanish, Italian, Portuguese and Russian ("Zurück
 * zur Übersicht", "Retour à l'accueil", "Назад к списку"): a "back" link may name where it leads. */
const NAV_CUE_OTHER =
  /^(?:(?:zurück|retour|volver|regresar|torna|tornare|voltar|назад)(?:\s+(?:zur?|zum|à|a|al|alla|ao|к|на)\s.*)?|startseite|übersicht|menü|suche|nach oben|weiter|accueil|rechercher|haut de page|suivant|précédent|inicio|buscar|siguiente|anterior|menú|cerca|avanti|indietro|início|pesquisar|главная|меню|поиск|далее|вверх)\s*[»›>]?$/iu;
const SYMBOLS_ONLY = /^[^\p{L}\p{N}]+$/u;

/** How much a block adds to the article region: prose counts its words, short lines cost. */
function weight(draft: Draft): number {
  if (draft.isTitle) return 0;
  if (draft.removal) return -6;
  if (isProse(draft.text)) return wordCount(draft.text);
  if (endsLikeSentence(draft.text) && /^["“‘'(]?\p{Lu}/u.test(draft.text)) return 1;
  return -6;
}

/** The kept blocks' indices of the best-scoring run (maximum subarray over the weights). */
function mainRegion(drafts: readonly Draft[]): { start: number; end: number } | null {
  let best = 0;
  let bestRange: { start: number; end: number } | null = null;
  let sum = 0;
  let start = 0;
  drafts.forEach((draft, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += weight(draft);
    if (sum > best) {
      best = sum;
      bestRange = { start, end: i };
    }
  });
  return bestRange;
}

export function isNavigationCue(text: string): boolean {
  return SYMBOLS_ONLY.test(text) || (wordCount(text) <= 6 && (NAV_CUE.test(text) || NAV_CUE_OTHER.test(text)));
}

function isShortLink(draft: Draft): boolean {
  return wordCount(draft.text) <= 4 && !endsLikeSentence(draft.text) && draft.lines.length === 1;
}

export function markNavigationCues(drafts: readonly Draft[]): void {
  for (const draft of drafts) {
    if (isKept(draft) && isNavigationCue(draft.text)) {
      remove(draft, 'navigation', 'navigation link');
    }
  }
}

export function markOutsideMainRegion(drafts: readonly Draft[]): void {
  const region = mainRegion(drafts);
  if (!region) return;
  drafts.forEach((draft, i) => {
    if (!isKept(draft) || (i >= region.start && i <= region.end)) return;
    if (i < region.start) remove(draft, 'navigation', 'menu or links before the article');
    else if (isProse(draft.text)) remove(draft, 'boilerplate', 'page text after the end of the article');
    else if (wordCount(draft.text) >= 4) remove(draft, 'related', 'headline of another story after the article');
    else remove(draft, 'navigation', 'menu or links after the article');
  });
}

/** Four or more very short lines in a row, without sentence punctuation, are a menu. */
export function markShortLineRuns(drafts: readonly Draft[], minRun = 4): void {
  const kept = drafts.filter(isKept);
  let run: Draft[] = [];
  const flush = (): void => {
    if (run.length >= minRun) for (const d of run) remove(d, 'navigation', 'run of short links (a menu)');
    run = [];
  };
  for (const draft of kept) {
    if (isShortLink(draft)) run.push(draft);
    else flush();
  }
  flush();
}
