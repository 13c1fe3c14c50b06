// Reading electronegativity's report (JSON, from electronegativity-run.mjs) and judging it against the committed allow-list
// (security/electronegativity-allow.json). Pure, so the judging itself is unit tested.

export type Severity = 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH';
const SEVERITIES: readonly Severity[] = ['INFORMATIONAL', 'LOW', 'MEDIUM', 'HIGH'];

export interface Finding {
  readonly check: string;
  readonly severity: Severity;
  readonly confidence: string;
  /** Repo-relative with forward slashes, or 'N/A' for whole-app (global) findings. */
  readonly file: string;
  readonly location: string;
  readonly sample: string;
  readonly description: string;
}

export interface AllowEntry {
  readonly check: string;
  readonly file: string;
  /** Optional: the entry covers only findings whose code sample contains this text. */
  readonly sample?: string;
  readonly reason: string;
}

export interface RawReport {
  readonly tool: string;
  readonly errors: readonly { readonly file: string; readonly message: string; readonly tolerable?: boolean }[];
  readonly issues: readonly Record<string, unknown>[];
}

/** Findings from the JSON that electronegativity-run.mjs writes (the runner's own issues, with
 * paths relative to the scanned folder); `prefix` makes those paths repo-relative. */
export function parseReport(json: string, prefix: string): { findings: Finding[]; errors: RawReport['errors'] } {
  const report = JSON.parse(json) as Partial<RawReport>;
  if (!Array.isArray(report.issues) || !Array.isArray(report.errors)) throw new Error('not an electronegativity report: no issues or errors list');
  const findings = report.issues.map((issue) => {
    const severity = String(issue['severity'] ?? '').toUpperCase() as Severity;
    if (!SEVERITIES.includes(severity)) throw new Error(`unknown severity "${String(issue['severity'])}" in ${JSON.stringify(issue)}`);
    const check = String(issue['check'] ?? '');
    if (!/^[A-Z_]+$/.test(check)) throw new Error(`no check ID in ${JSON.stringify(issue)}`);
    const raw = String(issue['file'] ?? '').replace(/\\/g, '/');
    return {
      check,
      severity,
      confidence: String(issue['confidence'] ?? ''),
      file: raw === 'N/A' || raw === '' ? 'N/A' : `${prefix}${raw}`,
      location: String(issue['location'] ?? ''),
      sample: String(issue['sample'] ?? ''),
      description: String(issue['description'] ?? ''),
    };
  });
  return { findings, errors: report.errors };
}

export function failsAt(severity: Severity): boolean {
  return severity === 'MEDIUM' || severity === 'HIGH';
}

export function covers(entry: AllowEntry, finding: Finding): boolean {
  return entry.check === finding.check && entry.file === finding.file && (entry.sample === undefined || finding.sample.includes(entry.sample));
}

/** Problems with the allow-list itself: every entry needs a check, a file and a real reason. */
export function allowListProblems(entries: unknown): string[] {
  if (!Array.isArray(entries)) return ['the allow-list must be a JSON array'];
  const problems: string[] = [];
  entries.forEach((e: unknown, i) => {
    const entry = e as Partial<Record<string, unknown>>;
    if (typeof entry !== 'object' || entry === null) return problems.push(`entry ${i} is not an object`);
    for (const key of Object.keys(entry)) if (!['check', 'file', 'sample', 'reason'].includes(key)) problems.push(`entry ${i} has an unknown key "${key}"`);
    if (typeof entry['check'] !== 'string' || !/^[A-Z_]+$/.test(entry['check'])) problems.push(`entry ${i}: "check" must be an electronegativity check ID`);
    if (typeof entry['file'] !== 'string' || entry['file'] === '') problems.push(`entry ${i}: "file" is required (a repo-relative path, or N/A)`);
    if (entry['sample'] !== undefined && (typeof entry['sample'] !== 'string' || entry['sample'] === '')) problems.push(`entry ${i}: "sample" must be a non-empty string when given`);
    const reason = typeof entry['reason'] === 'string' ? entry['reason'].trim() : '';
    if (reason.length < 40 || /^(todo|tbd|fixme|false positive\.?|ok|n\/a)$/i.test(reason)) problems.push(`entry ${i} (${String(entry['check'])}): "reason" must explain why the finding is safe (40+ characters)`);
    return undefined;
  });
  return problems;
}

export interface Verdict {
  /** MEDIUM or HIGH findings no allow-list entry covers: the check fails on any. */
  readonly unjustified: Finding[];
  /** Allow-list entries that cover nothing any more: remove them (the check fails on any). */
  readonly stale: AllowEntry[];
  /** LOW and INFORMATIONAL findings, printed for review. */
  readonly notes: Finding[];
  readonly allowed: { finding: Finding; entry: AllowEntry }[];
}

export function judge(findings: readonly Finding[], allow: readonly AllowEntry[]): Verdict {
  const unjustified: Finding[] = [];
  const notes: Finding[] = [];
  const allowed: { finding: Finding; entry: AllowEntry }[] = [];
  const used = new Set<AllowEntry>();
  for (const finding of findings) {
    if (!failsAt(finding.severity)) {
      notes.push(finding);
      continue;
    }
    const entry = allow.find((e) => covers(e, finding));
    if (entry) {
      used.add(entry);
      allowed.push({ finding, entry });
    } else unjustified.push(finding);
  }
  return { unjustified, stale: allow.filter((e) => !used.has(e)), notes, allowed };
}

export function formatFinding(f: Finding): string {
  return `${f.severity} ${f.check} ${f.file}:${f.location} (${f.confidence}) — ${f.description}${f.sample && f.sample !== 'N/A' ? `\n      ${f.sample.trim().slice(0, 200)}` : ''}`;
}
