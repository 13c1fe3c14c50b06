// YAML front matter at the top of a Markdown file: only the simple `key: value` lines that
// carry metadata are read (title, author, date); the block is cut from the text either way.

export interface FrontMatter {
  readonly fields: ReadonlyMap<string, string>;
  /** The text after the front matter. */
  readonly body: string;
}

const FENCE = /^---[ \t]*\n([\s\S]*?)\n(?:---|\.\.\.)[ \t]*(?:\n|$)/;

function unquote(value: string): string {
  const trimmed = value.trim();
  const quoted = /^(["'])(.*)\1$/.exec(trimmed);
  return quoted?.[2] ?? trimmed;
}

export function readFrontMatter(text: string): FrontMatter {
  const match = FENCE.exec(text);
  if (!match) return { fields: new Map(), body: text };
  const fields = new Map<string, string>();
  const lines = (match[1] ?? '').split('\n');
  lines.forEach((line, i) => {
    const pair = /^([A-Za-z_][\w-]*):\s*(.*)$/.exec(line);
    if (!pair?.[1]) return;
    let value = unquote(pair[2] ?? '');
    // A YAML list on the following lines ("authors:\n  - Ana"): take its first item.
    const next = lines[i + 1];
    if (value === '' && next !== undefined) value = unquote(/^\s*-\s+(.*)$/.exec(next)?.[1] ?? '');
    else if (/^\[.*\]$/.test(value)) value = unquote(value.slice(1, -1).split(',')[0] ?? '');
    if (value !== '') fields.set(pair[1].toLowerCase(), value);
  });
  return { fields, body: text.slice(match[0].length) };
}
