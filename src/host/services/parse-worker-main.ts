// The parse worker's entry: reads one document, or makes one article's cards, per message with
// the core functions and posts the result back. It runs in a worker thread with a heap limit
// (parse-worker.ts), so a file built to exhaust memory or time ends this thread, never the app
// or the web host.
import { parentPort } from 'node:worker_threads';
import { detectLanguage } from '../../core/parse/language.js';
import { postedReply, runJob, type ParseJob } from './parse-worker.js';

const port = parentPort;
if (!port) throw new Error('parse-worker-main runs as a worker thread only');

// jsdom and pdf.js may print warnings about a file: a worker has nothing to tell the user.
process.stdout.write = () => true;
process.stderr.write = () => true;

// Reading any text detects its language, and the detector's model loads on first use (~0.3 s):
// loaded here, before "ready", so a read job's time limit counts its own work only. (The card
// generator and its language model still load on the first card job: a worker that only reads
// files never pays for them, and a card job's limit is three times longer.)
detectLanguage('The detector loads its model on first use.');
port.postMessage({ ready: true }); // loaded: the time limit of a job starts now

port.on('message', (job: ParseJob) => {
  void runJob(job).then((reply) => port.postMessage(...postedReply(reply)));
});
