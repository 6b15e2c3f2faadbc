// Recalculates every formula with fast-formula-parser. The parser is not re-entrant, so cells are
// evaluated in dependency order (found with its DepParser) instead of recursively on demand.
import FormulaParser, { FfpCellRef, FfpDepParser, FfpRangeRef } from 'fast-formula-parser';
import { Rect } from '../a1';
import { Cell, SheetModel, keyCol, keyRow } from '../model/sheet';
import { CellError, CellValue, roundSignificant } from '../model/values';
import { EXTRA_FUNCTIONS } from './functions';

export interface CalcWorkbook {
  readonly sheets: readonly SheetModel[];
  sheetByName(name: string): SheetModel | undefined;
  resolveName(name: string, scope: SheetModel | undefined): { sheet: SheetModel; rect: Rect } | null;
}

interface FormulaNode {
  sheet: SheetModel;
  row: number;
  col: number;
  cell: Cell;
  formula: string;
}

type Ref = FfpCellRef | FfpRangeRef;

interface Parsers {
  evaluator: FormulaParser;
  deps: FfpDepParser;
  syntax: FormulaParser;
}

function isRangeRef(ref: Ref): ref is FfpRangeRef {
  return 'from' in ref;
}

function toFormulaInput(value: CellValue | null): unknown {
  return value instanceof CellError ? new FormulaParser.FormulaError(value.code) : value;
}

export function toCellValue(result: unknown): CellValue {
  if (result instanceof FormulaParser.FormulaError) {
    return new CellError(result.error === '#ERROR!' ? '#NAME?' : result.error);
  }
  if (typeof result === 'number')
    return Number.isFinite(result) ? roundSignificant(result) : new CellError('#NUM!');
  if (typeof result === 'string' || typeof result === 'boolean') return result;
  if (result === null || result === undefined) return 0;
  if (Array.isArray(result)) return toCellValue(Array.isArray(result[0]) ? result[0][0] : result[0]);
  return new CellError('#VALUE!');
}

function errorOfThrown(e: unknown): CellValue {
  if (e instanceof FormulaParser.FormulaError) {
    const details: unknown = (e as { details?: unknown }).details;
    if (details instanceof FormulaParser.FormulaError) return new CellError(details.error);
    return new CellError(e.error === '#ERROR!' ? '#NAME?' : e.error);
  }
  return new CellError('#VALUE!');
}

const DEAD_REFERENCE = /#REF!\$?[A-Za-z]{1,3}\$?\d+(?::\$?[A-Za-z]{1,3}\$?\d+)?/g;

