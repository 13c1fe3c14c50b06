// Markdown → blocks with marked's lexer: headings stay headings; paragraphs, list items and
// blockquotes become paragraphs of plain text. Front matter supplies title/author/date.
import { Lexer, type Token, type Tokens } from 'marked';
import { assertMarkdownWithinLimits } from '../formats/limits.js';
import { makeDraft, type Draft } from './draft.js';
import { readFrontMatter } from './front-matter.js';
import { decodeEntities, inlineText } from './inline.js';

export interface MarkdownDocument {
  readonly blocks: Draft[];
  readonly title: string | null;
  readonly author: string | null;
  readonly date: string | null;
}

function listItemBlocks(item: Tokens.ListItem, out: Draft[]): void {
  const own: Token[] = [];
  for (const child of item.tokens) {
    if (child.type === 'list') blocksOf([child], out);
    else own.push(child);
  }
  const text = own.map((child) => ('tokens' in child && child.tokens ? inlineText(child.tokens) : inlineText([child]))).join(' ');
  if (text.trim() !== '') out.push(makeDraft([text], 'paragraph'));
}

function blocksOf(tokens: readonly Token[], out: Draft[]): void {
  for (const token of tokens) {
    switch (token.type) {
      case 'heading':
        out.push(makeDraft([inlineText((token as Tokens.Heading).tokens)], 'heading'));
        break;
      case 'paragraph':
      case 'text': {
        const inner = (token as Tokens.Paragraph).tokens;
        const text = inner ? inlineText(inner) : decodeEntities(token.raw);
        if (text !== '') out.push(makeDraft([text], 'paragraph'));
        break;
      }
      case 'list':
        for (const item of (token as Tokens.List).items) listItemBlocks(item, out);
        break;
      case 'blockquote':
        blocksOf((token as Tokens.Blockquote).tokens, out);
        break;
      case 'code':
        out.push(makeDraft((token as Tokens.Code).text.split('\n'), 'paragraph'));
        break;
      case 'table': {
        const table = token as Tokens.Table;
        for (const row of [table.header, ...table.rows]) {
          out.push(makeDraft([row.map((cell) => inlineText(cell.tokens)).join(' · ')], 'paragraph'));
        }
        break;
      }
      default:
        break; // space, hr, html, def: nothing to read
    }
  }
}

export function readMarkdown(text: string): MarkdownDocument {
  const { fields, body } = readFrontMatter(text);
  assertMarkdownWithinLimits(body);
  const tokens = Lexer.lex(body);
  // The first level-1 heading is the title, unless the front matter names a different one.
  const h1 = tokens.find((token): token is Tokens.Heading => token.type === 'heading' && token.depth === 1);
  const h1Text = h1 ? inlineText(h1.tokens) : null;
  const title = fields.get('title') ?? h1Text;
  const blocks: Draft[] = [];
  blocksOf(
    tokens.filter((token) => token !== h1 || h1Text !== title),
    blocks,
  );
  return {
    blocks: blocks.filter((block) => block.text !== ''),
    title,
    author: fields.get('author') ?? fields.get('authors') ?? fields.get('byline') ?? null,
    date: fields.get('date') ?? fields.get('published') ?? null,
  };
}
