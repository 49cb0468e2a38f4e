// Runs `npm audit --omit=dev` (the packages that ship to the browser) and fails on any high or
// critical finding. When the registry's audit service cannot be reached or refuses the request,
// it says so plainly and exits 0: "not checked" is reported, never dressed up as "no findings".
// Usage: npm run audit
import { spawnSync } from 'node:child_process';

export type AuditOutcome =
  | { kind: 'checked'; counts: Record<string, number>; failing: number }
  | { kind: 'unavailable'; reason: string };

const FAILING = ['high', 'critical'];

/** Reads the JSON `npm audit --json` prints, on success or on a registry error. */
export function readAudit(json: string): AuditOutcome {
  let report: {
    metadata?: { vulnerabilities?: Record<string, number> };
    message?: unknown;
    error?: { summary?: unknown };
  };
  try {
    report = JSON.parse(json) as typeof report;
  } catch {
    return { kind: 'unavailable', reason: 'npm audit printed no JSON report' };
  }
  const counts = report?.metadata?.vulnerabilities;
  if (counts && typeof counts === 'object') {
    const failing = FAILING.reduce((sum, level) => sum + (Number(counts[level]) || 0), 0);
    return { kind: 'checked', counts, failing };
  }
  // npm puts the registry's answer in `message` and sometimes an empty `error.summary` beside it.
  const reason = [report?.error?.summary, report?.message].find(
    (text) => typeof text === 'string' && text.trim() !== '',
  );
  return { kind: 'unavailable', reason: String(reason ?? 'the audit service gave no report') };
}

export function main(): number {
  const run = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
  const outcome = readAudit(run.stdout ?? '');
  if (outcome.kind === 'unavailable') {
    console.warn(`npm audit NOT CHECKED: ${outcome.reason}`);
    console.warn('Run `npm audit --omit=dev` where the registry allows it before a release.');
    return 0;
  }
  const summary = Object.entries(outcome.counts)
    .filter(([level]) => level !== 'total')
    .map(([level, n]) => `${level} ${n}`)
    .join(', ');
  console.log(`npm audit --omit=dev: ${summary}`);
  if (outcome.failing > 0) {
    console.error(`npm audit FAILED: ${outcome.failing} high or critical finding(s)`);
    return 1;
  }
  console.log('npm audit OK: no high or critical findings in the packages that ship.');
  return 0;
}
