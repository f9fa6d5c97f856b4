// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { hitRate, judge, REAL_PASTES } from '@/test/pastes/hit-rate';
import { TEST_KNOWN } from '@/test/pastes/test-known';
import { recognizePaste } from '@/lib/paste/recognize';

const recognize = (text: string) => recognizePaste(text, TEST_KNOWN);

describe('real pastes', () => {
  it('holds at least 40 real error strings, each with its source and what it should say', () => {
    expect(REAL_PASTES.length).toBeGreaterThanOrEqual(40);
    expect(new Set(REAL_PASTES.map((p) => p.id)).size).toBe(REAL_PASTES.length);
    for (const p of REAL_PASTES) {
      expect(p.source, p.id).toMatch(/^https:\/\/github\.com\/[\w.-]+\/[\w.-]+\//);
      expect(p.text.trim(), p.id).not.toBe('');
      expect(p.expect, p.id).toBeTruthy();
    }
  });

  it('answers at least 95% of them correctly and unambiguously', () => {
    const r = hitRate(recognize);
    console.log(`real pastes: ${String(r.hits)}/${String(r.total)} = ${(r.rate * 100).toFixed(1)}%`);
    for (const m of r.misses) console.log(`  miss ${m.id}: ${m.why}`);
    expect(r.rate).toBeGreaterThanOrEqual(0.95);
  });

  it('counts a wrong, missing, certain-but-unnamed or ambiguous answer as a miss', () => {
    expect(judge([{ status: 409 }], { status: 409 })).toBeNull();
    expect(judge([{ status: 404 }], { status: 409 })).toMatch(/status/);
    expect(judge([], { status: 409 })).toMatch(/nothing/);
    expect(judge([{ status: 409, errorCode: 'VPC.0114', certainty: 'certain' }], { status: 409 })).toMatch(/errorCode/);
    expect(judge([{ status: 409, errorCode: 'VPC.0114', certainty: 'likely' }], { status: 409 })).toBeNull();
    expect(judge([{ status: 409 }, { status: 500 }], { status: 409 })).toMatch(/ambiguous/);
    expect(judge([{ status: 404, neutronType: 'NetworkNotFound', certainty: 'likely' }], { status: 404 })).toMatch(
      /neutronType/,
    );
  });
});
