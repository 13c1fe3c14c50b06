#!/usr/bin/env node
// Figure 8 alone (the host's responsiveness while it imports and indexes, see responsiveness.mjs),
// for work on issue 19 without the whole suite: seeds the small (10) and the big (10,000)
// library as `--quick` does, runs the full profile's scenarios (500 files, a ~30 MB PDF, the big
// library's index build) and prints one line per phase and the results as JSON.
//   node scripts/bench/figure8.mjs [--out FILE] [--only c] [--poll page|list]
// --only c: the big library's idle baseline and index build alone (no small library, no imports).
// --poll: the list call polled, 'page' (default: the library view's first page) or 'list' (the
// whole list, as the view asked before it was paged and as the CLI and scripts still ask).
import { rmSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { buildLibrary } from './library.mjs';
import { measureResponsiveness } from './responsiveness.mjs';
import { PROFILES } from './run.mjs';

const argv = process.argv.slice(2);
const option = (name) => (argv.includes(name) ? argv[argv.indexOf(name) + 1] : undefined);
const out = option('--out');
const only = option('--only');
const poll = option('--poll') ?? 'page';
if (only !== undefined && only !== 'c') throw new Error('figure8: --only takes c (the index build)');
const p = PROFILES.full;
const log = (s) => process.stderr.write(`${s}\n`);
const homes = { ...(only ? {} : { small: (await buildLibrary(p.small, { quick: true })).home }), large: (await buildLibrary(p.large, { quick: true, log })).home };
try {
  const r = await measureResponsiveness(homes, { files: p.busyFiles, pdfPages: p.busyPdfPages, pdfMb: p.busyPdfMb, only, poll, log });
  console.log(`polling ${r.list_call} ${JSON.stringify(r.list_args)} and study:queue {} in turn, every ${r.poll_ms} ms`);
  for (const [phase, s] of Object.entries(r)) {
    if (typeof s?.calls !== 'number') continue; // a phase, not a setting
    const own = Object.entries(s.by_call).map(([name, c]) => `${name} ${c.p50_ms.toFixed(1)}/${c.p95_ms.toFixed(1)}`).join(', ');
    console.log(`${phase.padEnd(14)} calls ${String(s.calls).padStart(5)}  failed ${s.failed_calls}  p50 ${s.p50_ms.toFixed(1)} ms  p95 ${s.p95_ms.toFixed(1)} ms  max ${s.max_ms.toFixed(0)} ms  work ${s.work_s.toFixed(1)} s  (p50/p95 ms: ${own})`);
  }
  if (out) writeFileSync(out, `${JSON.stringify(r, null, 2)}\n`);
} finally {
  for (const home of Object.values(homes)) rmSync(dirname(home), { recursive: true, force: true });
}
