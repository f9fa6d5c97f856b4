import { describe, expect, it } from 'vitest';
import { firstProblem, locateIn } from './schema-error-text';

const locate = locateIn({
  codes: { label: 'code', key: 'code' },
  operations: { label: 'operation', key: 'en', quoted: true },
});
const data = {
  codes: [{ code: 'VPC.0114', occurrences: [{ message: '' }] }, { code: '' }],
  operations: [{ en: 'Creating a VPC' }],
  source: { repository: 'x' },
};

describe('locateIn', () => {
  it('names an entry by its key, quoted when its names have spaces, and writes the path with indexes', () => {
    expect(locate(data, '/codes/0/occurrences/0/message')).toEqual({
      where: 'code VPC.0114',
      field: 'occurrences[0].message',
    });
    expect(locate(data, '/operations/0/zh')).toEqual({ where: 'operation "Creating a VPC"', field: 'zh' });
  });

  it('names an entry without its key by its position, and anything else by its path', () => {
    expect(locate(data, '/codes/1/code')).toEqual({ where: 'code #2', field: 'code' });
    expect(locate(data, '/source/repository')).toEqual({ where: 'source', field: 'repository' });
    expect(locate(data, '')).toEqual({ where: 'root', field: '' });
  });
});

describe('firstProblem', () => {
  it('gives the first problem and how many more there are, or nothing', () => {
    expect(firstProblem('x.json', ['a', 'b', 'c'])).toBe('x.json: a (and 2 more)');
    expect(firstProblem('x.json', [])).toBeUndefined();
  });
});
