/**
 * The plan document as a Word file (docx package), laid out as Nghị định 30/2020/NĐ-CP asks: A4, Times New
 * Roman, page numbers at the top from page 2, the appendix in a landscape section. Loaded on demand only: the
 * task pane imports this module when the user asks for the document.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Header,
  HighlightColor,
  Packer,
  PageNumber,
  PageOrientation,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { AppendixRow, Block, FieldResult, PlanDocumentModel, Span } from '../app/document';
import { documentVi } from '../i18n/document';

const FONT = 'Times New Roman';
/** Half-points. */
const BODY = 28;
const SMALL = 26;
const TABLE = 24;

/** A4 in twips (the mm helper would round to 11905). */
const A4 = { width: 11906, height: 16838 };
const mm = (v: number) => Math.round((v * 1440) / 25.4);
const MARGIN = { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15), header: mm(10), footer: mm(10) };
const PORTRAIT_WIDTH = A4.width - MARGIN.left - MARGIN.right;
const LANDSCAPE_WIDTH = A4.height - MARGIN.left - MARGIN.right;

const NONE: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = {
  top: NONE,
  bottom: NONE,
  left: NONE,
  right: NONE,
  insideHorizontal: NONE,
  insideVertical: NONE,
};
const LINE: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '000000' };
const CELL_LINES = { top: LINE, bottom: LINE, left: LINE, right: LINE };

interface RunStyle {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  underline?: boolean;
}

function run(text: string, style: RunStyle = {}, drafted = false): TextRun {
  return new TextRun({
    text,
    font: FONT,
    size: style.size ?? BODY,
    bold: style.bold,
    italics: style.italic,
    underline: style.underline ? {} : undefined,
    highlight: drafted ? HighlightColor.YELLOW : undefined,
  });
}

function spanRuns(spans: readonly Span[], style: RunStyle = {}): TextRun[] {
  return spans.map((s) =>
    run(s.text, { ...style, bold: style.bold || s.bold, italic: style.italic || s.italic }, s.drafted),
  );
}

function centred(text: string, style: RunStyle = {}, after = 0): Paragraph {
  return new Paragraph({ alignment: AlignmentType.CENTER, spacing: { after }, children: [run(text, style)] });
}

const BODY_SPACING = { before: 60, after: 60, line: 312 };

function blockParagraphs(block: Block, model: PlanDocumentModel): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 120, after: 60, line: 312 },
          indent: { firstLine: mm(10) },
          keepNext: true,
          alignment: AlignmentType.JUSTIFIED,
          children: spanRuns(block.spans, { bold: true, italic: block.level === 3 }),
        }),
      ];
    case 'paragraph':
      return [
        new Paragraph({
          spacing: BODY_SPACING,
          indent: { firstLine: mm(10) },
          alignment: AlignmentType.JUSTIFIED,
          children: spanRuns(block.spans),
        }),
      ];
    case 'bullet':
      return [
        new Paragraph({
          spacing: BODY_SPACING,
          indent: { firstLine: mm(10) },
          alignment: AlignmentType.JUSTIFIED,
          children: [run('- '), ...spanRuns(block.spans)],
        }),
      ];
    case 'fieldChart':
      return [
        fieldChart(model.fields),
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { before: 60, after: 120 },
          children: [run(block.caption, { italic: true, size: SMALL })],
        }),
      ];
  }
}

const BAR_WIDTH = 4600;

/**
 * The per-field picture: a bar per field made of table cells, dark for the share reached, white with a frame
 * for the rest, the figures printed beside it. Black on white, so it survives a black-and-white printer and a
 * photocopy, and LibreOffice and every Word draw it the same (a native chart is not drawn alike everywhere).
 */
