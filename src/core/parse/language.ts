// The article's language, as an ISO 639-1 code, by tinyld's statistical detector.
import { detect } from 'tinyld';
import { wordCount } from './text-features.js';

/** Below this many words a guess is no better than chance. */
const MIN_WORDS = 8;

export function detectLanguage(text: string): string {
  if (wordCount(text) < MIN_WORDS) return 'und';
  const code = detect(text.slice(0, 4000));
  return /^[a-z]{2}$/.test(code) ? code : 'und';
}
