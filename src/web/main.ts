/**
 * The single-file web page: plain DOM over the use cases of ./usecases (the only module it asks for work).
 * Everything runs in the page; results leave it only as downloads the user sees.
 */
import { formatNumberVi, formatPlain } from '../engine/decimal';
import { webEn, webVi, type WebStrings } from '../i18n/web';
import {
  UseCaseError,
  webUseCases,
  type CheckView,
  type OpenedWorkbook,
  type OutputFile,
  type ReportOutcome,
  type WebUseCases,
} from './usecases';

type Lang = 'vi' | 'en';

interface Notice {
  kind: 'info' | 'success' | 'error';
  text: (s: WebStrings) => string;
  file?: OutputFile;
}

const state: {
  lang: Lang;
  opened: OpenedWorkbook | null;
  fileName: string;
  showCheck: boolean;
  notice: Notice | null;
  busy: boolean;
} = { lang: 'vi', opened: null, fileName: '', showCheck: false, notice: null, busy: false };

const S = (): WebStrings => (state.lang === 'en' ? webEn : webVi);
const num = (v: number) => (state.lang === 'en' ? formatPlain(v) : formatNumberVi(v));

/** Texts bound to elements, set again when the language changes. */
const bindings: (() => void)[] = [];

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<Record<string, string>> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) if (v !== undefined) node.setAttribute(k, v);
  node.append(...children);
  return node;
}

function text<T extends HTMLElement>(node: T, get: (s: WebStrings) => string, attr?: string): T {
  const apply = () => {
    if (attr) node.setAttribute(attr, get(S()));
    else node.textContent = get(S());
  };
  apply();
  bindings.push(apply);
  return node;
}

let useCases: WebUseCases;
const ids = {
  file: 'file',
  many: 'many-files',
  year: 'tpl-year',
  unit: 'tpl-unit',
  planYear: 'plan-year',
  below: 'below-max',
};

// Parts of the page that change.
const status = el('div', { id: 'status', class: 'status', role: 'status', 'aria-live': 'polite' });
const alertBox = el('div', { id: 'alert', class: 'alert', role: 'alert', tabindex: '-1', hidden: '' });
const fileInfo = el('dl', { class: 'file-info', hidden: '' });
const results = el('section', { class: 'card results', 'aria-labelledby': 'results-h', hidden: '' });
const actionButtons: HTMLButtonElement[] = [];
let checkButton: HTMLButtonElement;
let fileInput: HTMLInputElement;
let planYearInput: HTMLInputElement;

function button(label: (s: WebStrings) => string, onClick: () => void, primary = false): HTMLButtonElement {
  const b = el('button', { type: 'button', class: primary ? 'btn primary' : 'btn' });
  text(b, label);
  b.addEventListener('click', onClick);
  return b;
}

