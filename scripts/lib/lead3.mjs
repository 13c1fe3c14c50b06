// Lead-3, the baseline key points are measured against, shared by scripts/eval-summary.mjs and
// scripts/train-key-points.mjs so both score the very same baseline.

/**
 * The first three sentences, cleaned as the key points are: a byline or time stamps split into
 * sentences of their own before the story are skipped, and a dateline is left off the first
 * sentence, so the baseline is not weakened by page furniture the key points are spared.
 * `core` holds the built modules' analyzeText, leadInLength and furniture.
 */
export function lead3(article, { analyzeText, leadInLength, furniture }) {
  const paragraphs = article.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
  const sentences = analyzeText(paragraphs).sentences.map((s) => s.text.slice(leadInLength(s.text)));
  let opening = 0;
  while (opening < sentences.length && furniture(sentences[opening])) opening++;
  return sentences.slice(opening, opening + 3);
}
