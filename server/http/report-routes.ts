// Reports as documents, each as HTML (to read or print) and as PDF: the briefing for the providers' round and the
// needs analysis with recommendations of a district. What fails is answered by server/http/handle-http-errors.ts
// (Express 5 passes a rejected handler's error on), as a plain text page.
import { Router, type Request, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { BadUserInputError, quote } from '../errors.js';
import { loadBriefing } from '../reports/briefing/load-briefing.js';
import { renderBriefingHtml } from '../reports/briefing/render-briefing-html.js';
import { loadNeedsAnalysis } from '../reports/needs-analysis/load-needs-analysis.js';
import { renderNeedsAnalysisHtml } from '../reports/needs-analysis/render-needs-analysis-html.js';
import { renderPdf } from '../reports/render-pdf.js';
import { queryText } from './query-text.js';

export interface ReportRouteOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  chromiumPath: string; // headless Chromium for PDFs
}

function briefingOptions(req: Request) {
  const district = queryText(req.query.district) ?? '';
  if (!/^\d{5}$/.test(district))
    throw new BadUserInputError(`district must be a 5-digit district key, got ${quote(district)}`);
  const network = queryText(req.query.network);
  return { districtAgs: district, networkId: network };
}

function needsAnalysisOptions(req: Request) {
  const district = queryText(req.query.district) ?? '';
  if (!/^\d{5}$/.test(district))
    throw new BadUserInputError(`district must be a 5-digit district key, got ${quote(district)}`);
  const radius = req.query.radius === undefined ? undefined : Number(req.query.radius);
  return { districtAgs: district, radiusKm: radius };
}

export function createReportRoutes(options: ReportRouteOptions): Router {
  const router = Router();
  const deps = { driver: options.driver, database: options.database };
  router.get('/briefing.html', async (req: Request, res: Response) => {
    res.type('html').send(renderBriefingHtml(await loadBriefing(deps, briefingOptions(req))));
  });
  router.get('/briefing.pdf', async (req: Request, res: Response) => {
    const briefing = await loadBriefing(deps, briefingOptions(req));
    const pdf = await renderPdf(renderBriefingHtml(briefing), { chromiumPath: options.chromiumPath });
    res
      .type('pdf')
      .setHeader(
        'content-disposition',
        `attachment; filename="vorlage-traegerrunde-${briefing.nextMeeting?.date ?? briefing.today}.pdf"`,
      )
      .send(pdf);
  });
  router.get('/needs-analysis.html', async (req: Request, res: Response) => {
    res.type('html').send(renderNeedsAnalysisHtml(await loadNeedsAnalysis(deps, needsAnalysisOptions(req))));
  });
  router.get('/needs-analysis.pdf', async (req: Request, res: Response) => {
    const analysis = await loadNeedsAnalysis(deps, needsAnalysisOptions(req));
    const pdf = await renderPdf(renderNeedsAnalysisHtml(analysis), { chromiumPath: options.chromiumPath });
    res
      .type('pdf')
      .setHeader(
        'content-disposition',
        `attachment; filename="bedarfsanalyse-${analysis.districtAgs}-${analysis.today}.pdf"`,
      )
      .send(pdf);
  });
  return router;
}
