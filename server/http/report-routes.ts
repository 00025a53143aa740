// Reports as documents, each as HTML (to read or print) and as PDF: the briefing for the providers' round and the
// needs analysis with recommendations of a district.
import { Router, type Request, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { AppError, BadUserInputError, httpStatusOf, quote } from '../errors.js';
import type { Logger } from '../logger.js';
import { loadBriefing } from '../reports/briefing/load-briefing.js';
import { renderBriefingHtml } from '../reports/briefing/render-briefing-html.js';
import { loadNeedsAnalysis } from '../reports/needs-analysis/load-needs-analysis.js';
import { renderNeedsAnalysisHtml } from '../reports/needs-analysis/render-needs-analysis-html.js';
import { renderPdf } from '../reports/render-pdf.js';

export interface ReportRouteOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  chromiumPath: string; // headless Chromium for PDFs
  log: Logger;
}

function briefingOptions(req: Request) {
  const district = String(req.query.district ?? '');
  if (!/^\d{5}$/.test(district))
    throw new BadUserInputError(`district must be a 5-digit district key, got ${quote(district)}`);
  const network = req.query.network === undefined ? undefined : String(req.query.network);
  return { districtAgs: district, networkId: network };
}

function needsAnalysisOptions(req: Request) {
  const district = String(req.query.district ?? '');
  if (!/^\d{5}$/.test(district))
    throw new BadUserInputError(`district must be a 5-digit district key, got ${quote(district)}`);
  const radius = req.query.radius === undefined ? undefined : Number(req.query.radius);
  return { districtAgs: district, radiusKm: radius };
}

export function createReportRoutes(options: ReportRouteOptions): Router {
  const router = Router();
  const deps = { driver: options.driver, database: options.database };
  const handle = (render: (req: Request, res: Response) => Promise<void>) => async (req: Request, res: Response) => {
    try {
      await render(req, res);
    } catch (error) {
      if (error instanceof AppError) {
        res.status(httpStatusOf[error.code]).type('text').send(error.message);
      } else {
        options.log.error({ err: error }, 'report failed');
        res.status(500).type('text').send('The report could not be made; see the server log.');
      }
    }
  };
  router.get(
    '/briefing.html',
    handle(async (req, res) => {
      res.type('html').send(renderBriefingHtml(await loadBriefing(deps, briefingOptions(req))));
    }),
  );
  router.get(
    '/briefing.pdf',
    handle(async (req, res) => {
      const briefing = await loadBriefing(deps, briefingOptions(req));
      const pdf = await renderPdf(renderBriefingHtml(briefing), { chromiumPath: options.chromiumPath });
      res
        .type('pdf')
        .setHeader(
          'content-disposition',
          `attachment; filename="vorlage-traegerrunde-${briefing.nextMeeting?.date ?? briefing.today}.pdf"`,
        )
        .send(pdf);
    }),
  );
  router.get(
    '/needs-analysis.html',
    handle(async (req, res) => {
      res.type('html').send(renderNeedsAnalysisHtml(await loadNeedsAnalysis(deps, needsAnalysisOptions(req))));
    }),
  );
  router.get(
    '/needs-analysis.pdf',
    handle(async (req, res) => {
      const analysis = await loadNeedsAnalysis(deps, needsAnalysisOptions(req));
      const pdf = await renderPdf(renderNeedsAnalysisHtml(analysis), { chromiumPath: options.chromiumPath });
      res
        .type('pdf')
        .setHeader(
          'content-disposition',
          `attachment; filename="bedarfsanalyse-${analysis.districtAgs}-${analysis.today}.pdf"`,
        )
        .send(pdf);
    }),
  );
  return router;
}
