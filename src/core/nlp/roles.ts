// Roles from appositions, in the article's own words: "Wang Yi, head of the Foreign Affairs
// Commission …" and "the Chinese Foreign Minister, Qin Gang,".
import { ROLE_NOUNS } from './lexicon.js';
import type { Mention, RoleMention, Sentence } from './types.js';

const STOPS_ROLE = new Set([',', '.', ';', ':', '(', ')', '—', '–', '“', '”', '"']);
const NOT_ROLE_START = new Set(['PRON', 'VERB', 'AUX', 'ADP', 'SCONJ', 'CCONJ', 'PUNCT', 'NUM', 'ADV']);

const isRoleNoun = (word: string) => ROLE_NOUNS.has(word.toLowerCase());

function tidy(role: string): string {
  return role.replace(/^(?:the|a|an)\s+/i, '').trim();
}

export function appositionRoles(sentences: readonly Sentence[], mentions: readonly Mention[]): RoleMention[] {
  const out: RoleMention[] = [];
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    const s = sentences[m.sentence]!;
    const tokens = s.tokens;
    const textOf = (a: number, b: number) => s.text.slice(tokens[a]!.start - s.start, tokens[b - 1]!.end - s.start);
    // NAME , ROLE (, | . | ( | end)
    if (tokens[m.tokenEnd]?.text === ',') {
      const a = m.tokenEnd + 1;
      let b = a;
      while (b < tokens.length && !STOPS_ROLE.has(tokens[b]!.text) && b - a < 14) b++;
      const first = tokens[a];
      const atEnd = b >= tokens.length || STOPS_ROLE.has(tokens[b]!.text);
      if (first && atEnd && b > a && !NOT_ROLE_START.has(first.pos) && tokens.slice(a, Math.min(b, a + 4)).some((t) => isRoleNoun(t.text))) {
        const verbs = tokens.slice(a, b).filter((t) => t.pos === 'VERB' || t.pos === 'AUX');
        if (verbs.length === 0) out.push({ person: m.canonical, role: tidy(textOf(a, b)), sentence: m.sentence, form: 'apposition' });
      }
    }
    // the ROLE , NAME (, | . | end)
    const comma = m.tokenStart - 1;
    const after = tokens[m.tokenEnd]?.text;
    if (tokens[comma]?.text === ',' && (after === undefined || after === ',' || after === '.')) {
      let a = comma;
      while (a > 0 && !STOPS_ROLE.has(tokens[a - 1]!.text) && tokens[a - 1]!.pos !== 'DET' && comma - a < 9) a--;
      const det = tokens[a - 1];
      if (det?.pos === 'DET' && a < comma && isRoleNoun(tokens[comma - 1]!.text)) {
        out.push({ person: m.canonical, role: tidy(textOf(a, comma)), sentence: m.sentence, form: 'apposition' });
      }
    }
  }
  return out;
}
