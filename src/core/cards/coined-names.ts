// "former Liberal Democrat leader [...] sparked a wave of “Cleggmania”" → Nick Clegg: a word the
// front coins from the answer's surname ("Cleggmania", "Thatcherism", "Obamacare") names it.
// Both blind judges of unseen news rejected such a card.

/** Endings that coin a word from a person's name; "Jacksonville" or "Smithsonian" merely contain one. */
const COINING = /^-?(?:mania|manias|ism|isms|ist|ists|ite|ites|care|omics|nomics|esque|ian|ians|ista|istas|gate|era|verse|world|land)$/;

/** The surname (last word, four letters or more, capitalised) of a name of two words or more is coined into a longer word on the front. */
export function coinedFromName(front: string, answer: string): boolean {
  const parts = answer.trim().split(/\s+/);
  const surname = parts.at(-1)!;
  if (parts.length < 2 || !/^\p{Lu}\p{Ll}{3,}$/u.test(surname)) return false;
  const stem = surname.toLowerCase();
  for (const word of front.match(/[\p{L}-]+/gu) ?? []) {
    const w = word.toLowerCase();
    if (w.startsWith(stem) && COINING.test(w.slice(stem.length))) return true;
  }
  return false;
}
