// /surveys: the documents of a Bedarfsabfrage round. The status per area as CSV or XLSX (staff), and the printable
// letters with each area's link and QR code, as HTML or PDF (the coordinator): the tokens are shown only when links
// are issued, so the letters are made from the links the coordinator sends (POST), each checked against the round.
import express, { Router, type Request, type Response } from 'express';
import type { Driver } from 'neo4j-driver';
import { coordinatorOnly, requireRole } from '../auth/roles.js';
import type { Authentication } from '../auth/authenticate-request.js';
import { BadUserInputError, NotFoundError, quote } from '../errors.js';
import { renderPdf } from '../reports/render-pdf.js';
import { resolveSurveyLink } from '../surveys/survey-answers.js';
import { renderSurveyLetters } from '../surveys/render-survey-letter.js';
import { findSurveyRound, surveyFormUrl } from '../surveys/survey-rounds.js';
import { surveyStatusCsv, surveyStatusXlsx } from '../surveys/survey-status-table.js';

export interface SurveyRouteOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  chromiumPath: string; // headless Chromium for PDFs
}

export function createSurveyRoutes(options: SurveyRouteOptions): Router {
  const router = Router();
  const deps = { driver: options.driver, database: options.database };

  const roundOf = async (id: string) => {
    const round = await findSurveyRound(deps, id);
    if (!round) throw new NotFoundError(`There is no survey round with id ${quote(id)}`);
    return round;
  };

  router.get('/rounds/:id/status.csv', async (req: Request, res: Response) => {
    const round = await roundOf(String(req.params.id));
    res
      .type('text/csv; charset=utf-8')
      .setHeader('content-disposition', `attachment; filename="abfrage-stand-${round.deadline}.csv"`)
      .send(surveyStatusCsv(round));
  });
  router.get('/rounds/:id/status.xlsx', async (req: Request, res: Response) => {
    const round = await roundOf(String(req.params.id));
    res
      .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
      .setHeader('content-disposition', `attachment; filename="abfrage-stand-${round.deadline}.xlsx"`)
      .send(await surveyStatusXlsx(round));
  });

  /** The letters' HTML from { roundId, tokens: [...] }: each token must be a working link of that round. */
  const letters = async (req: Request): Promise<{ html: string; name: string }> => {
    requireRole((req.res!.locals.auth as Authentication).viewer, coordinatorOnly, `${req.baseUrl}${req.path}`);
    const body = (req.body ?? {}) as { roundId?: unknown; tokens?: unknown };
    if (typeof body.roundId !== 'string') throw new BadUserInputError('roundId must be the id of a survey round');
    if (!Array.isArray(body.tokens) || body.tokens.length === 0 || body.tokens.length > 500)
      throw new BadUserInputError('tokens must be a list of 1 to 500 links of the round (as issued)');
    const round = await roundOf(body.roundId);
    const origin = `${req.protocol}://${req.get('host') ?? 'localhost'}`;
    const session = options.driver.session({ database: options.database });
    const found = [];
    try {
      for (const [index, token] of (body.tokens as unknown[]).entries()) {
        const context = await session.executeRead((tx) => resolveSurveyLink(tx, token));
        if (context.roundId !== round.id)
          throw new BadUserInputError(`tokens[${index}] is a link of another round`, { field: `tokens[${index}]` });
        found.push({ areaName: context.areaName, url: surveyFormUrl(origin, token as string) });
      }
    } finally {
      await session.close();
    }
    return { html: await renderSurveyLetters(round, found), name: `anschreiben-${round.deadline}` };
  };

  router.post('/letters.html', express.json({ limit: '100kb' }), async (req: Request, res: Response) => {
    const { html } = await letters(req);
    res.setHeader('Cache-Control', 'no-store').type('html').send(html);
  });
  router.post('/letters.pdf', express.json({ limit: '100kb' }), async (req: Request, res: Response) => {
    const { html, name } = await letters(req);
    const pdf = await renderPdf(html, { chromiumPath: options.chromiumPath });
    res
      .setHeader('Cache-Control', 'no-store')
      .type('pdf')
      .setHeader('content-disposition', `attachment; filename="${name}.pdf"`)
      .send(pdf);
  });
  return router;
}
