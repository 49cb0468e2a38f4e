import { describe, expect, it } from 'vitest';
import { readAudit } from './audit';

const report = (vulnerabilities: Record<string, number>) =>
  JSON.stringify({ auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities } });

describe('reading npm audit --json', () => {
  it('passes a report without high or critical findings', () => {
    const outcome = readAudit(
      report({ info: 0, low: 2, moderate: 1, high: 0, critical: 0, total: 3 }),
    );
    expect(outcome).toMatchObject({ kind: 'checked', failing: 0 });
  });

  it('counts high and critical findings as failing', () => {
    const outcome = readAudit(
      report({ info: 0, low: 0, moderate: 0, high: 2, critical: 1, total: 3 }),
    );
    expect(outcome).toMatchObject({ kind: 'checked', failing: 3 });
  });

  it('tells an unreachable or refusing audit service apart from a clean report', () => {
    const refused = JSON.stringify({
      message:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
      statusCode: 405,
      error: { summary: '', detail: '' },
    });
    expect(readAudit(refused)).toEqual({
      kind: 'unavailable',
      reason:
        '405 Method Not Allowed - POST https://registry.npmjs.org/-/npm/v1/security/advisories/bulk',
    });
    expect(readAudit(JSON.stringify({ error: { summary: 'network down' } }))).toEqual({
      kind: 'unavailable',
      reason: 'network down',
    });
    expect(readAudit('')).toMatchObject({ kind: 'unavailable' });
  });
});
