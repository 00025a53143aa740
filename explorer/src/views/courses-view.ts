// The courses view: a timeline of the integration and job language courses over the coming months, one row
// per provider or area, each course a bar from its start to its end coloured by its fill rate; courses below
// their minimum group size are hatched and outlined in red. Plain SVG: a district has tens of courses.
import { onReportClick } from '../api/download-report';
import type { AppContext, CalendarCourse } from '../state/app-context';
import { areaMembers } from '../data/district-model';
import { courseSpan, fillClass, filterCalendar, toTimelineGroups } from '../data/timeline-rows';
import { cannotStartColour, fillColours, selectColour } from '../graph/palette';
import { courseTypeLabels, enumLabel, offerCategoryLabels, offerStatusLabels } from '../i18n/enum-labels';
import { useEffect, useLayoutEffect, useState } from 'preact/hooks';
import { formatDate, formatNumber, h, svg, type Child } from '../ui/dom';
import { useReadyMark } from '../ui/ready-mark';
import { ProviderRound } from './provider-round-section';
import { addMonths, startOfMonth } from '../../../shared/calendar';
import { pendingNotice } from '../ui/error-notice';
import { ExplainFigure } from '../ui/explain-figure';
import { countIn, missingToMinimum } from '../i18n/count-in';
import { explainCourseStarts } from '../i18n/explanations';

const labelWidth = 210;
const laneHeight = 22;
const groupGap = 10;
const axisHeight = 34;

const dayNumber = (date: string) => Date.parse(`${date}T00:00:00Z`) / 86_400_000;

/** The period the timeline shows: today to today + the horizon. */
export function timelinePeriod(ctx: AppContext): { from: string; to: string } {
  return { from: ctx.today, to: addMonths(ctx.today, ctx.state.horizon) };
}

export function visibleCourses(ctx: AppContext, all: readonly CalendarCourse[]): CalendarCourse[] {
  return filterCalendar(all, { ...ctx.state, inArea: areaMembers(ctx.model, ctx.state.area) });
}

/** The briefing for the monthly round of providers, for the district shown (server/reports/briefing). */
export function briefingUrl(districtAgs: string, format: 'html' | 'pdf'): string {
  return new URL(
    `../reports/briefing.${format}?district=${encodeURIComponent(districtAgs)}`,
    new URL(import.meta.env.BASE_URL, window.location.origin),
  ).toString();
}

/** The page's width: the timeline is drawn to it, and again when the window changes size. */
function usePageWidth(): number {
  const measure = () => document.getElementById('page')?.clientWidth ?? 0;
  const [width, setWidth] = useState(measure);
  // Drawn with the page at its first render, the page may not be in the document yet: measured again once it is.
  useLayoutEffect(() => setWidth(measure()), []);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const onResize = () => {
      clearTimeout(timer);
      timer = setTimeout(() => setWidth(measure()), 150);
    };
    window.addEventListener('resize', onResize);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('resize', onResize);
    };
  }, []);
  return width;
}

export function CoursesView({ ctx }: { ctx: AppContext }): Child {
  const width = usePageWidth();
  useReadyMark('courses', width > 0 && ctx.calendar().status !== 'loading');
  return renderCoursesView(ctx, width);
}

