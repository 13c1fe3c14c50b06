#!/usr/bin/env node
// Runs electronegativity through its programmatic API and writes its findings as JSON:
//   node electronegativity-run.mjs <input> <electron-version> <out.json> [excluded,checks]
// Its CLI's CSV writer writes the header and the rows with two unordered async writes, so the
// header can overwrite the first rows (seen here); its SARIF output drops the severity. The
// runner's own return value has everything, so that is what the test reads.
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [input, electronVersion, out, excluded = ''] = process.argv.slice(2);
if (!input || !electronVersion || !out) {
  console.error('usage: electronegativity-run.mjs <input> <electron-version> <out.json> [excluded,checks]');
  process.exit(2);
}
const require = createRequire(import.meta.url);
const run = require('@doyensec/electronegativity');
const version = require('@doyensec/electronegativity/package.json').version;

const result = await run(
  {
    input,
    isRelative: true,
    electronVersionOverride: electronVersion,
    excludeFromScan: excluded ? excluded.split(',') : [],
    customScan: [],
    severitySet: 'INFORMATIONAL',
    confidenceSet: 'TENTATIVE',
    parserPlugins: [],
  },
  false,
);
const issues = result.issues.map((i) => ({
  check: i.id,
  severity: i.severity?.name,
  confidence: i.confidence?.name,
  file: i.file,
  location: i.location ? `${i.location.line}:${i.location.column}` : '',
  sample: i.sample ?? '',
  description: i.description ?? '',
  manualReview: Boolean(i.manualReview),
}));
writeFileSync(
  out,
  JSON.stringify({ tool: `@doyensec/electronegativity ${version}`, electronVersion, globalChecks: result.globalChecks, atomicChecks: result.atomicChecks, errors: result.errors, issues }, null, 1),
);
