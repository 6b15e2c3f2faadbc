import { loadSet } from '../engine/set';
import type { CriteriaSet } from '../engine/types';
import dakNongXa2023 from './dak-nong-xa-2023.json';

/** The sets that ship with the add-in and the command line. */
const BUILT_IN: readonly unknown[] = [dakNongXa2023];

export const DEFAULT_SET_ID = 'dak-nong-xa-2023';

export function builtInSets(): CriteriaSet[] {
  return BUILT_IN.map((json) => {
    const { set, problems } = loadSet(json);
    if (!set || problems.length > 0) {
      throw new Error(
        `Built-in criteria set is broken: ${problems.map((p) => `${p.path}: ${p.message.en}`).join('; ')}`,
      );
    }
    return set;
  });
}

export function builtInSet(id: string): CriteriaSet | undefined {
  return builtInSets().find((s) => s.id === id);
}
