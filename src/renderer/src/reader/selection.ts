// A DOM selection in the article as offsets in its blocks. Each kept block's text container
// carries `data-paragraph`; offsets count its text nodes, so marks painted inside (find matches,
// highlights, links) do not shift them.

export interface TextPoint {
  readonly paragraph: number;
  readonly offset: number;
}

export interface ArticleSelection {
  readonly start: TextPoint;
  readonly end: TextPoint;
  readonly text: string;
  /** Where the selection is on screen, for the toolbar. */
  readonly rect: DOMRect;
}

function containerOf(node: Node, root: Element): HTMLElement | null {
  const element = node instanceof Element ? node : node.parentElement;
  const container = element?.closest<HTMLElement>('[data-paragraph]') ?? null;
  return container && root.contains(container) ? container : null;
}

/** The offset of (node, offset) in its block's text. */
function pointIn(container: HTMLElement, node: Node, offset: number): TextPoint {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return { paragraph: Number(container.dataset.paragraph), offset: range.toString().length };
}

/** The first or last block inside a range whose ends fall outside any block (a drag that
 * starts in a margin). */
function edgeBlock(range: Range, root: Element, last: boolean): HTMLElement | null {
  const blocks = [...root.querySelectorAll<HTMLElement>('[data-paragraph]')].filter((el) => range.intersectsNode(el));
  return (last ? blocks.at(-1) : blocks[0]) ?? null;
}

/** The current selection inside `root` as block offsets, or null (none, collapsed, or outside). */
export function readSelection(root: Element): ArticleSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.commonAncestorContainer)) return null;
  const startBlock = containerOf(range.startContainer, root) ?? edgeBlock(range, root, false);
  const endBlock = containerOf(range.endContainer, root) ?? edgeBlock(range, root, true);
  if (!startBlock || !endBlock) return null;
  const start = startBlock.contains(range.startContainer) ? pointIn(startBlock, range.startContainer, range.startOffset) : { paragraph: Number(startBlock.dataset.paragraph), offset: 0 };
  const end = endBlock.contains(range.endContainer)
    ? pointIn(endBlock, range.endContainer, range.endOffset)
    : { paragraph: Number(endBlock.dataset.paragraph), offset: endBlock.textContent?.length ?? 0 };
  if (end.paragraph < start.paragraph || (end.paragraph === start.paragraph && end.offset <= start.offset)) return null;
  const text = selection.toString();
  if (!text.trim()) return null;
  return { start, end, text, rect: range.getBoundingClientRect() };
}
