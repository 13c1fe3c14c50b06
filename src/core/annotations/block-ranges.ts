// Between offsets in the whole clean text (what highlights anchor to) and offsets inside
// blocks (what the reader renders). The clean text is the title, a blank line, then the blocks
// separated by blank lines (../shared/CLI-CONTRACT.md, "Text positions").
import type { BlockRange } from '../../shared/notes.js';
import type { Block } from '../../shared/types.js';

export type { BlockRange };

const GAP = 2; // "\n\n"

/** Where each block starts in the clean text. */
export function blockOffsets(title: string, blocks: readonly Pick<Block, 'text'>[]): number[] {
  const offsets: number[] = [];
  let at = title.length + GAP;
  for (const block of blocks) {
    offsets.push(at);
    at += block.text.length + GAP;
  }
  return offsets;
}

/** The pieces of a clean-text range inside each block it touches (the title is not a block). */
export function toBlockRanges(title: string, blocks: readonly Pick<Block, 'text'>[], start: number, end: number): BlockRange[] {
  const offsets = blockOffsets(title, blocks);
  const out: BlockRange[] = [];
  blocks.forEach((block, paragraph) => {
    const from = offsets[paragraph]!;
    const to = from + block.text.length;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s < e) out.push({ paragraph, start: s - from, end: e - from });
  });
  return out;
}

/** A position inside a block as an offset in the clean text. */
export function toTextOffset(title: string, blocks: readonly Pick<Block, 'text'>[], paragraph: number, offset: number): number {
  const at = blockOffsets(title, blocks)[paragraph];
  if (at === undefined) throw new RangeError(`No block ${paragraph}.`);
  return at + offset;
}
