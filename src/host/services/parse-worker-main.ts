// The parse worker's entry: reads one document per message with the core readers and posts
// the result back. It runs in a worker thread with a heap limit (parse-worker.ts), so a file
// built to exhaust memory or time ends this thread, never the app or the web host.
import { parentPort } from 'node:worker_threads';
import { readDocument } from '../../core/formats/index.js';
import { pageFileReader } from './import-files.js';
import type { ParseJob, ParseReply } from './parse-worker.js';

const port = parentPort;
if (!port) throw new Error('parse-worker-main runs as a worker thread only');

// jsdom and pdf.js may print warnings about a file: a worker has nothing to tell the user.
process.stdout.write = () => true;
process.stderr.write = () => true;

port.postMessage({ ready: true }); // loaded: the time limit of a job starts now

port.on('message', (job: ParseJob) => {
  void (async () => {
    let reply: ParseReply;
    try {
      const doc = await readDocument(job.bytes, job.fileName, {
        maxFileBytes: job.maxFileBytes,
        ...(job.maxExpandedBytes ? { maxExpandedBytes: job.maxExpandedBytes } : {}),
        ...(job.localPage ? { readLocal: pageFileReader(job.localPage) } : {}),
      });
      reply = { id: job.id, ok: true, doc };
    } catch (error) {
      const err = error instanceof Error ? error : new Error(String(error));
      reply = { id: job.id, ok: false, name: err.name, message: err.message };
    }
    port.postMessage(reply);
  })();
});
