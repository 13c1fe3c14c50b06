// The article's language, as an ISO 639-1 code, by tinyld's statistical detector — checked
// against the text's script: a language written in another script than most of the text's
// letters is never chosen (tinyld can rank Hindi first for English text full of names).
// The full model (~50 MB in memory): the light one (~13 MB) misread English pages as Turkish.
// Required on first use, not imported at the top: a process that never reads a new text (the
// host listing and searching a library) never holds the model.
import { createRequire } from 'node:module';
import type { detectAll as DetectAll } from 'tinyld';
import { wordCount } from './text-features.js';

/** Below this many words a guess is no better than chance. */
const MIN_WORDS = 8;

type Script = 'Latin' | 'Cyrillic' | 'Greek' | 'Arabic' | 'Hebrew' | 'Devanagari' | 'Bengali' | 'Thai' | 'Hangul' | 'Han' | 'Kana' | 'Georgian' | 'Armenian' | 'Tamil' | 'Other';

const SCRIPTS: readonly (readonly [Script, RegExp])[] = [
  ['Latin', /\p{Script=Latin}/u],
  ['Cyrillic', /\p{Script=Cyrillic}/u],
  ['Greek', /\p{Script=Greek}/u],
  ['Arabic', /\p{Script=Arabic}/u],
  ['Hebrew', /\p{Script=Hebrew}/u],
  ['Devanagari', /\p{Script=Devanagari}/u],
  ['Bengali', /\p{Script=Bengali}/u],
  ['Thai', /\p{Script=Thai}/u],
  ['Hangul', /\p{Script=Hangul}/u],
  ['Kana', /[\p{Script=Hiragana}\p{Script=Katakana}]/u],
  ['Han', /\p{Script=Han}/u],
  ['Georgian', /\p{Script=Georgian}/u],
  ['Armenian', /\p{Script=Armenian}/u],
  ['Tamil', /\p{Script=Tamil}/u],
];

/** Languages tinyld may return whose script is not Latin; any other code is written in Latin script. */
const LANGUAGE_SCRIPTS: Readonly<Record<string, readonly Script[]>> = {
  ru: ['Cyrillic'], uk: ['Cyrillic'], be: ['Cyrillic'], bg: ['Cyrillic'], mk: ['Cyrillic'], sr: ['Cyrillic', 'Latin'], kk: ['Cyrillic'], mn: ['Cyrillic'], tt: ['Cyrillic'],
  el: ['Greek'],
  ar: ['Arabic'], fa: ['Arabic'], ur: ['Arabic'], ug: ['Arabic'],
  he: ['Hebrew'], yi: ['Hebrew'],
  hi: ['Devanagari'], mr: ['Devanagari'], ne: ['Devanagari'], sa: ['Devanagari'],
  bn: ['Bengali'], th: ['Thai'], ko: ['Hangul', 'Han'], ja: ['Kana', 'Han'], zh: ['Han'],
  ka: ['Georgian'], hy: ['Armenian'], ta: ['Tamil'],
};

/** The script most of the text's letters are written in. */
export function dominantScript(text: string): Script {
  const counts = new Map<Script, number>();
  for (const char of text) {
    if (!/\p{L}/u.test(char)) continue;
    const script = SCRIPTS.find(([, pattern]) => pattern.test(char))?.[0] ?? 'Other';
    counts.set(script, (counts.get(script) ?? 0) + 1);
  }
  // Japanese text mixes Kana with Han; any real share of Kana makes it Kana.
  if ((counts.get('Kana') ?? 0) > 0.1 * (counts.get('Han') ?? 0) && (counts.get('Han') ?? 0) + (counts.get('Kana') ?? 0) > 0) {
    counts.set('Kana', (counts.get('Kana') ?? 0) + (counts.get('Han') ?? 0));
    counts.delete('Han');
  }
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? 'Other';
}

export function scriptFits(code: string, script: Script): boolean {
  return (LANGUAGE_SCRIPTS[code] ?? ['Latin']).includes(script) || script === 'Other';
}

let detectAll: typeof DetectAll | undefined;

/** tinyld's detector (its CommonJS build: the same code and model as its ES module). */
function detector(): typeof DetectAll {
  detectAll ??= (createRequire(import.meta.url)('tinyld') as { detectAll: typeof DetectAll }).detectAll;
  return detectAll;
}

/**
 * English words no other language in Latin script writes: in English prose they are 17–30% of the
 * words (encyclopedia passages, news), in French, Spanish, Dutch, German, Danish, Italian or
 * Afrikaans none.
 */
const ENGLISH_MARKERS = new Set(['the', 'of', 'and', 'that', 'with', 'which', 'from', 'are', 'were', 'been', 'their', 'they', 'this', 'these', 'those', 'has', 'its', 'also', 'would', 'could', 'should']);
/** This share of the words being English markers is English prose, whatever tinyld ranks first. */
const ENGLISH_SHARE = 0.1;

/** The share of the text's words that only English writes. */
export function englishMarkerShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let markers = 0;
  for (const w of words) if (ENGLISH_MARKERS.has(w)) markers++;
  return words.length ? markers / words.length : 0;
}

export function detectLanguage(text: string): string {
  if (wordCount(text) < MIN_WORDS) return 'und';
  // ~250 words tell a language reliably; more only costs time (tinyld is linear in length).
  const sample = text.slice(0, 1500);
  const script = dominantScript(sample);
  // tinyld's ranked candidates, best first; the first written in the text's script wins.
  const code = detector()(sample).find((c) => /^[a-z]{2}$/.test(c.lang) && scriptFits(c.lang, script))?.lang;
  // tinyld read unseen English encyclopedia passages as Spanish ("Oxygen") and Dutch ("Victoria"),
  // and the app then made no cards for them: English prose is told by its function words first.
  if (code !== 'en' && script === 'Latin' && englishMarkerShare(sample) >= ENGLISH_SHARE) return 'en';
  return code ?? 'und';
}
