/**
 * The task pane's document action against the simulated Excel, and the command line's reading of the same
 * workbook (exported to .xlsx): one document model, one document text, one document.xml.
 */
import { writeFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import JSZip from 'jszip';
import { documentText, type PlanDocumentModel } from '../../src/app/document';
import { documentOf } from '../../src/xlsx/use-cases';
import { readScores } from '../../src/cli/scores';
import { renderPlanDocument } from '../../src/document/render';
import { exportSimulatedWorkbook } from '../../src/preview/sim-export';
import { bench, codeRows, PLAN, typeSeedScores, UNIT, SET_ID } from '../excel/support';
import { tempDir } from '../support/libreoffice';

jest.setTimeout(60_000);

const DATE = new Date(2024, 1, 15);

async function documentXml(model: PlanDocumentModel): Promise<string> {
  const zip = await JSZip.loadAsync(await renderPlanDocument(model));
  return zip.file('word/document.xml')!.async('string');
}

describe('the pane and the command line make the same document of one workbook', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir('document-pane');
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('with the seed scores and a unit staff changed in the appendix sheet', async () => {
    const { sim, actions } = bench('office2019');
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    typeSeedScores(sim);
    await actions.fixTextNumbers();
    await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
    const row = codeRows(sim, PLAN).get('1.3');
    sim.typeValue(PLAN, `G${row}`, 'Ban Chỉ huy quân sự xã; CC Văn phòng - Thống kê');

    const pane = await actions.planDocument({ date: DATE });
    expect(pane.model).not.toBeNull();
    expect(pane.appendixFrom).toBe(PLAN);
    const model = pane.model as PlanDocumentModel;

    const file = path.join(dir, 'pane.xlsx');
    writeFileSync(file, await exportSimulatedWorkbook(sim));
    const cli = documentOf(await readScores(file, {}), 2024, DATE);
    expect(cli.appendixFrom).toBe(PLAN);

    expect(model).toEqual(cli.model);
    expect(documentText(model)).toBe(documentText(cli.model));
    expect(await documentXml(model)).toBe(await documentXml(cli.model));

    // What the document says comes from the workbook: the edited cell counts for both units it names.
    expect(model.total.score).toBe(79.452);
    const units = model.units.map((u) => u.unit);
    expect(units).toContain('Ban Chỉ huy quân sự xã');
    expect(
      model.units.find((u) => u.unit === 'CC Văn phòng - Thống kê')?.duties.map((d) => d.code),
    ).toContain('1.3');
    expect(model.unassigned).not.toContain('1.3');
  });

  it('makes no document while the scores have errors', async () => {
    const { sim, actions } = bench('office2016');
    await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    typeSeedScores(sim);
    const rows = codeRows(sim, 'Tự đánh giá 2023');
    sim.typeValue('Tự đánh giá 2023', `D${rows.get('1.1')}`, '7');
    const result = await actions.planDocument({ date: DATE });
    expect(result.model).toBeNull();
    expect(result.problems.some((p) => p.code === 'ABOVE_MAX' && p.criterion === '1.1')).toBe(true);
    expect(result.message.vi).toContain('lỗi');
  });
});
