import {
  MessageBar,
  MessageBarBody,
  Tab,
  TabList,
  Text,
  makeStyles,
  mergeClasses,
  tokens,
} from '@fluentui/react-components';
import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { usePane } from '../taskpane/pane-context';
import { anchorOf, gridModel, type GridCellView } from './grid-model';
import type { SheetSnapshot } from '../sim';
import { columnLetters } from '../sim/a1';
import { previewStrings } from '../i18n/preview';

/** What the grid needs of the simulated Excel: the workbook as a user sees and edits it. */
export interface PreviewWorkbook {
  sheetNames(): string[];
  getSheetSnapshot(name: string): SheetSnapshot;
  typeValue(sheet: string, a1: string, input: string | null): void;
  selection(): { sheet: string; address: string };
  activeSheetName(): string;
  onChange(listener: () => void): () => void;
}

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    minHeight: 0,
    height: '100%',
    rowGap: tokens.spacingVerticalXS,
  },
  bar: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    minHeight: '32px',
  },
  nameBox: {
    minWidth: '64px',
    padding: `0 ${tokens.spacingHorizontalS}`,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    fontFamily: tokens.fontFamilyMonospace,
  },
  formula: {
    flexGrow: 1,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    fontFamily: tokens.fontFamilyMonospace,
  },
  scroller: {
    flexGrow: 1,
    overflow: 'auto',
    minHeight: 0,
    backgroundColor: '#FFFFFF',
    outlineOffset: '-2px',
  },
  table: {
    borderCollapse: 'collapse',
    tableLayout: 'fixed',
    color: '#000000',
    fontFamily: 'Times New Roman, serif',
  },
  corner: { position: 'sticky', top: 0, left: 0, zIndex: 3, backgroundColor: '#F3F3F3' },
  colHead: {
    position: 'sticky',
    top: 0,
    zIndex: 2,
    backgroundColor: '#F3F3F3',
    color: '#424242',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    border: '1px solid #D6D6D6',
  },
  rowHead: {
    position: 'sticky',
    left: 0,
    zIndex: 1,
    width: '40px',
    backgroundColor: '#F3F3F3',
    color: '#424242',
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    fontWeight: tokens.fontWeightRegular,
    textAlign: 'center',
    border: '1px solid #D6D6D6',
  },
  cell: {
    border: '1px solid #E1E1E1',
    padding: '0 3px',
    overflow: 'hidden',
    whiteSpace: 'nowrap',
    cursor: 'cell',
    position: 'relative',
  },
  bordered: { border: '1px solid #000000' },
  wrap: { whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' },
  // As in Excel, unwrapped text runs on over empty cells to its right.
  spill: { overflow: 'visible', zIndex: 1 },
  cursor: { outline: `2px solid ${tokens.colorBrandStroke1}`, outlineOffset: '-2px', zIndex: 1 },
  selected: { boxShadow: `inset 0 0 0 2px #217346` },
  invalid: { outline: '2px dashed #C50F1F', outlineOffset: '-3px' },
  editor: {
    position: 'absolute',
    inset: 0,
    width: '100%',
    height: '100%',
    boxSizing: 'border-box',
    border: `2px solid ${tokens.colorBrandStroke1}`,
    font: 'inherit',
    padding: '0 2px',
    backgroundColor: '#FFFFFF',
    color: '#000000',
  },
  empty: { padding: tokens.spacingHorizontalM },
});

interface Cursor {
  row: number;
  col: number;
}

