// build/audit.mjs reads `npm audit --json`: it counts the advisories of the shipped dependencies, and where
// the registry refuses audit requests it says so, never reporting that refusal as "no advisories".
import { describe, expect, it } from 'vitest';
import { readAudit } from '../../build/audit.mjs';

describe("reading npm audit's answer", () => {
  it('counts the advisories and those high or critical', () => {
    const answer = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 1, moderate: 2, high: 1, critical: 1, total: 5 } } };
    expect(readAudit(JSON.stringify(answer))).toEqual({ answered: true, high: 2, total: 5 });
  });

  it('none at all is an answer of zero', () => {
    const answer = { auditReportVersion: 2, vulnerabilities: {}, metadata: { vulnerabilities: { info: 0, low: 0, moderate: 0, high: 0, critical: 0, total: 0 } } };
    expect(readAudit(JSON.stringify(answer))).toEqual({ answered: true, high: 0, total: 0 });
  });

  it("a registry's 405 is not answered here, said without the registry's address", () => {
    const refusal = { message: '405 Method Not Allowed - POST https://registry.example.org/-/npm/v1/security/advisories/bulk', method: 'POST', statusCode: 405, body: '' };
    expect(readAudit(JSON.stringify(refusal))).toEqual({ answered: false, why: 'the registry answered 405 Method Not Allowed' });
  });

  it('no JSON at all is not answered either', () => {
    expect(readAudit('npm error audit endpoint returned an error')).toEqual({ answered: false, why: 'npm printed no audit report' });
  });
});
