// The coordinator's form to start a round: title, deadline (TT.MM.JJJJ), grace period, the areas asked (the
// district's Samtgemeinden and the municipalities outside one), the categories, a message and whom to ask. The
// fields are checked here for the plain mistakes, with the message at the field; the API checks everything again
// and its refusal is shown at the form. The started round's links are kept for copying and letters (survey-state.ts).
import { useState } from 'preact/hooks';
import { requestGraphQL } from '../api/request-graphql';
import { StartSurveyRoundDocument, type MunicipalityKind, type OfferCategory } from '../generated/graphql';
import { enumLabel, enumValues, municipalityKindLabels, offerCategoryLabels } from '../i18n/enum-labels';
import type { AppContext } from '../state/app-context';
import { h, type Child } from '../ui/dom';
import { reloadSurveyRounds, refusalText, rememberLinks } from './survey-state';
import { surveyText, type SurveyTextKey } from './survey-texts';

interface Draft {
  title: string;
  deadline: string; // as typed, TT.MM.JJJJ
  graceDays: string;
  areas: string[];
  categories: OfferCategory[];
  message: string;
  contactName: string;
  contactEmail: string;
  contactPhone: string;
}

type Field = 'title' | 'deadline' | 'graceDays' | 'areas' | 'categories' | 'contactName' | 'form';

/** TT.MM.JJJJ as YYYY-MM-DD, or undefined when it is no date of the calendar. */
export function parseGermanDate(text: string): string | undefined {
  const match = /^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$/.exec(text);
  if (!match) return undefined;
  const [, day, month, year] = match as unknown as [string, string, string, string];
  const iso = `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
  const date = new Date(`${iso}T12:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso ? iso : undefined;
}

/** The areas a round asks: the Samtgemeinden and the municipalities that belong to none, by name. */
export function askableAreas(ctx: AppContext): { ags: string; name: string; kind: MunicipalityKind }[] {
  return [...ctx.model.municipalities.values()]
    .filter((m) => m.memberOf.length === 0)
    .map((m) => ({ ags: m.ags, name: m.name, kind: m.kind }))
    .sort((a, b) => a.name.localeCompare(b.name, 'de'));
}

function check(draft: Draft): Partial<Record<Field, SurveyTextKey>> {
  const problems: Partial<Record<Field, SurveyTextKey>> = {};
  if (!draft.title.trim()) problems.title = 'titleMissing';
  if (!parseGermanDate(draft.deadline)) problems.deadline = 'deadlineBad';
  const grace = Number(draft.graceDays);
  if (!/^\d{1,2}$/.test(draft.graceDays.trim()) || grace > 60) problems.graceDays = 'graceBad';
  if (draft.areas.length === 0) problems.areas = 'areasMissing';
  if (draft.categories.length === 0) problems.categories = 'categoriesMissing';
  if (!draft.contactName.trim()) problems.contactName = 'contactMissing';
  return problems;
}

