/**
 * One behaviour suite, two adapters: every use case runs against the simulated Office.js host (the add-in's
 * src/excel) and against an exceljs workbook in memory (what parindex and the web page use). Same problems,
 * same totals, same cells written: a difference between the add-in and the command line fails here.
 */
import type { Workbook } from 'exceljs';
import {
  AppError,
  checkTemplate,
  findTemplate,
  fixTextNumbers,
  generatePlan,
  highlightBelowMax,
  insertTemplate,
  setFor,
} from '../../src/app';
import { createActions } from '../../src/excel';
import { AddinError } from '../../src/excel/types';
import { cellA1 } from '../../src/layout/a1';
import { SimulatedExcel } from '../../src/sim/simulatedExcel';
import { builtInSet } from '../../src/sets';
import { applyChanges, snapshotOf } from '../../src/xlsx/apply';
import { newWorkbook } from '../../src/xlsx/workbook';
import { SEED_2023_SCORES } from '../support/seed';
import { PLAN, SET_ID, TEMPLATE, UNIT } from '../excel/support';

const set = builtInSet(SET_ID)!;
type Cell = string | number | boolean | null;

interface Checked {
  total: number;
  totalIfFixed: number | null;
  classification: string | null;
  missing: number;
  problems: string[];
}

interface Host {
  insertTemplate(): Promise<void>;
  /** Types into a cell as a person would: "=…" is a formula, "2,5" stays text. */
  type(sheet: string, a1: string, input: string | number): void;
  check(): Promise<Checked>;
  fix(): Promise<number>;
  highlight(): Promise<number>;
  plan(): Promise<{ sheetName: string; backupSheet: string | null; kept: string[] }>;
  cell(sheet: string, a1: string): Cell;
  sheetNames(): string[];
  /** As a person does before editing a locked cell (Review > Unprotect Sheet). */
  unprotect(sheet: string): Promise<void>;
  /** A number of the rows with a code, as a person finds it in column A. */
  rowOf(sheet: string, code: string): number;
  /** A conditional format of the user's own (Home > Conditional Formatting > New Rule > Use a formula). */
  addRule(sheet: string, ref: string, formula: string, fill: string): Promise<void>;
  /** Every custom rule on the sheet as "ref formula", the formula without "=". */
  rules(sheet: string): string[];
}

const problemKey = (p: { code: string; criterion: string; cell: string | null }) =>
  `${p.code} ${p.criterion} ${p.cell ?? ''}`;

function simHost(): Host {
  const sim = new SimulatedExcel({ apiLevel: 'microsoft365' });
  const actions = createActions(sim, { findSet: builtInSet });
  const cellOf = (sheet: string, a1: string): Cell => {
    const c = sim.getSheetSnapshot(sheet).cells.find((x) => x.address === a1);
    return (c?.value as Cell) ?? null;
  };
  return {
    async insertTemplate() {
      await actions.insertTemplate({ setId: SET_ID, year: 2023, unitName: UNIT });
    },
    type: (sheet, a1, input) => sim.typeValue(sheet, a1, input),
    unprotect: (sheet) =>
      sim.run(async (context) => {
        context.workbook.worksheets.getItem(sheet).protection.unprotect();
        await context.sync();
      }),
    async check() {
      const r = await actions.checkScores();
      return {
        total: r.total.score,
        totalIfFixed: r.totalIfFixed?.score ?? null,
        classification: r.classification?.name ?? null,
        missing: r.missing,
        problems: r.problems.map((p) =>
          problemKey({ code: p.code, criterion: p.criterion, cell: p.address?.split('!')[1] ?? null }),
        ),
      };
    },
    fix: async () => (await actions.fixTextNumbers()).fixed,
    highlight: async () => (await actions.highlightBelowMax()).count,
    async plan() {
      const r = await actions.generatePlan({ onlyBelowMax: false, scoreSource: 'auto' });
      return { sheetName: r.sheetName, backupSheet: r.backupSheet ?? null, kept: r.kept };
    },
    cell: cellOf,
    addRule: (sheet, ref, formula, fill) =>
      sim.run(async (context) => {
        const cf = context.workbook.worksheets.getItem(sheet).getRange(ref).conditionalFormats.add('Custom');
        cf.custom.rule.formula = `=${formula}`;
        cf.custom.format.fill.color = fill;
        await context.sync();
      }),
    rules: (sheet) =>
      sim
        .getSheetSnapshot(sheet)
        .conditionalFormats.filter((cf) => cf.type === 'Custom')
        .map((cf) => `${cf.address} ${String(cf.rule.formula).replace(/^=/, '')}`),
    sheetNames: () => sim.sheetNames(),
    rowOf: (sheet, code) => {
      const c = sim
        .getSheetSnapshot(sheet)
        .cells.find((x) => x.col === 0 && String(x.value).replace(/\.$/, '') === code);
      if (!c) throw new Error(`no ${code}`);
      return c.row + 1;
    },
  };
}

