import { toCriteriaSet, type CriteriaSetJson } from '../engine/set-model';
import type { CriteriaSet } from '../engine/types';
import dakNongXa2023 from './dak-nong-xa-2023.json';

/**
 * The sets that ship with the add-in and the command line. They are validated by loadSet in the tests
 * (test/sets), so the task pane maps them without carrying the schema library.
 */
export const BUILT_IN_JSON: readonly CriteriaSetJson[] = [dakNongXa2023 as CriteriaSetJson];

export const DEFAULT_SET_ID = 'dak-nong-xa-2023';

export function builtInSets(): CriteriaSet[] {
  return BUILT_IN_JSON.map(toCriteriaSet);
}

export function builtInSet(id: string): CriteriaSet | undefined {
  return builtInSets().find((s) => s.id === id);
}