function download(file: OutputFile): void {
  const url = URL.createObjectURL(
    new Blob([file.bytes as Uint8Array<ArrayBuffer>], {
      type: /\.docx$/i.test(file.name)
        ? 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
        : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    }),
  );
  const a = el('a', { href: url, download: file.name });
  document.body.append(a);
  a.click();
  a.remove();
  // The download has its own copy once started; the object URL may go soon after.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

function setBusy(busy: boolean): void {
  state.busy = busy;
  document.body.setAttribute('aria-busy', String(busy));
  for (const b of actionButtons) b.disabled = busy;
}

function renderNotice(): void {
  const n = state.notice;
  alertBox.hidden = true;
  alertBox.replaceChildren();
  status.replaceChildren();
  if (!n) return;
  if (n.kind === 'error') {
    alertBox.hidden = false;
    alertBox.append(el('strong', {}, S().errors.title), el('p', {}, n.text(S())));
    return;
  }
  const p = el('p', { class: n.kind }, n.text(S()));
  status.append(p);
  if (n.file) {
    const file = n.file;
    const again = el('button', { type: 'button', class: 'link' }, S().actions.download({ file: file.name }));
    again.addEventListener('click', () => download(file));
    status.append(again);
  }
}

function notify(notice: Notice | null): void {
  state.notice = notice;
  renderNotice();
  if (notice?.kind === 'error') alertBox.focus();
}

function errorNotice(err: unknown): Notice {
  if (err instanceof UseCaseError) return { kind: 'error', text: (s) => err.text[s.lang] };
  const detail = err instanceof Error ? err.message : String(err);
  return { kind: 'error', text: (s) => s.errors.unexpected({ detail }) };
}

/** The page is usable before the spreadsheet library's text, which follows the script, has been parsed. */
const parsed = new Promise<void>((resolve) => {
  if (document.readyState !== 'loading') resolve();
  else document.addEventListener('DOMContentLoaded', () => resolve(), { once: true });
});

async function run(busy: (s: WebStrings) => string, work: () => Promise<Notice | null>): Promise<void> {
  if (state.busy) return;
  setBusy(true);
  notify({ kind: 'info', text: busy });
  try {
    await parsed;
    // Let the busy line paint and be announced before the work holds the thread.
    await new Promise((r) => setTimeout(r, 30));
    notify(await work());
  } catch (err) {
    notify(errorNotice(err));
  } finally {
    setBusy(false);
  }
}

function renderFileInfo(): void {
  const o = state.opened;
  fileInfo.hidden = !o;
  fileInfo.replaceChildren();
  if (!o) return;
  const c = o.check;
  const s = S().open;
  const row = (dt: string, dd: string) => fileInfo.append(el('dt', {}, dt), el('dd', {}, dd));
  row(s.fileLabel, state.fileName);
  row(s.sheetLabel, c.sheet);
  row(s.setLabel, `${c.set.name} (${c.set.id}, ${c.set.version})`);
  row(s.yearLabel, String(c.year));
  if (c.unitName.trim()) row(s.unitLabel, c.unitName);
}

function scoresBlock(c: CheckView['appraised'] & object, heading: string): HTMLElement {
  const s = S().results;
  const box = el('div', { class: 'scores' });
  box.append(el('h3', {}, heading));
  const headline = el('p', { class: 'headline' });
  headline.append(
    el('span', { class: 'total' }, s.total({ score: num(c.total.score), max: num(c.total.max) })),
    el('span', { class: 'percent' }, s.percent({ percent: num(c.total.percent) })),
  );
  const cls = c.classification;
  headline.append(
    el(
      'span',
      { class: 'tag' },
      cls
        ? `${s.classification}: ${cls.name}${cls.confirmed ? '' : ` (${s.unconfirmed})`}`
        : s.noClassification,
    ),
  );
  box.append(headline);
  if (cls && !cls.confirmed) box.append(el('p', { class: 'hint' }, s.unconfirmedHint));
  const table = el('table', { class: 'fields' });
  table.append(el('caption', {}, s.fieldsLabel));
  const body = el('tbody');
  for (const f of c.fields) {
    const score = f.score === null ? s.notScored : `${num(f.score)}/${num(f.max)}`;
    const full = f.score !== null && f.score >= f.max;
    const bar = el('span', { class: `bar${full ? ' full' : ''}`, 'aria-hidden': 'true' });
    bar.style.setProperty(
      '--w',
      `${f.max > 0 && f.score !== null ? Math.min(100, (100 * f.score) / f.max) : 0}%`,
    );
    body.append(
      el(
        'tr',
        {},
        el('th', { scope: 'row' }, `${f.code}. ${f.name}`),
        el('td', { class: 'num' }, score),
        el('td', { class: 'barcell' }, bar),
      ),
    );
  }
  table.append(body);
  box.append(table);
  return box;
}

function renderResults(): void {
  const o = state.opened;
  results.hidden = !(o && state.showCheck);
  results.replaceChildren();
  if (!o || !state.showCheck) return;
  const c = o.check;
  const s = S().results;
  results.append(el('h2', { id: 'results-h', tabindex: '-1' }, s.heading));
  results.append(scoresBlock(c, s.self));
  if (c.appraised) results.append(scoresBlock(c.appraised, s.appraised));

  const problems = el('div', { class: 'problems' });
  problems.append(el('h3', {}, `${s.listLabel} — ${s.counts({ errors: c.errors, warnings: c.warnings })}`));
  if (c.problems.length === 0) {
    problems.append(el('p', { class: 'success' }, s.noProblems));
  } else {
    const list = el('ul', { class: 'problem-list' });
    for (const p of c.problems) {
      list.append(
        el(
          'li',
          { class: p.severity },
          el('span', { class: `sev ${p.severity}` }, s.severity[p.severity]),
          el(
            'span',
            { class: 'where' },
            p.cell ? `${s.cell} ${p.ref ?? p.cell}` : `${s.criterion} ${p.criterion}`,
          ),
          el('span', { class: 'msg' }, p.message[state.lang]),
        ),
      );
    }
    problems.append(list);
  }
  results.append(problems);

  if (c.belowMax.length > 0) {
    const details = el('details', { class: 'below' });
    details.append(el('summary', {}, s.belowMax({ count: c.belowMax.length })));
    const list = el('ul');
    for (const b of c.belowMax) {
      list.append(
        el(
          'li',
          {},
          s.belowMaxItem({ code: b.criterion, name: b.name, score: num(b.score), max: num(b.max) }),
        ),
      );
    }
    details.append(list);
    results.append(details);
  }
}

function renderAll(): void {
  document.documentElement.lang = state.lang;
  document.title = S().title;
  for (const apply of bindings) apply();
  renderFileInfo();
  renderResults();
  renderReport();
  renderNotice();
}

async function openFile(file: File): Promise<void> {
  const name = file.name;
  if (!/\.xlsx$/i.test(name)) {
    notify({ kind: 'error', text: (s) => s.open.notXlsx({ file: name }) });
    return;
  }
  await run(
    (s) => s.open.reading({ file: name }),
    async () => {
      state.opened = null;
      state.showCheck = false;
      renderFileInfo();
      renderResults();
      const bytes = new Uint8Array(await file.arrayBuffer());
      state.opened = await useCases.open({ name, bytes });
      state.fileName = name;
      renderFileInfo();
      const sheet = state.opened.check.sheet;
      // The year the plan gets when the field is left empty, shown in it.
      planYearInput.placeholder = String(state.opened.check.year + 1);
      return { kind: 'success', text: (s) => s.open.opened({ file: name, sheet }) };
    },
  );
  if (state.opened) checkButton.focus();
}

function needFile(): OpenedWorkbook | null {
  if (state.opened) return state.opened;
  notify({ kind: 'error', text: (s) => s.actions.needFile });
  fileInput.focus();
  return null;
}

function yearOf(input: HTMLInputElement): number | null | undefined {
  const v = input.value.trim();
  if (v === '') return undefined;
  return /^\d{4}$/.test(v) ? Number(v) : null;
}

const reportResults = el('div', { class: 'report-results', hidden: '' });
let lastReport: ReportOutcome | null = null;

function renderReport(): void {
  const r = lastReport;
  reportResults.hidden = !r;
  reportResults.replaceChildren();
  if (!r) return;
  const s = S().report;
  if (r.ranking.length > 0) {
    const list = el('ol', { class: 'ranking', 'aria-label': s.rankingLabel });
    for (const row of r.ranking) {
      list.append(el('li', { value: String(row.rank) }, `${row.unit} — ${num(row.percent)}%`));
    }
    reportResults.append(el('h3', {}, s.rankingLabel), list);
  }
  reportResults.append(el('h3', {}, s.problemsLabel({ count: r.problems.length })));
  if (r.problems.length === 0) {
    reportResults.append(el('p', { class: 'success' }, s.noProblems));
    return;
  }
  const list = el('ul', { class: 'problem-list report-problems' });
  for (const p of r.problems) {
    list.append(
      el(
        'li',
        { class: p.kind === 'duplicate' ? 'warning' : 'error' },
        el('span', { class: 'where' }, p.file),
        el('span', { class: 'msg' }, p.message[state.lang]),
      ),
    );
  }
  reportResults.append(list);
}

/** The roll-up of many workbooks: picked together, read one at a time, only figures kept. */
function buildReport(): HTMLElement {
  const section = el('section', { class: 'card report', 'aria-labelledby': 'report-h' });
  const input = el('input', {
    type: 'file',
    id: ids.many,
    class: 'visually-hidden',
    multiple: '',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'aria-describedby': 'report-hint',
  });
  const label = el('label', { for: ids.many, class: 'btn pick' });
  text(label, (s) => s.report.pick);
  input.addEventListener('change', () => {
    const picked = [...(input.files ?? [])];
    input.value = '';
    if (picked.length === 0) return;
    const workbooks = picked.filter((f) => /\.xlsx$/i.test(f.name));
    if (workbooks.length === 0) {
      notify({ kind: 'error', text: (s) => s.report.noFiles });
      return;
    }
    void run(
      (s) => s.report.reading({ index: 1, count: workbooks.length, file: workbooks[0].name }),
      async () => {
        lastReport = null;
        renderReport();
        const r = await useCases.report(
          workbooks.map((f) => ({
            name: f.name,
            size: f.size,
            bytes: async () => new Uint8Array(await f.arrayBuffer()),
          })),
          (index) =>
            notify({
              kind: 'info',
              text: (s) =>
                s.report.reading({ index: index + 1, count: workbooks.length, file: workbooks[index].name }),
            }),
        );
        lastReport = r;
        renderReport();
        download(r.file);
        return {
          kind: r.withErrors + r.unreadable > 0 ? 'info' : 'success',
          file: r.file,
          text: (s) =>
            s.report.done({
              file: r.file.name,
              files: r.files,
              ranked: r.ranked,
              errors: r.withErrors,
              unreadable: r.unreadable,
            }),
        };
      },
    );
  });
  section.append(
    text(el('h2', { id: 'report-h' }), (s) => s.report.heading),
    text(el('p', { id: 'report-hint', class: 'hint' }), (s) => s.report.body),
    el('div', { class: 'pick-many' }, input, label),
    reportResults,
  );
  return section;
}

function build(root: HTMLElement): void {
  const skip = document.querySelector<HTMLElement>('.skip');
  if (skip) text(skip, (s) => s.skip);
  const header = el('header', { class: 'banner' });
  const inner = el('div', { class: 'wrap banner-inner' });
  const titles = el('div', {});
  titles.append(
    text(el('p', { class: 'agency' }), (s) => s.agency),
    text(el('h1', {}), (s) => s.heading),
  );
  const langButton = el('button', { type: 'button', class: 'btn lang' });
  text(langButton, (s) => s.switchLang);
  text(langButton, (s) => s.switchLangLabel, 'aria-label');
  langButton.addEventListener('click', () => {
    state.lang = state.lang === 'vi' ? 'en' : 'vi';
    renderAll();
  });
  inner.append(titles, langButton);
  header.append(inner);

  const main = el('main', { class: 'wrap', id: 'main' });
  const intro = el('section', { class: 'intro' });
  intro.append(
    text(el('p', {}), (s) => s.intro),
    text(el('p', { class: 'privacy' }), (s) => s.privacy),
  );

  // 1. Pick the workbook: a real file input behind a label, and the whole card as a drop zone.
  const open = el('section', { class: 'card', 'aria-labelledby': 'open-h' });
  fileInput = el('input', {
    type: 'file',
    id: ids.file,
    class: 'visually-hidden',
    accept: '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'aria-describedby': 'open-hint',
  });
  const pickLabel = el('label', { for: ids.file, class: 'btn primary pick' });
  text(pickLabel, (s) => s.open.pick);
  const drop = el('div', { class: 'drop' });
  drop.append(
    fileInput,
    pickLabel,
    text(el('span', { class: 'drop-text' }), (s) => s.open.drop),
  );
  open.append(
    text(el('h2', { id: 'open-h' }), (s) => s.open.heading),
    text(el('p', { id: 'open-hint', class: 'hint' }), (s) => s.open.hint),
    drop,
    fileInfo,
  );
  fileInput.addEventListener('change', () => {
    const f = fileInput.files?.[0];
    if (f) void openFile(f);
    // The same file picked again (after editing it) must fire change again.
    fileInput.value = '';
  });
  for (const type of ['dragenter', 'dragover']) {
    open.addEventListener(type, (e) => {
      e.preventDefault();
      open.classList.add('dragging');
    });
  }
  open.addEventListener('dragleave', (e) => {
    if (!open.contains(e.relatedTarget as Node | null)) open.classList.remove('dragging');
  });
  open.addEventListener('drop', (e) => {
    e.preventDefault();
    open.classList.remove('dragging');
    const files = (e as DragEvent).dataTransfer?.files;
    if (!files || files.length === 0) return;
    if (files.length > 1) notify({ kind: 'error', text: (s) => s.open.tooMany });
    else void openFile(files[0]);
  });
  // A file dropped beside the box must not replace the page.
  window.addEventListener('dragover', (e) => e.preventDefault());
  window.addEventListener('drop', (e) => e.preventDefault());

  // 2. Actions.
  const actions = el('section', { class: 'card', 'aria-labelledby': 'actions-h' });
  checkButton = button(
    (s) => s.actions.check,
    () => {
      const o = needFile();
      if (!o) return;
      state.showCheck = true;
      renderResults();
      const c = o.check;
      notify({
        kind: c.errors > 0 ? 'info' : 'success',
        text: (s) =>
          s.actions.checkDone({
            score: num(c.total.score),
            max: num(c.total.max),
            errors: c.errors,
            warnings: c.warnings,
          }),
      });
      (results.querySelector('#results-h') as HTMLElement | null)?.focus();
    },
    true,
  );
  const fixButton = button(
    (s) => s.actions.fix,
    () => {
      const o = needFile();
      if (!o) return;
      void run(
        (s) => s.actions.fixBusy,
        async () => {
          const r = await o.fixTextNumbers();
          if (!r.file) return { kind: 'info', text: (s) => s.actions.fixNone };
          const file = r.file;
          download(file);
          return {
            kind: 'success',
            file,
            text: (s) => s.actions.fixDone({ count: r.fixed, file: file.name }),
          };
        },
      );
    },
  );
  const highlightButton = button(
    (s) => s.actions.highlight,
    () => {
      const o = needFile();
      if (!o) return;
      void run(
        (s) => s.actions.highlightBusy,
        async () => {
          const r = await o.highlightBelowMax();
          download(r.file);
          return {
            kind: 'success',
            file: r.file,
            text: (s) => s.actions.highlightDone({ count: r.count, text: r.asText, file: r.file.name }),
          };
        },
      );
    },
  );

  const planYear = el('input', {
    id: ids.planYear,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: '4',
    size: '6',
    'aria-describedby': 'plan-year-hint',
  });
  planYearInput = planYear;
  const below = el('input', { id: ids.below, type: 'checkbox' });
  const planButton = button(
    (s) => s.actions.plan,
    () => {
      const o = needFile();
      if (!o) return;
      const year = yearOf(planYear);
      if (year === null) {
        notify({ kind: 'error', text: (s) => s.actions.planYearInvalid });
        planYear.focus();
        return;
      }
      void run(
        (s) => s.actions.planBusy,
        async () => {
          const r = await o.plan({ planYear: year, onlyBelowMax: below.checked });
          if (!r.written) {
            state.showCheck = true;
            renderResults();
            return { kind: 'error', text: (s) => s.actions.planBlocked };
          }
          download(r.file);
          return {
            kind: 'success',
            file: r.file,
            text: (s) =>
              [
                s.actions.planDone({
                  file: r.file.name,
                  sheet: r.sheet,
                  rows: r.rows,
                  score: num(r.total.score),
                  max: num(r.total.max),
                }),
                r.kept > 0 ? s.actions.planKept({ count: r.kept }) : '',
                r.backupSheet ? s.actions.planBackup({ sheetName: r.backupSheet }) : '',
              ]
                .filter(Boolean)
                .join(' '),
          };
        },
      );
    },
  );
  const documentButton = button(
    (s) => s.document.button,
    () => {
      const o = needFile();
      if (!o) return;
      const year = yearOf(planYear);
      if (year === null) {
        notify({ kind: 'error', text: (s) => s.actions.planYearInvalid });
        planYear.focus();
        return;
      }
      void run(
        (s) => s.document.busy,
        async () => {
          const r = await o.document({ planYear: year });
          if (!r.written) {
            state.showCheck = true;
            renderResults();
            return { kind: 'error', text: (s) => s.document.blocked };
          }
          download(r.file);
          const from = r.appendixFrom;
          return {
            kind: 'success',
            file: r.file,
            text: (s) =>
              [
                s.document.done({ file: r.file.name, units: r.units }),
                from ? s.document.fromSheet({ sheet: from }) : '',
              ]
                .filter(Boolean)
                .join(' '),
          };
        },
      );
    },
  );
  actionButtons.push(checkButton, fixButton, highlightButton, planButton, documentButton);

  const planBox = el('fieldset', { class: 'plan' });
  planBox.append(
    text(el('legend', {}), (s) => s.actions.planLegend),
    el(
      'div',
      { class: 'field' },
      text(el('label', { for: ids.planYear }), (s) => s.actions.planYearLabel),
      planYear,
      text(el('span', { id: 'plan-year-hint', class: 'hint' }), (s) => s.actions.planYearHint),
    ),
    el(
      'div',
      { class: 'check' },
      below,
      text(el('label', { for: ids.below }), (s) => s.actions.onlyBelowMax),
    ),
    el('div', { class: 'buttons' }, planButton, documentButton),
  );
  actions.append(
    text(el('h2', { id: 'actions-h' }), (s) => s.actions.heading),
    el('div', { class: 'buttons' }, checkButton, fixButton, highlightButton),
    planBox,
  );

  // The blank template, for an office with no score sheet yet.
  const tpl = el('section', { class: 'card template', 'aria-labelledby': 'tpl-h' });
  const tplYear = el('input', {
    id: ids.year,
    type: 'text',
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: '4',
    size: '6',
    value: String(useCases.defaultYear),
  });
  const tplUnit = el('input', { id: ids.unit, type: 'text', autocomplete: 'organization', size: '28' });
  text(tplUnit, (s) => s.template.unitPlaceholder, 'placeholder');
  const tplButton = button(
    (s) => s.template.button,
    () => {
      const year = yearOf(tplYear);
      if (year === null) {
        notify({ kind: 'error', text: (s) => s.template.yearInvalid });
        tplYear.focus();
        return;
      }
      void run(
        (s) => s.template.busy,
        async () => {
          const file = await useCases.template({ year, unitName: tplUnit.value });
          download(file);
          return { kind: 'success', file, text: (s) => s.template.done({ file: file.name }) };
        },
      );
    },
  );
  actionButtons.push(tplButton);
  tpl.append(
    text(el('h2', { id: 'tpl-h' }), (s) => s.template.heading),
    text(el('p', { class: 'hint' }), (s) => s.template.body),
    el(
      'div',
      { class: 'row' },
      el(
        'div',
        { class: 'field' },
        text(el('label', { for: ids.year }), (s) => s.template.yearLabel),
        tplYear,
      ),
      el(
        'div',
        { class: 'field grow' },
        text(el('label', { for: ids.unit }), (s) => s.template.unitLabel),
        tplUnit,
      ),
    ),
    tplButton,
  );

  main.append(
    intro,
    open,
    el('div', { class: 'live' }, alertBox, status),
    actions,
    results,
    buildReport(),
    tpl,
  );
  const footer = el('footer', { class: 'wrap footer' });
  footer.append(text(el('p', {}), (s) => s.footer));
  root.replaceChildren(header, main, footer);
}

function start(): void {
  useCases = webUseCases();
  const root = document.getElementById('app');
  if (!root) return;
  build(root);
  renderAll();
  document.body.dataset.ready = 'true';
  performance.mark('parindex-ready');
}

start();