function renderCoursesView(ctx: AppContext, width: number): Child {
  const { t, lang, state } = ctx;
  const calendar = ctx.calendar();
  const period = timelinePeriod(ctx);
  const segmented = h(
    'div',
    { className: 'segmented', role: 'group', 'aria-label': t('rowsBy') },
    (['provider', 'area'] as const).map((by) =>
      h(
        'button',
        {
          type: 'button',
          id: `tl-by-${by}`,
          'aria-pressed': String(state.groupBy === by),
          onclick: () => ctx.set({ groupBy: by }),
        },
        t(by === 'provider' ? 'byProvider' : 'byArea'),
      ),
    ),
  );
  const horizon = h(
    'label',
    { className: 'inline-field' },
    `${t('horizon')} `,
    h(
      'select',
      {
        id: 'tl-months',
        onchange: (event: Event) => ctx.set({ horizon: Number((event.target as HTMLSelectElement).value) }),
      },
      [3, 6, 9, 12, 18, 24].map((m) => h('option', { value: m, selected: m === state.horizon }, `${m} ${t('months')}`)),
    ),
  );
  const briefing = h(
    'span',
    { className: 'briefing-links' },
    `${t('briefing')}: `,
    h('a', { id: 'briefing-html', href: briefingUrl(ctx.model.districtAgs, 'html'), onclick: onReportClick }, 'HTML'),
    ' · ',
    h(
      'a',
      {
        id: 'briefing-pdf',
        href: briefingUrl(ctx.model.districtAgs, 'pdf'),
        download: `vorlage-traegerrunde-${ctx.model.districtAgs}.pdf`,
        onclick: onReportClick,
      },
      'PDF',
    ),
  );
  const head = (summary: Child) =>
    h(
      'div',
      { className: 'timeline-head' },
      h(
        'h2',
        {},
        `${t('timelineTitle')} `,
        h('span', { className: 'muted' }, `${formatDate(period.from, lang)} – ${formatDate(period.to, lang)}`),
      ),
      h('div', { className: 'timeline-controls' }, segmented, horizon, briefing),
      summary,
    );
  if (calendar.status !== 'ready')
    return h('div', { className: 'page-inner' }, head(null), pendingNotice(calendar, ctx.lang));
  const courses = visibleCourses(ctx, calendar.value);
  const cannot = courses.filter((c) => !c.canStart).length;
  const summary = h(
    'p',
    { className: 'timeline-summary', 'data-testid': 'timeline-summary' },
    countIn(lang, courses.length, 'course'),
    cannot > 0
      ? [
          ' · ',
          h('strong', { className: 'cannot-start-text' }, `${formatNumber(cannot, lang)} ${t('cannotStartCount')}`),
        ]
      : null,
    h('span', { className: 'muted' }, ` · ${t('timelineHint')}`),
    h(ExplainFigure, {
      lang,
      name: 'courses-start',
      figure: t('cannotStartCount'),
      explanation: explainCourseStarts(
        { courses: courses.length, cannotStart: cannot, horizonMonths: state.horizon },
        lang,
      ),
    }),
  );
  return h(
    'div',
    { className: 'page-inner' },
    head(summary),
    courses.length === 0
      ? h('p', { className: 'muted', 'data-testid': 'timeline-empty' }, t('noCourses'))
      : drawTimeline(ctx, courses, period, Math.max(640, width - 40)),
    h(ProviderRound, { ctx }),
  );
}

