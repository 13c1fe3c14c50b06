// `lectern search QUERY [--json]`: titles, text, notes, highlights and cards, best first.
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { openHostFor, reportRecoveries } from '../context.js';
import { printJson, type CliIo } from '../io.js';

export async function runSearch(args: ParsedArgs, io: CliIo): Promise<number> {
  allowOnly(args, ['json']);
  const query = args.positional.join(' ').trim();
  if (!query) throw new UsageError('search needs a query');
  const { library, search } = openHostFor(args.home, io);
  // A missing index is built in a child process (search-build.ts), its progress shown here.
  await search.ready((done, total) => {
    if (io.errIsTty && total > 200) io.err(done < total ? `\rindexing ${done}/${total}…\x1b[K` : '\r\x1b[K');
  });
  const results = search.search(query);
  search.flush();
  if (args.flags.has('json')) {
    printJson(io, results.map(({ articleId, title, kind, snippet, paragraph }) => ({ articleId, title, kind, snippet, paragraph })));
  } else {
    for (const r of results) io.out(`${r.articleId}\t${r.kind}${r.paragraph === null ? '' : ` ¶${r.paragraph}`}\t${r.title}\n  ${r.snippet}\n`);
  }
  reportRecoveries(library, io);
  return 0;
}
