import path from 'node:path';
import type { PlanDocumentModel } from '../app/document';
import type { Message } from '../engine/types';
import { documentMessagesEn, documentMessagesVi } from '../i18n/document';
import type { Invocation, Lang } from './args';
import type { Io } from './commands';
import { CliError } from './errors';
import { checkOutput, writeAtomic } from './files';
import { errorCount, reportJson, reportText, scoresOk, type JsonReport } from './report';
import { readScores } from './scores';
import { documentOf } from '../xlsx/use-cases';

export type DocumentInvocation = Extract<Invocation, { command: 'document' }>;

const say = (lang: Lang) => (lang === 'en' ? documentMessagesEn : documentMessagesVi);

/** An output that is not a .docx: a usage fault (exit 2) under its own code. */
class DocumentOutputError extends CliError {
  constructor(file: string) {
    const text: Message = {
      vi: documentMessagesVi.outputNotDocx({ file }),
      en: documentMessagesEn.outputNotDocx({ file }),
    };
    super('outputNotXlsx', text);
    // The catalogue of command-line errors is another file's; the code names what happened here.
    (this as { key: string }).key = 'outputNotDocx';
    this.name = 'OutputError';
  }
}

interface DocumentJson extends JsonReport {
  document: {
    written: boolean;
    output: string | null;
    planYear: number;
    basis: PlanDocumentModel['basis'] | null;
    appendixFrom: string | null;
    units: string[];
    unassigned: string[];
    fields: { code: string; result: string }[];
  };
}

/** `parindex document`: the Word plan document from a filled template; the workbook is only read. */
export async function documentCommand(inv: DocumentInvocation, io: Io): Promise<number> {
  if (path.extname(inv.output).toLowerCase() !== '.docx') throw new DocumentOutputError(inv.output);
  checkOutput(inv.output, inv.input, inv.force, 'other');
  const read = await readScores(inv.input, { sheet: inv.sheet, set: inv.set });
  const planYear = inv.planYear ?? read.year + 1;
  const t = say(inv.lang);
  const base = reportJson(read, inv.lang);

  if (!scoresOk(read)) {
    if (inv.json) {
      const out: DocumentJson = {
        ...base,
        document: {
          written: false,
          output: null,
          planYear,
          basis: null,
          appendixFrom: null,
          units: [],
          unassigned: [],
          fields: [],
        },
      };
      io.out(JSON.stringify(out, null, 2));
    } else {
      io.out([...reportText(read, inv.lang), t.notWritten({ count: errorCount(read) })].join('\n'));
    }
    return 1;
  }

  const { model, appendixFrom } = documentOf(read, planYear, new Date());
  // docx is loaded only for this command: the others start without it.
  const { renderPlanDocument } = await import('../document/render');
  writeAtomic(inv.output, await renderPlanDocument(model), inv.force);

  if (inv.json) {
    const out: DocumentJson = {
      ...base,
      document: {
        written: true,
        output: inv.output,
        planYear,
        basis: model.basis,
        appendixFrom,
        units: model.units.map((u) => u.unit),
        unassigned: model.unassigned,
        fields: model.fields.map((f) => ({ code: f.code, result: f.text })),
      },
    };
    io.out(JSON.stringify(out, null, 2));
  } else {
    io.out(
      [
        ...reportText(read, inv.lang),
        t.written({ file: inv.output, units: model.units.length, fromSheet: appendixFrom }),
      ].join('\n'),
    );
  }
  return 0;
}