function drawTimeline(
  ctx: AppContext,
  courses: CalendarCourse[],
  period: { from: string; to: string },
  width: number,
): Child {
  const { t, lang, state } = ctx;
  const groups = toTimelineGroups(courses, (ags) => ctx.model.municipalities.get(ags)?.name, state.groupBy, lang);
  const first = dayNumber(period.from);
  const last = dayNumber(period.to);
  const chartWidth = width - labelWidth - 8;
  const x = (day: number) =>
    labelWidth + ((Math.min(Math.max(day, first), last) - first) / (last - first)) * chartWidth;
  const height = axisHeight + groups.reduce((sum, g) => sum + g.lanes.length * laneHeight + groupGap, 0) + 4;
  const ticks: Child[] = [];
  // One gridline and label per month start.
  for (let month = addMonths(startOfMonth(period.from), 1); dayNumber(month) <= last; month = addMonths(month, 1)) {
    const at = x(dayNumber(month));
    const name = new Date(`${month}T12:00:00Z`).toLocaleDateString(lang === 'de' ? 'de-DE' : 'en-GB', {
      month: 'short',
      year: '2-digit',
    });
    ticks.push(
      svg('line', { x1: at, x2: at, y1: axisHeight - 8, y2: height, className: 'grid' }),
      svg('text', { x: at + 3, y: axisHeight - 12, className: 'tick' }, name),
    );
  }
  let y = axisHeight;
  const rows: Child[] = [];
  for (const group of groups) {
    const groupHeight = group.lanes.length * laneHeight;
    rows.push(
      svg(
        'g',
        { className: 'tl-group', 'data-key': group.key },
        svg('rect', { x: 0, y: y - 2, width, height: groupHeight + 4, className: 'group-band' }),
        svg('text', { x: 6, y: y + 15, className: 'group-label' }, clip(group.name, 27), svg('title', {}, group.name)),
        group.lanes.length > 1
          ? svg(
              'text',
              { x: 6, y: y + 31, className: 'group-count' },
              `${countIn(lang, group.courses, 'course')}${group.cannotStart ? `, ${group.cannotStart} ⚠` : ''}`,
            )
          : null,
        group.lanes.map((lane, i) => lane.map((course) => courseBar(ctx, course, x, y + i * laneHeight + 2))),
      ),
    );
    y += groupHeight + groupGap;
  }
  const today = x(dayNumber(ctx.today));
  return svg(
    'svg',
    {
      className: 'timeline',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'group',
      'aria-label': t('timelineTitle'),
      'data-testid': 'timeline',
    },
    svg(
      'defs',
      {},
      svg(
        'pattern',
        {
          id: 'cannot-start-hatch',
          width: 6,
          height: 6,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        svg('rect', { width: 6, height: 6, fill: '#ffffff', 'fill-opacity': 0 }),
        svg('line', {
          x1: 0,
          y1: 0,
          x2: 0,
          y2: 6,
          stroke: cannotStartColour,
          'stroke-width': 2,
          'stroke-opacity': 0.55,
        }),
      ),
    ),
    ticks,
    rows,
    svg('line', { x1: today, x2: today, y1: axisHeight - 8, y2: height, className: 'today' }),
    svg('text', { x: today + 3, y: axisHeight - 26, className: 'today-label' }, t('today')),
  );
}

const clip = (text: string, length: number) => (text.length > length ? `${text.slice(0, length - 1)}…` : text);

function courseBar(ctx: AppContext, course: CalendarCourse, x: (day: number) => number, top: number): Child {
  const { t, lang, state } = ctx;
  const [start, end] = courseSpan(course);
  const left = x(start);
  const barWidth = Math.max(8, x(end + 1) - left);
  const fill = fillClass(course.fillRate);
  const selected = state.selected === `o:${course.id}`;
  const dark = fill === 'lt75' || fill === 'lt100' || fill === 'full';
  const percent =
    course.fillRate === null || course.fillRate === undefined ? '' : ` ${formatNumber(course.fillRate * 100, lang)} %`;
  const label = `${course.canStart ? '' : '⚠ '}${course.title}${percent ? ` ·${percent}` : ''}`;
  const tooltip = [
    course.title,
    `${course.providerName ?? '–'}, ${course.venueName ?? '–'}`,
    `${enumLabel(offerCategoryLabels, course.category, lang)}${course.courseType ? `, ${enumLabel(courseTypeLabels, course.courseType, lang)}` : ''} · ${enumLabel(offerStatusLabels, course.status, lang)}`,
    `${formatDate(course.startDate, lang)} – ${formatDate(course.endDate, lang)}`,
    `${t('registrations')}: ${formatNumber(course.registrations, lang)} / ${formatNumber(course.capacity, lang)}${percent ? ` (${percent.trim()})` : ''} · ${t('minGroupSize')}: ${course.minGroupSize}`,
    course.canStart ? t('canStart') : `${t('cannotStart')} (${missingToMinimum(course.placesToMinimum, lang)})`,
  ].join('\n');
  const select = () => ctx.set({ selected: `o:${course.id}` });
  // The bar is the button, named by its aria-label; the clipped name drawn on it lies beside the button, not in
  // it, so that the button's text never contradicts its name (WCAG 2.5.3, axe label-content-name-mismatch).
  const bar = svg(
    'g',
    {
      className: `course-bar fill-${fill}${course.canStart ? '' : ' cannot-start'}${selected ? ' selected' : ''}`,
      'data-id': course.id,
      role: 'button',
      tabindex: 0,
      'aria-label': label,
      'aria-pressed': String(selected),
      onclick: select,
      onkeydown: (event: Event) => {
        if ((event as KeyboardEvent).key === 'Enter' || (event as KeyboardEvent).key === ' ') {
          event.preventDefault();
          select();
        }
      },
    },
    svg('title', {}, tooltip),
    svg('rect', {
      x: left,
      y: top,
      width: barWidth,
      height: laneHeight - 5,
      rx: 3,
      fill: fillColours[fill],
      stroke: selected ? selectColour : course.canStart ? 'rgba(15,23,42,0.25)' : cannotStartColour,
      'stroke-width': selected ? 3 : course.canStart ? 1 : 2,
      'stroke-dasharray': course.canStart || selected ? null : '4 2',
    }),
    course.canStart
      ? null
      : svg('rect', {
          x: left,
          y: top,
          width: barWidth,
          height: laneHeight - 5,
          rx: 3,
          fill: 'url(#cannot-start-hatch)',
          'pointer-events': 'none',
        }),
    // The start is what the round plans: a tick marks it even when the bar runs on for months.
    svg('rect', {
      x: left,
      y: top,
      width: 3,
      height: laneHeight - 5,
      fill: course.canStart ? '#0f172a' : cannotStartColour,
      'pointer-events': 'none',
    }),
  );
  return svg(
    'g',
    { key: course.id },
    bar,
    barWidth > 40
      ? svg(
          'text',
          {
            x: left + 7,
            y: top + 12.5,
            className: `bar-label${dark && course.canStart ? ' on-dark' : ''}`,
            'pointer-events': 'none',
            'aria-hidden': 'true', // the bar's aria-label says it in full
          },
          clip(label, Math.floor((barWidth - 10) / 6.2)),
        )
      : null,
  );
}
