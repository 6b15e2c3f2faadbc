import { compareCodes, indexByCode, isLeaf, walk } from '../../src/engine/tree';
import { makeSet } from '../support/factories';

const set = makeSet({
  fields: {
    '1': { criteria: { '1.1': { sub: { '1.1.1': 1, '1.1.2': 1 } }, '1.2': 2 } },
    '2': { criteria: { '2.1': 3 } },
  },
});

describe('walk and indexByCode', () => {
  it('visit every node in document order', () => {
    expect(walk(set).map((n) => n.code)).toEqual(['1', '1.1', '1.1.1', '1.1.2', '1.2', '2', '2.1']);
    expect(indexByCode(set).get('1.1.2')?.level).toBe('subCriterion');
    expect(indexByCode(set).size).toBe(7);
  });

  it('isLeaf is true only below the last level', () => {
    const index = indexByCode(set);
    expect(['1', '1.1', '1.1.1', '1.2'].map((c) => isLeaf(index.get(c)!))).toEqual([
      false,
      false,
      true,
      true,
    ]);
  });
});

describe('compareCodes', () => {
  it('orders codes part by part as numbers', () => {
    const codes = ['1.10', '2', '1.9', '1', '10.1', '1.1.2', '1.1', '9.1'];
    expect([...codes].sort(compareCodes)).toEqual(['1', '1.1', '1.1.2', '1.9', '1.10', '2', '9.1', '10.1']);
  });

  it('equal codes compare 0', () => {
    expect(compareCodes('3.4', '3.4')).toBe(0);
  });
});