function bar(percent: number): Table {
  const filled = Math.round((BAR_WIDTH * Math.max(0, Math.min(100, percent))) / 100);
  const parts = [filled, BAR_WIDTH - filled].filter((w) => w >= 60);
  const widths = parts.length === 0 ? [BAR_WIDTH] : parts;
  const dark = (i: number) => i === 0 && filled >= 60;
  return new Table({
    width: { size: BAR_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: { ...NO_BORDERS, top: LINE, bottom: LINE, left: LINE, right: LINE },
    rows: [
      new TableRow({
        height: { value: 260, rule: 'exact' },
        children: widths.map(
          (w, i) =>
            new TableCell({
              width: { size: w, type: WidthType.DXA },
              shading: dark(i) ? { type: ShadingType.CLEAR, color: 'auto', fill: '303030' } : undefined,
              children: [new Paragraph({ children: [run('', { size: 8 })] })],
            }),
        ),
      }),
    ],
  });
}

function fieldChart(fields: readonly FieldResult[]): Table {
  const label = 1500;
  const value = PORTRAIT_WIDTH - label - BAR_WIDTH - 240;
  const widths = [label, BAR_WIDTH + 240, value];
  const headers = documentVi.chartHeaders;
  const cell = (children: (Paragraph | Table)[], width: number) =>
    new TableCell({
      width: { size: width, type: WidthType.DXA },
      verticalAlign: VerticalAlign.CENTER,
      children,
    });
  const rows = [
    new TableRow({
      tableHeader: true,
      children: headers.map((h, i) => cell([centred(h, { bold: true, size: 22 })], widths[i])),
    }),
    ...fields.map(
      (f) =>
        new TableRow({
          cantSplit: true,
          children: [
            cell([new Paragraph({ children: [run(`Lĩnh vực ${f.code}`, { size: TABLE })] })], label),
            cell(
              f.percent === null
                ? [new Paragraph({ children: [run('—', { size: TABLE })] })]
                : [bar(f.percent), new Paragraph({ children: [run('', { size: 4 })] })],
              widths[1],
            ),
            cell(
              [
                new Paragraph({
                  children: [
                    run(f.text === '' ? '—' : `${f.text}`, { size: TABLE, bold: true }),
                    run(f.percentText === '' ? '' : ` (${f.percentText})`, { size: TABLE }),
                  ],
                }),
              ],
              value,
            ),
          ],
        }),
    ),
  ];
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows,
  });
}

function headerBlock(model: PlanDocumentModel): Table {
  const left = Math.round(PORTRAIT_WIDTH * 0.4);
  const right = PORTRAIT_WIDTH - left;
  const h = model.header;
  const leftCell = new TableCell({
    width: { size: left, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: [
      ...h.unitLines.map((l, i) =>
        centred(l, { bold: true, size: SMALL, underline: i === h.unitLines.length - 1 }),
      ),
      centred('', { size: 12 }),
      centred(h.number, { size: SMALL }),
    ],
  });
  const rightCell = new TableCell({
    width: { size: right, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: [
      centred(h.motto, { bold: true, size: 24 }),
      centred(h.mottoSub, { bold: true, size: SMALL, underline: true }),
      centred('', { size: 12 }),
      centred(h.placeDate, { italic: true, size: SMALL }),
    ],
  });
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ children: [leftCell, rightCell] })],
  });
}

