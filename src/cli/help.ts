// The usage texts: one overview and one page per command, for `lectern help [COMMAND]` and
// `lectern COMMAND --help`. Kept beside each other so the overview and the pages agree.

export const USAGE = `usage: lectern [--home DIR] COMMAND …

commands:
  import PATH…               import files or folders (recursive) into the library
  list [--json]              the library, most recently added first
  show ID|FILE --text|--json an article's clean text, or its structure as JSON
  quiz ID|FILE [--json] [--max N]  study cards for an article, best first
  summary ID|FILE [--json] [--points N]  key points, who's who, timeline and numbers
  search QUERY [--json]      titles, text, notes, highlights and cards, best first
  serve [--port N]           the app in your browser, on 127.0.0.1 with a per-launch token
  export ID…|--all --format md|anki|apkg|csv|json|html [--cards kept|all] --out PATH
                             export articles, notes and cards
  import-json FILE           merge a JSON export (--format json) into the library
  help [COMMAND]             this overview, or one command's usage

The library home is --home, else $LECTERN_HOME, else the desktop app's folder.
\`lectern help COMMAND\` or \`lectern COMMAND --help\` explains one command.
`;

const ID_OR_FILE = 'An argument that names an existing file is a FILE (parsed, not imported; the library is left\nuntouched); otherwise it is an article ID (see `lectern list`).';

export const COMMAND_HELP: Readonly<Record<string, string>> = {
  import: `usage: lectern import PATH…

Imports files or folders (recursively) into the library: Markdown, text, web pages (.html),
EPUB, PDF and DOCX. Each file is imported whole or not at all; a file whose text is already in
the library is a duplicate and creates nothing.

stdout: one line \`<id>TAB<title>\` per imported article.
stderr: one line per duplicate, skipped or failed file, then
        \`imported N, duplicates N, skipped N, failed N\`.
Exit 1 if any file failed (unsupported types are skipped, not failed).
`,
  list: `usage: lectern list [--json]

The library, most recently added first: one line per article with its ID, title, words,
reading minutes, progress and tags, separated by tabs.

  --json   an array of {id, title, byline, published, added, words, readingMinutes,
           progress, tags}
`,
  show: `usage: lectern show ID|FILE --text|--json

  --text   the clean text: the title, a blank line, then one block per heading or paragraph
  --json   {id, title, byline, published, language, blocks: [{type, text}], removed: [{text, reason}]}

${ID_OR_FILE}
`,
  quiz: `usage: lectern quiz ID|FILE [--json] [--max N]

Study cards for one article, best first (cloze, quote, choice, identity and question cards).

  --json   {article: {id, title}, cards: [{id, kind, front, back, choices?, cloze?, source}]}
  --max N  at most N cards

${ID_OR_FILE}
`,
  summary: `usage: lectern summary ID|FILE [--json] [--points N]

The summary note: key points (exact sentences of the text), people, organisations, places,
a timeline and the numbers that matter. For a library article, the reader's edit if there is one.

  --json      {keyPoints, people, organizations, places, timeline, numbers}
  --points N  at most N key points

${ID_OR_FILE}
`,
  search: `usage: lectern search QUERY [--json]

Searches titles, text, notes, highlights and cards, best first.

  --json   an array of {articleId, title, kind: text|note|highlight|card, snippet, paragraph}
`,
  serve: `usage: lectern serve [--port N]

The app in your browser, on 127.0.0.1 only. Prints
\`Lectern: http://127.0.0.1:<port>/?token=<token>\` on stdout once it listens, and runs until
interrupted (Ctrl+C). The token changes at every launch.

  --port N   listen on port N (default: a free port)
`,
  export: `usage: lectern export ID…|--all --format FORMAT [--cards kept|all] --out PATH

Exports articles with their notes, highlights and cards. Reading only: the library is not changed.

  ID… | --all       the articles (IDs from \`lectern list\`), or the whole library
  --format FORMAT   md     Markdown with YAML front matter, for Obsidian and the like
                    html   self-contained pages, printable
                    anki   a text file for Anki's File › Import
                    apkg   an Anki package: decks, notes, and each card's schedule and reviews
                    csv    cards and highlights as a spreadsheet (UTF-8)
                    json   everything, original files included, for \`lectern import-json\`
  --cards kept|all  kept (the default): the cards you kept in triage or study;
                    all: adds the cards not triaged yet (generated if the article has none yet).
                    Dropped cards never go out; json always holds every card.
  --out PATH        with one article, or a one-file format, the file to write (or a folder to
                    write it into); md and html of several articles go into the folder PATH, one
                    file per article plus index.md / index.html

stdout: the path of each file written.
stderr: when untriaged cards were left out, one line saying how many; then
        \`exported N articles as FORMAT (K files) with C cards\`.
`,
  'import-json': `usage: lectern import-json FILE

Merges a JSON export (\`lectern export --format json\`) into the library, IDs kept. An article
already in the library (same ID) has its study record merged in: cards, reviews, highlights and
notes it lacks are added, none are lost. One with the same content under another ID is skipped.

stdout: one line \`<id>TAB<title>\` per restored article.
stderr: one line per merged, skipped or failed article, then \`restored N, merged N, skipped N, failed N\`.
`,
  help: `usage: lectern help [COMMAND]

Without COMMAND, the list of commands; with one, its usage. \`lectern COMMAND --help\` is the same.
`,
};

/** The usage of one command, or null when there is no such command. */
export function commandHelp(command: string): string | null {
  return Object.hasOwn(COMMAND_HELP, command) ? COMMAND_HELP[command]! : null;
}
