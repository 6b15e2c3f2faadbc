/** The seed document's figures (../shared/seed/000_393334c7557cf210.txt), typed in once for the tests. */
import type { ScoreEntry } from '../../src/engine/types';
import { at } from './factories';

/** Appendix column "Điểm đạt được năm 2023", per criterion; 2.4 is absent from the document (its 0,5 is implied). */
export const SEED_2023_SCORES: Record<string, number> = {
  '1.1': 2,
  '1.2': 2,
  '1.3': 2,
  '1.4': 4,
  '1.5': 2,
  '1.6': 2,
  '1.7': 1,
  '2.1': 2.5,
  '2.2': 2,
  '2.3': 3.5,
  '2.4': 0.5,
  '3.1': 1,
  '3.2': 1,
  '3.3': 1.5,
  '3.4': 7.997,
  '3.5': 0,
  '3.6': 0,
  '3.7': 0,
  '3.8': 0,
  '4.1': 1,
  '4.2': 1,
  '4.3': 1,
  '4.4': 3,
  '4.5': 2,
  '5.1': 1.5,
  '5.2': 4,
  '5.3': 3,
  '6.1': 5,
  '6.2': 1.5,
  '6.3': 0,
  '7.1': 7.455,
  '7.2': 4,
  '7.3': 0,
  '7.4': 1,
  '8.1': 9,
  '8.2': 0,
  '8.3': 0,
  '8.4': 0,
};

/** The appendix's field rows, as printed. */
export const SEED_APPENDIX_FIELDS = [15, 8.5, 11.497, 8, 8.5, 6.5, 12.455, 9];

/** Section I.2's per-field results (the published, appraised figures). */
export const SEED_APPRAISED_FIELDS = [16, 8, 14, 7, 5.5, 2.5, 11.36, 7];

export function seedEntries(scores: Record<string, number> = SEED_2023_SCORES): ScoreEntry[] {
  return Object.entries(scores).map(([code, raw], i) => ({ code, raw, position: at(`D${i + 6}`) }));
}

export function appraisedFieldEntries(): ScoreEntry[] {
  return SEED_APPRAISED_FIELDS.map((raw, i) => ({ code: String(i + 1), raw, position: at(`E${i + 1}`) }));
}