/** A grid view of the simulated workbook: sheet tabs, computed values, fills and fonts, and editable cells. */
export function WorkbookGrid({ workbook }: { workbook: PreviewWorkbook }) {
  const { t } = usePane();
  const tp = previewStrings(t.lang);
  const styles = useStyles();
  const [version, setVersion] = useState(0);
  useEffect(() => workbook.onChange(() => setVersion((v) => v + 1)), [workbook]);

  const names = workbook.sheetNames();
  const active = workbook.activeSheetName();
  const selection = workbook.selection();
  const [shown, setShown] = useState(active);
  const [cursor, setCursor] = useState<Cursor>({ row: 0, col: 0 });
  const [editing, setEditing] = useState<{ text: string } | null>(null);
  const [refusal, setRefusal] = useState<string | null>(null);
  const scroller = useRef<HTMLDivElement>(null);

  // Follow the add-in: a new active sheet or a selected cell (a problem's "go to") is shown, like Excel does.
  const selectionKey = `${selection.sheet}!${selection.address}`;
  useEffect(() => {
    setShown(active);
  }, [active]);
  useEffect(() => {
    const [sheet, address] = [selection.sheet, selection.address];
    const at = anchorOf(address);
    if (!at) return;
    setShown(sheet);
    setCursor(at);
    setEditing(null);
    // Let the table render first, then bring the cell into view.
    requestAnimationFrame(() => {
      scroller.current
        ?.querySelector(`[data-address="${address.split(':')[0]}"]`)
        ?.scrollIntoView({ block: 'center', inline: 'nearest' });
    });
    // selectionKey says when the selection moved; the parts are read from it.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selectionKey]);

  const sheet = names.includes(shown) ? shown : active;
  const model = useMemo(
    () => gridModel(workbook.getSheetSnapshot(sheet)),
    // version: the workbook changed in place.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [workbook, sheet, version],
  );
  const selected = selection.sheet === sheet ? anchorOf(selection.address) : null;
  const current: GridCellView | null = model.cells[cursor.row]?.[cursor.col] ?? null;

  const commit = useCallback(
    (text: string, move: Cursor) => {
      const address = model.cells[cursor.row]?.[cursor.col]?.address;
      setEditing(null);
      if (!address) return;
      try {
        workbook.typeValue(sheet, address, text === '' ? null : text);
        setRefusal(null);
        setCursor({
          row: Math.min(model.rowCount - 1, Math.max(0, cursor.row + move.row)),
          col: Math.min(model.colCount - 1, Math.max(0, cursor.col + move.col)),
        });
      } catch (error: unknown) {
        // Excel refuses edits to locked cells of a protected sheet: say so, as Excel would.
        setRefusal(error instanceof Error ? error.message : String(error));
      }
      scroller.current?.focus();
    },
    [workbook, sheet, cursor, model],
  );

  const onGridKey = (e: KeyboardEvent<HTMLDivElement>) => {
    if (editing) return;
    const moves: Record<string, Cursor> = {
      ArrowUp: { row: -1, col: 0 },
      ArrowDown: { row: 1, col: 0 },
      ArrowLeft: { row: 0, col: -1 },
      ArrowRight: { row: 0, col: 1 },
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      setCursor((c) => ({
        row: Math.min(model.rowCount - 1, Math.max(0, c.row + move.row)),
        col: Math.min(model.colCount - 1, Math.max(0, c.col + move.col)),
      }));
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      setEditing({ text: current?.input ?? '' });
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      commit('', { row: 0, col: 0 });
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      setEditing({ text: e.key });
    }
  };

  const gridId = `grid-${model.sheet.replace(/\W+/g, '-')}`;
  const cellId = (c: Cursor) => `${gridId}-${c.row}-${c.col}`;

  return (
    <div className={styles.root}>
      <TabList
        size="small"
        selectedValue={sheet}
        onTabSelect={(_, d) => setShown(String(d.value))}
        aria-label={tp.sheetsLabel}
      >
        {names.map((n) => (
          <Tab key={n} value={n}>
            {n}
          </Tab>
        ))}
      </TabList>
      <div className={styles.bar}>
        <Text className={styles.nameBox} aria-label={tp.cellLabel}>
          {current?.address ?? ''}
        </Text>
        <Text className={styles.formula} title={current?.input}>
          {current?.input ?? ''}
        </Text>
      </div>
      {refusal && (
        <MessageBar intent="error">
          <MessageBarBody>{refusal}</MessageBarBody>
        </MessageBar>
      )}
      <div
        ref={scroller}
        className={styles.scroller}
        tabIndex={0}
        role="grid"
        aria-label={tp.gridLabel({ sheet: model.sheet })}
        aria-activedescendant={cellId(cursor)}
        aria-describedby={`${gridId}-hint`}
        onKeyDown={onGridKey}
        data-testid="workbook-grid"
        data-sheet={model.sheet}
      >
        <span id={`${gridId}-hint`} hidden>
          {tp.editHint}
        </span>
        {/* A fixed layout holds only with a width: without one, long unmerged text widens its column. */}
        <table
          className={styles.table}
          role="presentation"
          style={{ width: `${40 + model.colWidthsPx.reduce((sum, w) => sum + w, 0)}px` }}
        >
          <colgroup>
            <col style={{ width: '40px' }} />
            {model.colWidthsPx.map((w, c) => (
              <col key={c} style={{ width: `${w}px` }} />
            ))}
          </colgroup>
          <thead>
            <tr role="row">
              <th className={styles.corner} role="presentation" />
              {model.colWidthsPx.map((_, c) => (
                <th key={c} className={styles.colHead} role="columnheader">
                  {columnLetters(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {model.cells.map((line, r) => (
              <tr key={r} role="row" style={{ height: `${model.rowHeightsPx[r]}px` }}>
                <th className={styles.rowHead} role="rowheader">
                  {r + 1}
                </th>
                {line.map((cell, c) => {
                  if (!cell) return null;
                  const isCursor = cursor.row === r && cursor.col === c;
                  const isSelected = selected?.row === r && selected?.col === c;
                  const next = line[c + cell.colSpan];
                  const spills = !cell.wrap && cell.text !== '' && (next === undefined || next?.text === '');
                  return (
                    <td
                      key={c}
                      id={cellId({ row: r, col: c })}
                      role="gridcell"
                      aria-selected={isCursor}
                      aria-invalid={cell.invalid ? true : undefined}
                      data-address={cell.address}
                      data-highlighted={cell.highlighted || undefined}
                      rowSpan={cell.rowSpan}
                      colSpan={cell.colSpan}
                      title={
                        cell.invalid
                          ? tp.invalid({ address: cell.address, message: cell.invalid })
                          : undefined
                      }
                      className={mergeClasses(
                        styles.cell,
                        cell.bordered && styles.bordered,
                        cell.wrap && styles.wrap,
                        spills && styles.spill,
                        isSelected && styles.selected,
                        cell.invalid !== null && styles.invalid,
                        isCursor && styles.cursor,
                      )}
                      // Per-cell look comes from the workbook's data: no class can hold it.
                      style={{
                        backgroundColor: cell.fill ?? undefined,
                        color: cell.fontColor,
                        fontWeight: cell.bold ? 700 : 400,
                        fontStyle: cell.italic ? 'italic' : 'normal',
                        fontSize: `${cell.fontSizePx}px`,
                        textAlign: cell.align,
                        verticalAlign: cell.vAlign,
                      }}
                      onMouseDown={() => {
                        if (editing && !isCursor) commit(editing.text, { row: 0, col: 0 });
                        setCursor({ row: r, col: c });
                      }}
                      onDoubleClick={() => setEditing({ text: cell.input })}
                    >
                      {isCursor && editing ? (
                        <input
                          className={styles.editor}
                          aria-label={tp.editLabel({ address: cell.address })}
                          autoFocus
                          value={editing.text}
                          onChange={(e) => setEditing({ text: e.target.value })}
                          onKeyDown={(e) => {
                            if (e.key === 'Enter') {
                              e.preventDefault();
                              commit(editing.text, { row: 1, col: 0 });
                            } else if (e.key === 'Tab') {
                              e.preventDefault();
                              commit(editing.text, { row: 0, col: 1 });
                            } else if (e.key === 'Escape') {
                              e.preventDefault();
                              setEditing(null);
                              scroller.current?.focus();
                            }
                          }}
                        />
                      ) : (
                        cell.text
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {names.length === 1 && model.cells.every((line) => line.every((c) => !c || c.text === '')) && (
          <Text className={styles.empty} as="p">
            {tp.emptyWorkbook}
          </Text>
        )}
      </div>
    </div>
  );
}
