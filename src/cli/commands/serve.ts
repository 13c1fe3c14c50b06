// `lectern serve [--port N]`: the browser shell. Prints its URL (with the per-launch token) on
// stdout once it listens, and runs until interrupted.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { LecternError } from '../../core/errors.js';
import { startHostThread } from '../../host/host-thread.js';
import { startWebHost } from '../../host/web/host.js';
import { resolveHome } from '../../host/services/home.js';
import { allowOnly, UsageError, type ParsedArgs } from '../args.js';
import { describeRecovery, type CliIo } from '../io.js';

export async function runServe(args: ParsedArgs, io: CliIo): Promise<number> {
  allowOnly(args, ['port']);
  if (args.positional.length > 0) throw new UsageError('serve takes no arguments');
  const portText = args.options.get('port') ?? '0';
  const port = Number(portText);
  if (!/^\d+$/.test(portText) || port > 65_535) throw new UsageError('--port takes a port number (0–65535; 0 picks a free one)');
  if (!existsSync(join(io.rendererDir, 'index.html'))) {
    throw new LecternError('The app is not built yet: run `npm run build` (or `npm run web`) first.');
  }
  // The library lives in a worker thread: a long import or index build there never stalls this
  // thread's answers (pages, refusals), and calls queue there instead of blocking the server.
  const library = await startHostThread({ home: resolveHome(args.home, io.env), ...(io.samplesDir ? { samplesDir: io.samplesDir } : {}) });
  for (const recovery of library.recoveries) io.err(`${describeRecovery(recovery)}\n`);
  let host;
  try {
    host = await startWebHost({ callJson: (name, callArgs) => library.callJson(name, callArgs), rendererDir: io.rendererDir, port });
  } catch (error) {
    await library.close();
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new LecternError(`Port ${port} is in use; pick another with --port, or 0 for any free one.`);
    throw error;
  }
  io.out(`Lectern: ${host.url}\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void host.close().then(() => library.close()).then(resolve);
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  return 0;
}
