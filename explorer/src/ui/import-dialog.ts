// The coordinator's import dialog: type, source and file, "Prüfen" (a dry run: counts and per-row outcomes, or the
// problems by row, column and value), then "Importieren" to write. A modal <dialog>: the browser keeps the focus in
// it and Escape closes it. Importing is allowed only after a check of the same file, type and source passed.
import { uploadImport, type ImportReport, type ImportType } from '../api/upload-import';
import type { Language } from '../i18n/enum-labels';
import { translate, type MessageKey } from '../i18n/messages';
import { el as h, formatNumber, replaceChildren } from './dom';

const typeLabels: [ImportType, MessageKey][] = [
  ['actors', 'importActors'],
  ['offers', 'importOffers'],
  ['needs', 'importNeeds'],
  ['cooperations', 'importCooperations'],
  ['outcomes', 'importOutcomes'],
];

const actionLabels: Record<ImportReport['outcomes'][number]['action'], MessageKey> = {
  create: 'importCreated',
  update: 'importUpdated',
  unchanged: 'importUnchanged',
};

function summaryOf(report: ImportReport, lang: Language): string {
  const t = (key: MessageKey) => translate(key, lang);
  const n = (value: number) => formatNumber(value, lang);
  return `${report.fileName}: ${n(report.rows)} ${t('importRows')} · ${n(report.created)} ${t('importCreated')} · ${n(report.updated)} ${t('importUpdated')} · ${n(report.unchanged)} ${t('importUnchanged')}`;
}

function renderReport(report: ImportReport, lang: Language): HTMLElement {
  const t = (key: MessageKey) => translate(key, lang);
  if (!report.ok) {
    return h(
      'div',
      { className: 'import-report refused' },
      h('p', { id: 'import-summary', className: 'error' }, t('importRefused')),
      h(
        'table',
        { id: 'import-problems', className: 'data' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', {}, t('importRow')),
            h('th', {}, t('importColumn')),
            h('th', {}, t('importValue')),
            h('th', {}, t('importMessage')),
          ),
        ),
        h(
          'tbody',
          {},
          report.problems.map((problem) =>
            h(
              'tr',
              {},
              h('td', { className: 'num' }, problem.row ?? '–'),
              h('td', {}, problem.column ? `${problem.column}${problem.header ? ` (${problem.header})` : ''}` : '–'),
              h('td', {}, problem.value ?? '–'),
              h('td', {}, problem.message),
            ),
          ),
        ),
      ),
      report.moreProblems > 0 && h('p', {}, `… ${formatNumber(report.moreProblems, lang)} ${t('importMoreProblems')}`),
    );
  }
  return h(
    'div',
    { className: 'import-report' },
    h('p', { id: 'import-summary' }, summaryOf(report, lang)),
    h('p', { className: report.written ? 'ok' : 'hint' }, t(report.written ? 'importWritten' : 'importDryRunDone')),
    h(
      'table',
      { id: 'import-outcomes', className: 'data' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', {}, t('importRow')),
          h('th', {}, t('importAction')),
          h('th', {}, t('importKey')),
          h('th', {}, t('importFields')),
        ),
      ),
      h(
        'tbody',
        {},
        report.outcomes.map((outcome) =>
          h(
            'tr',
            { 'data-action': outcome.action },
            h('td', { className: 'num' }, outcome.row),
            h('td', {}, t(actionLabels[outcome.action])),
            h('td', {}, outcome.key),
            h('td', {}, outcome.fields.join(', ')),
          ),
        ),
      ),
    ),
  );
}