export function StartRoundForm({ ctx, onStarted }: { ctx: AppContext; onStarted: (roundId: string) => void }): Child {
  const { lang } = ctx;
  const s = (key: SurveyTextKey) => surveyText(key, lang);
  const areas = askableAreas(ctx);
  const districtName = ctx.districts.find((d) => d.ags === ctx.model.districtAgs)?.name ?? '';
  const [draft, setDraft] = useState<Draft>(() => ({
    title: '',
    deadline: '',
    graceDays: '7',
    areas: areas.map((a) => a.ags),
    categories: [],
    message: '',
    contactName: `Bildungskoordination ${districtName}`.trim(),
    contactEmail: '',
    contactPhone: '',
  }));
  const [problems, setProblems] = useState<Partial<Record<Field, string>>>({});
  const [busy, setBusy] = useState(false);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const toggle = <T extends string>(list: T[], value: T, on: boolean) =>
    on ? [...list.filter((v) => v !== value), value] : list.filter((v) => v !== value);

  const submit = async (event: Event) => {
    event.preventDefault();
    const found = check(draft);
    const messages = Object.fromEntries(Object.entries(found).map(([field, key]) => [field, s(key)]));
    setProblems(messages);
    const first = Object.keys(found)[0];
    if (first) {
      document.getElementById(`survey-${first}`)?.focus();
      return;
    }
    setBusy(true);
    try {
      const optional = (text: string) => (text.trim() ? text.trim() : null);
      const { startSurveyRound } = await requestGraphQL(StartSurveyRoundDocument, {
        input: {
          title: draft.title.trim(),
          deadline: parseGermanDate(draft.deadline)!,
          graceDays: Number(draft.graceDays),
          areas: draft.areas.map((ags) => ({ ags })),
          categories: draft.categories,
          message: optional(draft.message),
          contactName: draft.contactName.trim(),
          contactEmail: optional(draft.contactEmail),
          contactPhone: optional(draft.contactPhone),
        },
      });
      rememberLinks(startSurveyRound.round.id, startSurveyRound.links, false);
      await reloadSurveyRounds();
      change({ title: '', deadline: '', message: '' });
      onStarted(startSurveyRound.round.id);
    } catch (error) {
      setProblems({ form: refusalText(error, lang) });
    } finally {
      setBusy(false);
    }
  };

  const problem = (field: Field) =>
    problems[field] ? h('p', { className: 'field-error', id: `survey-${field}-error` }, problems[field]) : null;
  const described = (field: Field) => (problems[field] ? `survey-${field}-error` : null);
  const input = (
    field: 'title' | 'deadline' | 'graceDays' | 'contactName' | 'contactEmail' | 'contactPhone',
    label: string,
    extra: Record<string, unknown> = {},
  ) =>
    h(
      'div',
      { className: 'field' },
      h('label', { for: `survey-${field}` }, label),
      h('input', {
        id: `survey-${field}`,
        value: draft[field],
        'aria-invalid': problems[field as Field] ? 'true' : null,
        'aria-describedby': described(field as Field),
        oninput: (e: Event) => change({ [field]: (e.target as HTMLInputElement).value }),
        ...extra,
      }),
      problem(field as Field),
    );

  return h(
    'form',
    { id: 'survey-start', className: 'survey-start', onsubmit: (e: Event) => void submit(e), noValidate: true },
    h('h3', {}, s('start')),
    problems.form ? h('p', { className: 'notice error', role: 'alert', id: 'survey-form-error' }, problems.form) : null,
    h(
      'div',
      { className: 'survey-start-row' },
      input('title', s('roundTitle'), { maxlength: 200, required: true }),
      input('deadline', `${s('deadline')} (${s('deadlineHint')})`, {
        inputmode: 'numeric',
        placeholder: s('deadlineHint'),
        autocomplete: 'off',
        required: true,
      }),
      input('graceDays', s('graceDays'), { inputmode: 'numeric', maxlength: 2 }),
    ),
    h(
      'fieldset',
      { id: 'survey-areas', tabindex: -1, 'aria-describedby': described('areas') },
      h('legend', {}, s('areas')),
      h(
        'div',
        { className: 'choices' },
        areas.map((area) =>
          h(
            'label',
            { key: area.ags, className: 'choice' },
            h('input', {
              type: 'checkbox',
              name: 'area',
              value: area.ags,
              checked: draft.areas.includes(area.ags),
              onchange: (e: Event) =>
                change({ areas: toggle(draft.areas, area.ags, (e.target as HTMLInputElement).checked) }),
            }),
            ` ${area.name} `,
            h('span', { className: 'muted' }, `(${enumLabel(municipalityKindLabels, area.kind, lang)})`),
          ),
        ),
      ),
      problem('areas'),
    ),
    h(
      'fieldset',
      { id: 'survey-categories', tabindex: -1, 'aria-describedby': described('categories') },
      h('legend', {}, s('categories')),
      h(
        'div',
        { className: 'choices' },
        enumValues(offerCategoryLabels).map((category) =>
          h(
            'label',
            { key: category, className: 'choice' },
            h('input', {
              type: 'checkbox',
              name: 'category',
              value: category,
              checked: draft.categories.includes(category),
              onchange: (e: Event) =>
                change({
                  categories: toggle(draft.categories, category, (e.target as HTMLInputElement).checked),
                }),
            }),
            ` ${enumLabel(offerCategoryLabels, category, lang)}`,
          ),
        ),
      ),
      problem('categories'),
    ),
    h(
      'div',
      { className: 'field' },
      h('label', { for: 'survey-message' }, s('message')),
      h('textarea', {
        id: 'survey-message',
        rows: 3,
        maxlength: 4000,
        value: draft.message,
        oninput: (e: Event) => change({ message: (e.target as HTMLTextAreaElement).value }),
      }),
    ),
    h(
      'div',
      { className: 'survey-start-row' },
      input('contactName', s('contactName'), { maxlength: 200, required: true }),
      input('contactEmail', s('contactEmail'), { type: 'email', maxlength: 200 }),
      input('contactPhone', s('contactPhone'), { type: 'tel', maxlength: 60 }),
    ),
    h('button', { type: 'submit', id: 'survey-start-submit', className: 'primary', disabled: busy }, s('startButton')),
  );
}
