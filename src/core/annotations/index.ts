export { anchor, CONTEXT, selectorFor, type Anchor, type TextSelector } from './anchor.js';
export { blockOffsets, toBlockRanges, toTextOffset, type BlockRange } from './block-ranges.js';
export { inlineTags } from './inline-tags.js';
