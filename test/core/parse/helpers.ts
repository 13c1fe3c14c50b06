// Shared helpers for the parse tests: read a fixture and parse it as a file would be.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseFile } from '../../../src/core/parse/index.js';
import type { ParsedArticle, RemovalRule } from '../../../src/shared/types.js';

export function parseFixture(name: string): ParsedArticle {
  const path = fileURLToPath(new URL(`../../fixtures/articles/${name}`, import.meta.url));
  return parseFile(readFileSync(path), name).article;
}

export function headings(article: ParsedArticle): string[] {
  return article.blocks.filter((b) => b.type === 'heading').map((b) => b.text);
}

export function paragraphs(article: ParsedArticle): string[] {
  return article.blocks.filter((b) => b.type === 'paragraph').map((b) => b.text);
}

export function ruleOf(article: ParsedArticle, text: string): RemovalRule | undefined {
  return article.removed.find((r) => r.text === text)?.rule;
}
