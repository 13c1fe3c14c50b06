// `lectern show ID|FILE --text|--json`. A FILE is parsed without touching the library.
import { cleanText } from '../../core/parse/index.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { readTarget } from '../context.js';
import { printJson, type CliIo } from '../io.js';

export async function runShow(args: ParsedArgs, io: CliIo): Promise<number> {
  allowOnly(args, ['text', 'json']);
  const [target, ...rest] = args.positional;
  if (!target || rest.length > 0) throw new UsageError('show needs exactly one article ID or file');
  const asJson = args.flags.has('json');
  if (asJson === args.flags.has('text')) throw new UsageError('show needs one of --text or --json');
  const { id, article } = await readTarget(target, args, io);
  if (asJson) {
    const { title, byline, published, language, blocks, removed } = article;
    printJson(io, { id, title, byline, published, language, blocks, removed });
  } else io.out(`${cleanText(article)}\n`);
  return 0;
}
