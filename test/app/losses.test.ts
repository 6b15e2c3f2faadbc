import { whereThePointsWent } from '../../src/app/losses';
import { checkScores } from '../../src/engine/check';
import { toCriteriaSet } from '../../src/engine/set-model';
import { lossesSheet } from '../../src/layout/losses-sheet';
import { builtInSet } from '../../src/sets';
import { renderSheet } from '../../src/xlsx/render';
import { newWorkbook, workbookBytes } from '../../src/xlsx/workbook';
import { unzipSync, strFromU8 } from 'fflate';
import { makeScores } from '../support/factories';
import { INVENTED_SET } from '../support/invented-set';
import { appraisedFieldEntries, seedEntries } from '../support/seed';

const SET = builtInSet('dak-nong-xa-2023')!;
const INVENTED = toCriteriaSet(INVENTED_SET);

describe('where the points went', () => {
  it('per field: the seed self-assessed 79,452 and was appraised 71,36', () => {
    const self = checkScores(SET, seedEntries(), { column: 'self' });
    const appraised = checkScores(SET, appraisedFieldEntries(), { column: 'appraised' });
    const losses = whereThePointsWent(SET, self, appraised);
    expect(losses.fields.map((f) => [f.code, f.max, f.self, f.appraised, f.takenOff])).toEqual([
      ['1', 16, 15, 16, -1],
      ['2', 11, 8.5, 8, 0.5],
      ['3', 19.5, 11.497, 14, -2.503],
      ['4', 8, 8, 7, 1],
      ['5', 8.5, 8.5, 5.5, 3],
      ['6', 8, 6.5, 2.5, 4],
      ['7', 16, 12.455, 11.36, 1.095],
      ['8', 13, 9, 7, 2],
    ]);
    expect(losses.fields[5].missed).toBe(5.5);
    expect(losses.total).toEqual({ max: 100, self: 79.452, appraised: 71.36, takenOff: 8.092 });
    // Field-level appraisal names no criterion.
    expect(losses.criteria).toEqual([]);
  });

  it('lists the criteria the appraisal cut, largest first, and leaves bonus and penalty fields their sense', () => {
    const self = checkScores(
      INVENTED,
      makeScores({
        '1.1.1': 1,
        '1.1.2': 2,
        '1.2': 2,
        '1.3': 3,
        '2.1.1': 6,
        '2.1.2': 2,
        '2.2': 4,
        '3.1': 2,
        '4.1': 0,
      }),
    );
    const appraised = checkScores(
      INVENTED,
      makeScores({
        '1.1.1': 1,
        '1.1.2': 1.5,
        '1.2': 2,
        '1.3': 1,
        '2.1.1': 4.25,
        '2.1.2': 2,
        '2.2': 4,
        '3.1': 1,
        '4.1': 1,
      }),
      { column: 'appraised' },
    );
    const losses = whereThePointsWent(INVENTED, self, appraised);
    expect(losses.criteria.map((c) => [c.code, c.takenOff])).toEqual([
      ['1.3', 2],
      ['2.1.1', 1.75],
      ['3.1', 1],
      ['1.1.2', 0.5],
    ]);
    const penalty = losses.fields.find((f) => f.code === '4')!;
    expect(penalty.takenOff).toBe(1);
    expect(penalty.missed).toBeNull();
  });
});

describe('the summary sheet', () => {
  it('has data bars from 0 in the cut and still-to-win columns, written into the .xlsx', async () => {
    const self = checkScores(SET, seedEntries());
    const appraised = checkScores(SET, appraisedFieldEntries(), { column: 'appraised' });
    const spec = lossesSheet(whereThePointsWent(SET, self, appraised), { year: 2023 });
    expect(spec.cells[2]).toContain('Bị trừ khi thẩm định');
    expect(spec.dataBars?.map((b) => b.range.col)).toEqual([5, 6]);
    const wb = newWorkbook();
    await renderSheet(wb, spec);
    const files = unzipSync(new Uint8Array(await workbookBytes(wb)));
    const xml = strFromU8(files['xl/worksheets/sheet1.xml']);
    expect(xml).toContain('<dataBar');
    expect(xml).toContain('sqref="F4:F11"');
  });
});
