// The export menu's entries for the view shown: the table views as CSV (German Excel) and XLSX with the rows they
// show, the network and the map as a PNG with title, legend, date, filters and source. Files are named by
// file-name.ts ("Angebote_Landkreis-Nienburg-Weser_2026-12-05.xlsx"). A view without an entry here (the editing
// and history views other work adds) gets no menu.
import type { Core } from 'cytoscape';
import type { AppContext } from '../state/app-context';
import { enumLabel, offerCategoryLabels } from '../i18n/enum-labels';
import { gapCategory } from '../state/view-state';
import { shownActorRows } from '../views/actors-view';
import { visibleCourses } from '../views/courses-view';
import { exportMonitoringCsv } from '../views/monitoring-view';
import { shownOffers } from '../views/offers-view';
import { visibleRecommendations } from '../views/recommendations-view';
import { exportShownSurveyStatus } from '../views/surveys-view';
import { composePicture } from '../export/canvas-png';
import { download } from '../export/download';
import type { ExportTable } from '../export/export-table';
import type { ExportItem } from '../export/export-menu';
import { exportFileName } from '../export/file-name';
import { pictureTexts } from '../export/picture-texts';
import { exportWords, tableItems } from '../export/table-items';
import { actorsTable, coursesTable, offersTable, recommendationsTable } from '../views/view-tables';

function pictureItem(ctx: AppContext, view: 'network' | 'map', cy: () => Core | undefined): ExportItem {
  return {
    id: 'export-png',
    label: exportWords.png[ctx.lang === 'de' ? 0 : 1],
    run: async () => {
      const core = cy();
      if (!core) return;
      const texts = pictureTexts(ctx, view);
      const layers =
        view === 'map'
          ? {
              under: document.querySelector<SVGSVGElement>('#map-canvas svg.map-outlines'),
              over: document.querySelector<SVGSVGElement>('#map-labels'),
            }
          : {};
      const blob = await composePicture(core, texts, layers);
      const what =
        view === 'network'
          ? [ctx.t('viewNetwork')]
          : [ctx.t('viewMap'), enumLabel(offerCategoryLabels, gapCategory(ctx.peek()), ctx.lang)];
      download(blob, exportFileName(ctx, what, 'png'));
    },
  };
}

/** The entries of the header's export menu for the view shown. */
export function viewExportItems(ctx: AppContext, canvases: { network?: Core; map?: Core }): ExportItem[] {
  const view = ctx.state.view;
  const table = (build: () => ExportTable | undefined, name: string) => tableItems(ctx, 'export', build, () => [name]);
  switch (view) {
    case 'network':
      return [pictureItem(ctx, 'network', () => canvases.network)];
    case 'map':
      return [pictureItem(ctx, 'map', () => canvases.map)];
    case 'offers':
      return table(() => offersTable(ctx, shownOffers(ctx)), ctx.t('viewOffers'));
    case 'actors':
      return table(() => actorsTable(ctx, shownActorRows(ctx)), ctx.t('viewActors'));
    case 'courses':
      return table(() => {
        const calendar = ctx.calendar();
        return calendar.status === 'ready' ? coursesTable(ctx, visibleCourses(ctx, calendar.value)) : undefined;
      }, ctx.t('viewCourses'));
    case 'recommendations':
      return table(() => {
        const recs = ctx.recommendations();
        return recs.status === 'ready' ? recommendationsTable(ctx, visibleRecommendations(ctx, recs.value)) : undefined;
      }, ctx.t('viewRecommendations'));
    case 'monitoring':
      return [
        { id: 'export-csv', label: exportWords.csv[ctx.lang === 'de' ? 0 : 1], run: () => exportMonitoringCsv(ctx) },
      ];
    case 'surveys': {
      const words = (pair: readonly [string, string]) => pair[ctx.lang === 'de' ? 0 : 1];
      return [
        { id: 'export-csv', label: words(exportWords.csv), run: () => exportShownSurveyStatus(ctx, 'csv') },
        { id: 'export-xlsx', label: words(exportWords.xlsx), run: () => exportShownSurveyStatus(ctx, 'xlsx') },
      ];
    }
    default:
      return [];
  }
}
