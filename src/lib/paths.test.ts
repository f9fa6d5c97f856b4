// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isLang } from './languages';
import { paths, stripBase, switchLanguagePath } from './paths';

describe('paths', () => {
  it('builds the public URL contract', () => {
    expect(paths.index('en')).toBe('/en/');
    expect(paths.codeDetail('zh', 404)).toBe('/zh/codes/404');
    expect(paths.codeRow('en', 409)).toBe('/en/#code-409');
    expect(paths.neutronIndex('zh')).toBe('/zh/neutron/');
    expect(paths.neutronError('en', 'SubnetInUse')).toBe('/en/neutron/SubnetInUse');
  });

  it('switches language keeping the rest of the path', () => {
    expect(switchLanguagePath('/zh/codes/409', 'en', isLang)).toBe('/en/codes/409');
    expect(switchLanguagePath('/en/', 'zh', isLang)).toBe('/zh/');
    expect(switchLanguagePath('/en/nope', 'zh', isLang)).toBe('/zh/nope');
    expect(switchLanguagePath('/', 'en', isLang)).toBe('/en/');
    expect(switchLanguagePath('/fr/', 'zh', isLang)).toBe('/zh/');
  });

  it('leaves paths alone when deployed at the root', () => {
    expect(stripBase('/en/codes/404')).toBe('/en/codes/404');
  });
});