function signatureBlock(model: PlanDocumentModel): Table {
  const left = Math.round(PORTRAIT_WIDTH * 0.5);
  const right = PORTRAIT_WIDTH - left;
  const leftCell = new TableCell({
    width: { size: left, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: [
      new Paragraph({ children: [run(model.recipients.heading, { bold: true, italic: true, size: 24 })] }),
      ...model.recipients.lines.map((l) => new Paragraph({ children: [run(l, { size: 22 })] })),
    ],
  });
  const rightCell = new TableCell({
    width: { size: right, type: WidthType.DXA },
    borders: { top: NONE, bottom: NONE, left: NONE, right: NONE },
    children: model.signature.lines.map((l) => centred(l, { bold: true })),
  });
  return new Table({
    width: { size: PORTRAIT_WIDTH, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: NO_BORDERS,
    rows: [new TableRow({ cantSplit: true, children: [leftCell, rightCell] })],
  });
}

/** STT, name, max, score, target, tasks, unit: the widths of the landscape page. */
const APPENDIX_WIDTHS = (() => {
  const fixed = [700, 3300, 850, 1050, 900, 0, 2000];
  fixed[5] = LANDSCAPE_WIDTH - fixed.reduce((s, w) => s + w, 0);
  return fixed;
})();

function appendixCell(text: string, col: number, bold: boolean, centre: boolean): TableCell {
  const lines = text.split(/\n+/).filter((l, i) => i === 0 || l.trim() !== '');
  return new TableCell({
    width: { size: APPENDIX_WIDTHS[col], type: WidthType.DXA },
    borders: CELL_LINES,
    verticalAlign: VerticalAlign.CENTER,
    margins: { left: 60, right: 60, top: 30, bottom: 30 },
    children: lines.map(
      (l) =>
        new Paragraph({
          alignment: centre ? AlignmentType.CENTER : AlignmentType.LEFT,
          children: [run(l, { size: TABLE, bold })],
        }),
    ),
  });
}

function appendixTable(model: PlanDocumentModel): Table {
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: model.appendix.columns.map(
      (c, i) =>
        new TableCell({
          width: { size: APPENDIX_WIDTHS[i], type: WidthType.DXA },
          borders: CELL_LINES,
          verticalAlign: VerticalAlign.CENTER,
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E7E6E6' },
          children: [centred(c, { bold: true, size: TABLE })],
        }),
    ),
  });
  const line = (r: AppendixRow) => {
    const bold = r.level === 'field' || r.level === 'total';
    const cells = [r.stt, r.name, r.max, r.score, r.target, r.tasks, r.unit];
    return new TableRow({
      cantSplit: true,
      children: cells.map((t, i) => appendixCell(t, i, bold, i === 0 || (i >= 2 && i <= 4))),
    });
  };
  return new Table({
    width: { size: LANDSCAPE_WIDTH, type: WidthType.DXA },
    columnWidths: APPENDIX_WIDTHS,
    layout: TableLayoutType.FIXED,
    rows: [header, ...model.appendix.rows.map(line)],
  });
}

function pageNumberHeader(): Header {
  return new Header({
    children: [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ children: [PageNumber.CURRENT], font: FONT, size: SMALL })],
      }),
    ],
  });
}

/** The Word document of the model. */
export function planDocument(model: PlanDocumentModel): Document {
  const body: (Paragraph | Table)[] = [
    headerBlock(model),
    new Paragraph({ spacing: { after: 240 }, children: [] }),
    ...model.title.map((t, i) => centred(t, { bold: true }, i === model.title.length - 1 ? 240 : 0)),
    ...model.body.flatMap((b) => blockParagraphs(b, model)),
    new Paragraph({ spacing: { after: 120 }, children: [] }),
    signatureBlock(model),
  ];
  const appendix: (Paragraph | Table)[] = [
    centred(model.appendix.heading, { bold: true }),
    ...model.appendix.title.map((t) => centred(t, { bold: true })),
    centred(model.appendix.note, { italic: true, size: SMALL }, 160),
    appendixTable(model),
  ];
  return new Document({
    creator: 'parindex',
    title: model.title.join(' '),
    styles: { default: { document: { run: { font: FONT, size: BODY } } } },
    sections: [
      {
        properties: {
          titlePage: true,
          page: { size: { ...A4, orientation: PageOrientation.PORTRAIT }, margin: MARGIN },
        },
        headers: { default: pageNumberHeader(), first: new Header({ children: [] }) },
        children: body,
      },
      {
        properties: {
          page: { size: { ...A4, orientation: PageOrientation.LANDSCAPE }, margin: MARGIN },
        },
        headers: { default: pageNumberHeader() },
        children: appendix,
      },
    ],
  });
}

/** The .docx file's bytes. */
export async function renderPlanDocument(model: PlanDocumentModel): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(planDocument(model)));
}

/** The .docx as a Blob, for a download link in the browser. */
export async function renderPlanDocumentBlob(model: PlanDocumentModel): Promise<Blob> {
  return Packer.toBlob(planDocument(model));
}