function exceljsHost(): Host {
  const wb: Workbook = newWorkbook();
  wb.addWorksheet('Sheet1');
  const located = () => {
    const snapshot = snapshotOf(wb);
    const found = findTemplate(snapshot);
    const s = setFor(found.read, { findSet: builtInSet });
    return { snapshot, found, check: checkTemplate(found, s) };
  };
  const cellOf = (sheet: string, a1: string): Cell => {
    const v = wb.getWorksheet(sheet)?.getCell(a1).value;
    if (v && typeof v === 'object' && 'result' in v) return (v.result as Cell) ?? null;
    return (v as Cell) ?? null;
  };
  return {
    async insertTemplate() {
      const out = insertTemplate(snapshotOf(wb), { set, year: 2023, unitName: UNIT });
      await applyChanges(wb, out.changes);
    },
    type(sheet, a1, input) {
      const cell = wb.getWorksheet(sheet)!.getCell(a1);
      if (typeof input === 'string' && input.startsWith('=')) {
        // As a saved Excel file holds it: the formula and its last result.
        const result = Number(
          input
            .slice(1)
            .split('+')
            .reduce((s, x) => s + Number(x), 0),
        );
        cell.value = { formula: input.slice(1), result };
      } else {
        cell.value = input;
      }
    },
    async check() {
      const { check } = located();
      return {
        total: check.self.total.score,
        totalIfFixed: check.self.totalIfFixed?.score ?? null,
        classification: check.self.classification?.name ?? null,
        missing: check.self.missing,
        problems: check.problems.map((p) =>
          problemKey({
            code: p.code,
            criterion: p.criterion,
            cell: p.position ? cellA1(p.position.row, p.position.column) : null,
          }),
        ),
      };
    },
    async fix() {
      const { fixed, changes } = fixTextNumbers(located().check);
      await applyChanges(wb, changes);
      return fixed;
    },
    async highlight() {
      const { found, check } = located();
      const out = highlightBelowMax(found, check);
      await applyChanges(wb, out.changes);
      return out.count;
    },
    async plan() {
      const { snapshot, found, check } = located();
      const out = generatePlan(snapshot, found, check, { onlyBelowMax: false, scoreSource: 'auto' });
      if (!out.written) throw new Error('plan refused');
      await applyChanges(wb, out.changes);
      return { sheetName: out.sheetName, backupSheet: out.backupSheet, kept: out.kept };
    },
    cell: cellOf,
    // exceljs writes whatever it is told: protection binds the person at the keyboard, not the file.
    unprotect: async () => undefined,
    async addRule(sheet, ref, formula, fill) {
      wb.getWorksheet(sheet)!.addConditionalFormatting({
        ref,
        rules: [
          {
            type: 'expression',
            priority: 1,
            formulae: [formula],
            style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${fill.slice(1)}` } } },
          },
        ],
      });
    },
    rules(sheet) {
      type Cf = { ref: string; rules: { type: string; formulae?: string[] }[] };
      const all = (wb.getWorksheet(sheet) as unknown as { conditionalFormattings?: Cf[] })
        .conditionalFormattings;
      return (all ?? []).flatMap((cf) =>
        cf.rules.filter((r) => r.type === 'expression').map((r) => `${cf.ref} ${r.formulae?.[0] ?? ''}`),
      );
    },
    sheetNames: () => wb.worksheets.map((w) => w.name),
    rowOf: (sheet, code) => {
      const ws = wb.getWorksheet(sheet)!;
      for (let r = 1; r <= ws.rowCount; r++) {
        if (String(ws.getCell(r, 1).value ?? '').replace(/\.$/, '') === code) return r;
      }
      throw new Error(`no ${code}`);
    },
  };
}

const HOSTS: [string, () => Host][] = [
  ['Office.js (simulated)', simHost],
  ['exceljs', exceljsHost],
];

/** Types the seed's scores, 2.1 as the text "2,5", as the excel tests do. */
function typeSeed(h: Host) {
  for (const [code, score] of Object.entries(SEED_2023_SCORES)) {
    h.type(TEMPLATE, `D${h.rowOf(TEMPLATE, code)}`, code === '2.1' ? '2,5' : score);
  }
}

describe.each(HOSTS)('%s', (_name, make) => {
  it('inserts the template: the same criteria on the same rows', async () => {
    const h = make();
    await h.insertTemplate();
    expect(h.sheetNames()).toContain(TEMPLATE);
    expect(h.rowOf(TEMPLATE, '1.1')).toBe(8);
    expect(h.rowOf(TEMPLATE, '8.4')).toBe(h.rowOf(TEMPLATE, '8.3') + 1);
    expect(h.cell(TEMPLATE, `C${h.rowOf(TEMPLATE, '3.4')}`)).toBe(8);
  });

  it('a blank template gets no classification, and check says how many scores are missing', async () => {
    const h = make();
    await h.insertTemplate();
    const r = await h.check();
    expect(r.classification).toBeNull();
    expect(r.missing).toBe(38);
    expect(r.total).toBe(0);
  });

  it('a number typed as text: the total is the sheet’s, with what it becomes once fixed', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    const r = await h.check();
    expect(r.total).toBe(76.952);
    expect(r.totalIfFixed).toBe(79.452);
    expect(r.problems).toEqual([`TEXT_NUMBER 2.1 D${h.rowOf(TEMPLATE, '2.1')}`]);
  });

  it('fixes numbers typed as text, then the total is the one the sheet shows', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    expect(await h.fix()).toBe(1);
    expect(h.cell(TEMPLATE, `D${h.rowOf(TEMPLATE, '2.1')}`)).toBe(2.5);
    const r = await h.check();
    expect(r).toMatchObject({ total: 79.452, totalIfFixed: null, problems: [] });
  });

  it('a score typed as a formula is read by its value, not as missing', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    h.type(TEMPLATE, `D${h.rowOf(TEMPLATE, '1.1')}`, '=1+0.5');
    const r = await h.check();
    expect(r.problems.filter((p) => p.startsWith('MISSING'))).toEqual([]);
    expect(r.total).toBe(76.952 - SEED_2023_SCORES['1.1'] + 1.5);
  });

  it('highlights the criteria below max that hold numbers', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    // 16 criteria below max; 2.1's text is not marked by the live rule until it is a number.
    expect(await h.highlight()).toBe(16);
  });

  it('keeps a user own rules on the STT and score columns when highlighting twice, replacing only its own', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    await h.unprotect(TEMPLATE);
    const first = h.rowOf(TEMPLATE, '1.1');
    const last = h.rowOf(TEMPLATE, '8.4');
    const mine = [`D${first}:D${last} D${first}<1`, `A${first}:A${last} ISBLANK(D${first})`];
    await h.addRule(TEMPLATE, `D${first}:D${last}`, `D${first}<1`, '#FF0000');
    await h.addRule(TEMPLATE, `A${first}:A${last}`, `ISBLANK(D${first})`, '#FFC7CE');
    const before = h.rules(TEMPLATE);
    expect(before).toEqual(expect.arrayContaining(mine));
    await h.highlight();
    const once = h.rules(TEMPLATE);
    expect(await h.highlight()).toBe(16);
    const twice = h.rules(TEMPLATE);
    expect(twice).toEqual(expect.arrayContaining(mine));
    expect([...twice].sort()).toEqual([...once].sort());
    // One below-max rule is added, not one per run.
    expect(twice).toHaveLength(before.length + 1);
  });

  it('regenerates the plan with staff edits, always keeping the previous appendix as "(bản cũ)"', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    await h.fix();
    const first = await h.plan();
    expect(first).toMatchObject({ sheetName: PLAN, backupSheet: null, kept: [] });
    const row = h.rowOf(PLAN, '1.3');
    h.type(PLAN, `F${row}`, 'Rà soát quy chế làm việc');
    const second = await h.plan();
    expect(second).toMatchObject({ sheetName: PLAN, backupSheet: `${PLAN} (bản cũ)`, kept: ['1.3'] });
    expect(h.cell(PLAN, `F${h.rowOf(PLAN, '1.3')}`)).toBe('Rà soát quy chế làm việc');
    expect(new Set(h.sheetNames())).toEqual(new Set(['Sheet1', TEMPLATE, PLAN, `${PLAN} (bản cũ)`]));
  });

  it('refuses a template made with another version of the set', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    const r = [1, 2, 3, 4, 5, 6].find((n) => String(h.cell(TEMPLATE, `A${n}`)).startsWith('Mã bộ chỉ số'));
    expect(r).toBeDefined();
    const line = h.cell(TEMPLATE, `A${r}`) as string;
    await h.unprotect(TEMPLATE);
    h.type(TEMPLATE, `A${r}`, line.replace(/Phiên bản: [^|]+\|/, 'Phiên bản: 2022.9 |'));
    const error = await h.check().then(
      () => null,
      (e: unknown) => e,
    );
    const code =
      error instanceof AddinError ? error.code : error instanceof AppError ? error.code : String(error);
    expect(['SET_VERSION', 'VERSION_MISMATCH']).toContain(code);
  });

  it('compares sheet names one way: another case of the template’s name is the same sheet', async () => {
    const h = make();
    await h.insertTemplate();
    typeSeed(h);
    const r = await h.check();
    expect(r.problems).toHaveLength(1);
    // Inserting again under the name in capitals meets the filled sheet, whatever the case.
    const again = insertTemplate(
      { sheets: h.sheetNames().map((name) => ({ name })), active: TEMPLATE },
      { set, year: 2023, unitName: UNIT, sheetName: TEMPLATE.toLocaleUpperCase('vi') },
    );
    expect(again.inserted).toBe(true);
    if (again.inserted) expect(again.sheetName).toBe(TEMPLATE);
  });
});