/** Opens the dialog; onWritten runs when it is closed after an import was written (to load the new data). */
export function openImportDialog(lang: Language, onWritten: () => void): HTMLDialogElement {
  const t = (key: MessageKey) => translate(key, lang);
  let written = false;
  let checked = ''; // the inputs of the last check that passed: importing needs them unchanged
  let busy = false;

  const typeSelect = h(
    'select',
    { id: 'import-type' },
    typeLabels.map(([value, label]) => h('option', { value }, t(label))),
  );
  const sourceInput = h('input', {
    id: 'import-source',
    type: 'text',
    maxlength: 100,
    autocomplete: 'off',
    'aria-describedby': 'import-source-hint',
  });
  const fileInput = h('input', {
    id: 'import-file',
    type: 'file',
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  });
  const checkButton = h('button', { type: 'button', id: 'import-check', className: 'secondary' }, t('importCheck'));
  const runButton = h(
    'button',
    { type: 'button', id: 'import-run', className: 'focus-button', disabled: true },
    t('importRun'),
  );
  const closeButton = h('button', { type: 'button', id: 'import-close', className: 'secondary' }, t('importClose'));
  const progress = h('progress', { id: 'import-progress', max: 1, hidden: true });
  const status = h('p', { id: 'import-status', role: 'status', 'aria-live': 'polite' });
  const result = h('div', { id: 'import-result' });

  const inputsKey = () => {
    const file = fileInput.files?.[0];
    return file
      ? JSON.stringify([typeSelect.value, sourceInput.value.trim(), file.name, file.size, file.lastModified])
      : '';
  };
  const updateButtons = () => {
    checkButton.disabled = busy;
    closeButton.disabled = busy;
    runButton.disabled = busy || checked === '' || checked !== inputsKey();
  };
  const inputsChanged = () => {
    checked = '';
    replaceChildren(result);
    status.textContent = '';
    updateButtons();
  };
  for (const input of [typeSelect, sourceInput, fileInput]) input.addEventListener('input', inputsChanged);
  fileInput.addEventListener('change', inputsChanged);

  const run = async (dryRun: boolean) => {
    const file = fileInput.files?.[0];
    if (!file) {
      status.textContent = t('importChooseFile');
      fileInput.focus();
      return;
    }
    const key = inputsKey();
    busy = true;
    updateButtons();
    replaceChildren(result);
    dialog.setAttribute('aria-busy', 'true');
    progress.hidden = false;
    progress.value = 0;
    status.textContent = t('importSending');
    try {
      const report = await uploadImport(file, {
        type: typeSelect.value as ImportType,
        source: sourceInput.value,
        dryRun,
        onSent: (sent, total) => {
          if (sent < total) {
            progress.value = total > 0 ? sent / total : 0;
          } else {
            // Sent: the server reads, checks and writes the file in one go; how long that takes is not known here.
            progress.removeAttribute('value');
            status.textContent = t(dryRun ? 'importChecking' : 'importWriting');
          }
        },
      });
      status.textContent = '';
      replaceChildren(result, renderReport(report, lang));
      checked = report.ok && dryRun ? key : '';
      if (report.written) {
        written = true;
        closeButton.textContent = t('importCloseReload');
      }
      (report.ok ? (dryRun ? runButton : closeButton) : fileInput).focus();
    } catch (error) {
      checked = '';
      status.textContent = `${t('importFailed')} ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      busy = false;
      progress.hidden = true;
      dialog.removeAttribute('aria-busy');
      updateButtons();
      if (checked) runButton.focus();
    }
  };
  checkButton.addEventListener('click', () => void run(true));
  runButton.addEventListener('click', () => void run(false));

  const field = (label: string, control: HTMLElement, hint?: HTMLElement) =>
    h('label', { className: 'import-field' }, h('span', {}, label), control, hint);
  const dialog = h(
    'dialog',
    { id: 'import-dialog', className: 'import-dialog', 'aria-labelledby': 'import-title' },
    h('h2', { id: 'import-title' }, t('importTitle')),
    h('p', { className: 'hint' }, t('importIntro')),
    h(
      'div',
      { className: 'import-fields' },
      field(t('importType'), typeSelect),
      field(t('importSource'), sourceInput, h('small', { id: 'import-source-hint' }, t('importSourceHint'))),
      field(t('importFile'), fileInput),
    ),
    h('div', { className: 'button-row' }, checkButton, runButton, closeButton),
    progress,
    status,
    result,
  );
  closeButton.addEventListener('click', () => dialog.close());
  dialog.addEventListener('cancel', (event) => {
    if (busy) event.preventDefault(); // Escape during an upload: the answer must still be shown
  });
  dialog.addEventListener('close', () => {
    dialog.remove();
    if (written) onWritten();
  });
  document.body.append(dialog);
  dialog.showModal();
  typeSelect.focus();
  return dialog;
}
