// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { HEIGHT_MESSAGE } from './use-report-height';

describe('embed height message', () => {
  it('is the one type the loader accepts', () => {
    const loader = readFileSync(new URL('../../public/embed.js', import.meta.url), 'utf8');
    expect(loader).toContain(`var MESSAGE = '${HEIGHT_MESSAGE}';`);
  });
});
