// Reports as documents, each as HTML (to read or print) and as PDF: the briefing for the providers' round and the
// needs analysis with recommendations of a district. What fails is answered by server/http/handle-http-errors.ts
// (Express 5 passes a rejected handler's error on), as a plain text page.
import { Router, type Request, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { rememberAnalysis, type RequestAnalyses } from '../cache/request-analyses.js';
import { BadUserInputError, quote } from '../errors.js';
import { loadBriefing } from '../reports/briefing/load-briefing.js';
import { renderBriefingHtml } from '../reports/briefing/render-briefing-html.js';
import { loadNeedsAnalysis } from '../reports/needs-analysis/load-needs-analysis.js';
import { renderNeedsAnalysisHtml } from '../reports/needs-analysis/render-needs-analysis-html.js';
import type { PdfPrinter } from '../reports/pdf-printer.js';
import { queryText } from './query-text.js';

export interface ReportRouteOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  printer: PdfPrinter; // the server's one Chromium (server/reports/pdf-printer.ts)
  analyses?: () => { analyses?: RequestAnalyses }; // one request's way to the analysis cache; none: no cache
}

function briefingOptions(query: Request['query']) {
  const district = queryText(query.district) ?? '';
  if (!/^\d{5}$/.test(district))
    throw new BadUserInputError(`district must be a 5-digit district key, got ${quote(district)}`);
  const network = queryText(query.network);
  return { districtAgs: district, networkId: network };
}

function needsAnalysisOptions(query: Request['query']) {
  const district = queryText(query.district) ?? '';
  if (!/^\d{5}$/.test(district))
    throw new BadUserInputError(`district must be a 5-digit district key, got ${quote(district)}`);
  const radius = query.radius === undefined ? undefined : Number(query.radius);
  return { districtAgs: district, radiusKm: radius };
}

/** A report as HTML with the name its PDF is saved under. */
interface RenderedReport {
  html: string;
  filename: string;
}

export function createReportRoutes(options: ReportRouteOptions): Router {
  const router = Router();
  const deps = { driver: options.driver, database: options.database };
  const noCache = (): { analyses?: RequestAnalyses } => ({});
  const analysesOf = options.analyses ?? noCache;

  // Each report is kept as HTML, and its PDF as bytes, per data version (server/cache/): the same district's
  // report is loaded and printed once until the next write. Both are the same for coordinator and analyst.
  const reports: Record<string, (query: Request['query']) => Promise<RenderedReport>> = {
    briefing: async (query) => {
      const briefing = await loadBriefing(deps, briefingOptions(query));
      return {
        html: renderBriefingHtml(briefing),
        filename: `vorlage-traegerrunde-${briefing.nextMeeting?.date ?? briefing.today}.pdf`,
      };
    },
    'needs-analysis': async (query) => {
      const analysis = await loadNeedsAnalysis(deps, needsAnalysisOptions(query));
      return {
        html: renderNeedsAnalysisHtml(analysis),
        filename: `bedarfsanalyse-${analysis.districtAgs}-${analysis.today}.pdf`,
      };
    },
  };
  const argsOf: Record<string, (query: Request['query']) => unknown> = {
    briefing: briefingOptions,
    'needs-analysis': needsAnalysisOptions,
  };

  for (const [name, render] of Object.entries(reports)) {
    const rendered = (req: Request, context: { analyses?: RequestAnalyses }, args: unknown) =>
      rememberAnalysis(context, `report:${name}`, args, () => render(req.query));
    router.get(`/${name}.html`, async (req: Request, res: Response) => {
      const args = argsOf[name]!(req.query);
      res.type('html').send((await rendered(req, analysesOf(), args)).html);
    });
    router.get(`/${name}.pdf`, async (req: Request, res: Response) => {
      const args = argsOf[name]!(req.query);
      const context = analysesOf();
      const report = await rendered(req, context, args);
      const pdf = await rememberAnalysis(context, `report:${name}.pdf`, args, () => options.printer.print(report.html));
      res.type('pdf').setHeader('content-disposition', `attachment; filename="${report.filename}"`).send(pdf);
    });
  }
  return router;
}
