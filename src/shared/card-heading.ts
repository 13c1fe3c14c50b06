// The line a card is studied under: its article's title. A card is one sentence of a story, and
// in a session of due cards from many articles "The hospital moved to Harbour Road in [...]" or
// "By 1901 the works employed [...] men" says nothing about which hospital or works; the title
// ("St Columba's Hospital: from fever house to trauma centre") does, as a deck name does in Anki.
// A title that holds the answer would give it away, so such a card is shown without it.

/** Words of an answer too common to give it away when the title has them too. */
const COMMON = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'at', 'to', 'for', 'and', 'or', 'by', 'with', 'from', 'its', 'his', 'her', 'their', 'as', 'is', 'was', 'be', 'not', 'no', 'more', 'than', 'about', 'per', 'cent', 'percent']);

/** Lowercased words and numbers, digits' thousands separators and a trailing "%" kept apart. */
function words(text: string): string[] {
  return (text.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+(?:[.,'’][\p{L}\p{N}]+)*/gu) ?? []).map((w) => (/^\d{1,3}(,\d{3})+(\.\d+)?$/.test(w) ? w.replace(/,/g, '') : w.replace(/’/g, "'")));
}

/** The heading a card is shown under, or null: no title, or one that shares a telling word with the answer. */
export function cardHeading(title: string | null | undefined, card: { readonly back: string }): string | null {
  const heading = (title ?? '').replace(/\s+/g, ' ').trim();
  if (!heading) return null;
  const titleWords = new Set(words(heading));
  // A longer word's first five letters count too ("weavers'" in the title, "weaver" the answer).
  const stems = new Set([...titleWords].filter((w) => w.length >= 5).map((w) => w.slice(0, 5)));
  const telling = words(card.back).filter((w) => !COMMON.has(w));
  if (telling.some((w) => titleWords.has(w) || (w.length >= 5 && stems.has(w.slice(0, 5))))) return null;
  return heading;
}