function body(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

export class CalcEngine {
  private wb: CalcWorkbook | null = null;
  private extents = new Map<SheetModel, { rows: number; cols: number }>();
  private depCache = new Map<string, Ref[]>();
  /** Building parsers is slow (chevrotain), so one set serves every workbook, routed to the engine at work. */
  private static shared: Parsers | undefined;
  private static current: CalcEngine | null = null;

  private static parsers(): Parsers {
    CalcEngine.shared ??= {
      evaluator: new FormulaParser({
        onCell: (ref) => CalcEngine.busy().cellInput(ref),
        onRange: (ref) => CalcEngine.busy().rangeInput(ref),
        onVariable: (name, sheet) => CalcEngine.busy().variable(name, sheet),
        functions: EXTRA_FUNCTIONS,
      }),
      deps: new FormulaParser.DepParser({
        onVariable: (name, sheet) => CalcEngine.busy().variable(name, sheet),
      }),
      syntax: new FormulaParser({
        onCell: () => null,
        onRange: () => [[null]],
        onVariable: () => null,
        functions: EXTRA_FUNCTIONS,
      }),
    };
    return CalcEngine.shared;
  }

  private static busy(): CalcEngine {
    if (!CalcEngine.current) throw new Error('fast-formula-parser called back outside a calculation');
    return CalcEngine.current;
  }

  /** False when Excel would refuse the formula text outright (unbalanced parentheses, stray operators...). */
  isValidFormula(formula: string): boolean {
    const text = body(formula);
    if (text.includes('[')) return true;
    try {
      CalcEngine.parsers().syntax.parse(text, { sheet: 'Sheet1', row: 1, col: 1 });
      return true;
    } catch (e) {
      const details: unknown = (e as { details?: unknown }).details;
      return !(typeof details === 'object' && details !== null && 'errorLocation' in details);
    }
  }

  /** Names changed, so cached dependency lists may be stale. */
  invalidate(): void {
    this.depCache.clear();
  }

  recalc(wb: CalcWorkbook): void {
    this.begin(wb);
    try {
      const nodes = this.collectNodes(wb);
      for (const node of this.order(nodes)) node.cell.computed = this.evaluate(node);
    } finally {
      this.end();
    }
  }

  /**
   * Runs `body` with an evaluator for formulas placed at arbitrary cells, reading current values;
   * used for conditional formats. One session avoids re-measuring the sheets per formula.
   */
  withEvaluator<R>(
    wb: CalcWorkbook,
    body: (evaluate: (sheet: SheetModel, row: number, col: number, formula: string) => CellValue) => R,
  ): R {
    this.begin(wb);
    try {
      return body((sheet, row, col, formula) =>
        this.evaluate({ sheet, row, col, formula, cell: { value: null, formula, computed: null } }),
      );
    } finally {
      this.end();
    }
  }

  private begin(wb: CalcWorkbook): void {
    CalcEngine.current = this;
    this.wb = wb;
    this.extents.clear();
    for (const sheet of wb.sheets) {
      const used = sheet.usedRect(false);
      this.extents.set(
        sheet,
        used ? { rows: used.row + used.rows, cols: used.col + used.cols } : { rows: 0, cols: 0 },
      );
    }
  }

  private end(): void {
    this.wb = null;
    CalcEngine.current = null;
  }

  private evaluate(node: FormulaNode): CellValue {
    // "#REF!A1" (left by a deleted sheet) is not parseable; the bare error literal is, and IFERROR can catch it.
    const text = body(node.formula).replace(DEAD_REFERENCE, '#REF!');
    try {
      return toCellValue(
        CalcEngine.parsers().evaluator.parse(text, {
          sheet: node.sheet.name,
          row: node.row + 1,
          col: node.col + 1,
        }),
      );
    } catch (e) {
      return errorOfThrown(e);
    }
  }

  private collectNodes(wb: CalcWorkbook): FormulaNode[] {
    const nodes: FormulaNode[] = [];
    for (const sheet of wb.sheets) {
      for (const [key, cell] of sheet.cells) {
        if (cell.formula === null) continue;
        cell.computed = null;
        nodes.push({ sheet, row: keyRow(key), col: keyCol(key), cell, formula: cell.formula });
      }
    }
    return nodes;
  }

  /** Dependency-first order; members of a cycle are still listed (Excel shows 0 for them). */
  private order(nodes: FormulaNode[]): FormulaNode[] {
    const byCell = new Map<Cell, FormulaNode>();
    const columns = new Map<SheetModel, Map<number, FormulaNode[]>>();
    for (const node of nodes) {
      byCell.set(node.cell, node);
      let perSheet = columns.get(node.sheet);
      if (!perSheet) columns.set(node.sheet, (perSheet = new Map()));
      const list = perSheet.get(node.col) ?? [];
      list.push(node);
      perSheet.set(node.col, list);
    }
    const depsOf = (node: FormulaNode): FormulaNode[] => this.formulaDeps(node, columns);
    const done = new Set<FormulaNode>();
    const onStack = new Set<FormulaNode>();
    const out: FormulaNode[] = [];
    for (const start of nodes) {
      if (done.has(start)) continue;
      const stack: Array<{ node: FormulaNode; deps: FormulaNode[]; next: number }> = [];
      stack.push({ node: start, deps: depsOf(start), next: 0 });
      onStack.add(start);
      while (stack.length > 0) {
        const top = stack[stack.length - 1];
        if (top.next < top.deps.length) {
          const dep = top.deps[top.next++];
          if (done.has(dep) || onStack.has(dep)) continue;
          onStack.add(dep);
          stack.push({ node: dep, deps: depsOf(dep), next: 0 });
        } else {
          stack.pop();
          onStack.delete(top.node);
          done.add(top.node);
          out.push(top.node);
        }
      }
    }
    return out;
  }

  private formulaDeps(
    node: FormulaNode,
    columns: Map<SheetModel, Map<number, FormulaNode[]>>,
  ): FormulaNode[] {
    const out: FormulaNode[] = [];
    for (const ref of this.refsOf(node)) {
      const sheet = ref.sheet ? this.wb?.sheetByName(ref.sheet) : node.sheet;
      const perSheet = sheet ? columns.get(sheet) : undefined;
      if (!perSheet) continue;
      const r1 = (isRangeRef(ref) ? ref.from.row : ref.row) - 1;
      const r2 = (isRangeRef(ref) ? ref.to.row : ref.row) - 1;
      const c1 = (isRangeRef(ref) ? ref.from.col : ref.col) - 1;
      const c2 = (isRangeRef(ref) ? ref.to.col : ref.col) - 1;
      for (const [col, list] of perSheet) {
        if (col < c1 || col > c2) continue;
        for (const dep of list) if (dep.row >= r1 && dep.row <= r2) out.push(dep);
      }
    }
    return out;
  }

  private refsOf(node: FormulaNode): Ref[] {
    const key = `${node.sheet.name}\u0000${node.row}\u0000${node.col}\u0000${node.formula}`;
    let refs = this.depCache.get(key);
    if (!refs) {
      try {
        refs = CalcEngine.parsers().deps.parse(body(node.formula), {
          sheet: node.sheet.name,
          row: node.row + 1,
          col: node.col + 1,
        });
      } catch {
        refs = [];
      }
      if (this.depCache.size > 100_000) this.depCache.clear();
      this.depCache.set(key, refs);
    }
    return refs;
  }

  private cellInput(ref: FfpCellRef): unknown {
    const sheet = ref.sheet ? this.wb?.sheetByName(ref.sheet) : undefined;
    if (!sheet) return new FormulaParser.FormulaError('#REF!');
    return toFormulaInput(sheet.valueAt(ref.row - 1, ref.col - 1));
  }

  private rangeInput(ref: FfpRangeRef): unknown[][] {
    const sheet = ref.sheet ? this.wb?.sheetByName(ref.sheet) : undefined;
    if (!sheet) return [[new FormulaParser.FormulaError('#REF!')]];
    const extent = this.extents.get(sheet) ?? { rows: 0, cols: 0 };
    // Whole-column references would otherwise build million-row arrays of blanks.
    const lastRow = Math.min(ref.to.row, Math.max(extent.rows, ref.from.row));
    const lastCol = Math.min(ref.to.col, Math.max(extent.cols, ref.from.col));
    const out: unknown[][] = [];
    for (let r = ref.from.row; r <= lastRow; r++) {
      const row: unknown[] = [];
      for (let c = ref.from.col; c <= lastCol; c++) row.push(toFormulaInput(sheet.valueAt(r - 1, c - 1)));
      out.push(row);
    }
    return out;
  }

  private variable(name: string, sheetName: string): FfpCellRef | FfpRangeRef | null {
    const wb = this.wb;
    if (!wb) return null;
    const found = wb.resolveName(name, wb.sheetByName(sheetName));
    if (!found) return null;
    const { rect } = found;
    if (rect.rows === 1 && rect.cols === 1)
      return { sheet: found.sheet.name, row: rect.row + 1, col: rect.col + 1 };
    return {
      sheet: found.sheet.name,
      from: { row: rect.row + 1, col: rect.col + 1 },
      to: { row: rect.row + rect.rows, col: rect.col + rect.cols },
    };
  }
}
