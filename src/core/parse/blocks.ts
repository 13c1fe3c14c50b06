// Plain text → blocks: paragraphs are separated by blank lines; the single newlines inside a
// paragraph are kept as its lines and joined with a space in its text.
import { makeDraft, type Draft } from './draft.js';

export function splitTextBlocks(text: string): Draft[] {
  return text
    .split(/\n[ \t\u00a0]*\n/)
    .map((chunk) => makeDraft(chunk.split('\n')))
    .filter((draft) => draft.text !== '');
}
