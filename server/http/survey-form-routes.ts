// /abfrage/<token>: the municipality's form (GET shows it, POST saves a draft or submits), rendered on the server in
// German. The token is the permission (server/surveys/survey-answers.ts); a link that does not work gets a German page
// that says whom to ask. Rate limited per address, and unknown tokens count as failed logins (limit-auth-failures.ts),
// so that guessing is cut off long before it could matter. The token is in the address: pages send no referrer and
// are not cached or indexed.
import express, { Router, type Request, type Response } from 'express';
import { ipKeyGenerator, rateLimit } from 'express-rate-limit';
import type { Driver } from 'neo4j-driver';
import type { Limits } from '../config.js';
import { AppError } from '../errors.js';
import {
  loadSurveyForm,
  saveSurveyAnswer,
  scopeOf,
  SurveyLinkRefusal,
  type SurveyLinkContext,
} from '../surveys/survey-answers.js';
import {
  emptyOffer,
  needFieldId,
  noteFieldId,
  offerFieldId,
  renderSurveyForm,
  renderSurveyRateLimited,
  renderSurveyRefusal,
  type SurveyFormValues,
  type SurveyOfferValues,
} from '../surveys/render-survey-form.js';
import type { StoredNeedItem, SurveyAnswerModel } from '../surveys/survey-store.js';
import {
  checkSurveyAnswer,
  type SurveyNeedInput,
  type SurveyOfferInput,
  type SurveyProblem,
} from '../validation/survey-rules.js';
import type { AuthFailureLimit } from './limit-auth-failures.js';

export interface SurveyFormRouteOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
  limits: Pick<Limits, 'rateLimitWindowMs' | 'rateLimitMax'>;
  authFailures: AuthFailureLimit; // unknown tokens count as failed logins of the address
}

const formBodyLimit = '200kb'; // a full form is about 20 kB

function secure(res: Response): Response {
  return res
    .setHeader('Referrer-Policy', 'no-referrer')
    .setHeader('Cache-Control', 'no-store')
    .setHeader('X-Robots-Tag', 'noindex')
    .setHeader('X-Frame-Options', 'DENY')
    .setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'");
}

/** The form's fields as the answer holds them, or (no answer yet) the figures accepted last time. */
function valuesOf(context: SurveyLinkContext, currentNeeds: StoredNeedItem[]): SurveyFormValues {
  const answer: Pick<SurveyAnswerModel, 'needs' | 'offers' | 'freeText'> = context.answer ?? {
    needs: currentNeeds,
    offers: [],
    freeText: null,
  };
  const needs: Record<string, string> = {};
  const notes: Record<string, string> = {};
  for (const item of answer.needs) {
    if (item.municipalityAgs !== context.areaAgs || item.targetGroup === null) continue;
    needs[`${item.category}.${item.targetGroup}`] = String(item.persons);
    if (item.note && !notes[item.category]) notes[item.category] = item.note;
  }
  const offers: SurveyOfferValues[] = answer.offers.map((item) => ({
    initiativeName: item.initiativeName,
    offerTitle: item.offerTitle,
    contactRole: item.contactRole ?? '',
    category: item.category,
    targetGroups: item.targetGroups,
    schedule: item.schedule ?? '',
    place: item.place ?? '',
    municipalityAgs: item.municipalityAgs,
    languages: item.languages.join(', '),
    freePlaces: item.freePlaces === null ? '' : String(item.freePlaces),
  }));
  return { needs, notes, offers: [...offers, emptyOffer(context.areaAgs)], freeText: answer.freeText ?? '' };
}

/** One field's text (a repeated field gives its first value). */
const one = (value: unknown): string => {
  const first: unknown = Array.isArray(value) ? value[0] : value;
  return typeof first === 'string' ? first : '';
};

/** A number as typed: whole numbers become numbers, anything else stays text for the check to quote. */
function numberOf(text: string): unknown {
  const trimmed = text.trim();
  return /^-?\d{1,9}$/.test(trimmed) ? Number(trimmed) : trimmed;
}

interface ParsedForm {
  values: SurveyFormValues;
  needs: SurveyNeedInput[];
  offers: SurveyOfferInput[];
  freeText: string;
  fieldOf: (problem: SurveyProblem) => string; // the input a problem stands at
}

function parseForm(body: Record<string, unknown>, context: SurveyLinkContext): ParsedForm {
  const values: SurveyFormValues = { needs: {}, notes: {}, offers: [], freeText: one(body.freeText) };
  const needs: SurveyNeedInput[] = [];
  const needFields: string[] = [];
  const noteOf = new Map<string, string>();
  for (const [key, raw] of Object.entries(body)) {
    const note = /^note\.([A-Z_]{1,40})$/.exec(key);
    if (note) {
      values.notes[note[1]!] = one(raw);
      noteOf.set(note[1]!, one(raw));
    }
  }
  for (const [key, raw] of Object.entries(body)) {
    const match = /^need\.([A-Z_]{1,40})\.([A-Z_]{1,40})$/.exec(key);
    if (!match) continue;
    const [, category, group] = match as unknown as [string, string, string];
    const text = one(raw);
    values.needs[`${category}.${group}`] = text;
    if (text.trim() === '') continue;
    const note = noteOf.get(category)?.trim();
    needs.push({ category, targetGroup: group, persons: numberOf(text), note: note === '' ? undefined : note });
    needFields.push(needFieldId(category, group));
  }
  const offerFields: number[] = [];
  const offers: SurveyOfferInput[] = [];
  for (let index = 0; index < 100; index += 1) {
    const field = (name: string) => body[`offer.${index}.${name}`];
    if (field('initiativeName') === undefined && field('offerTitle') === undefined) break;
    const groups = field('targetGroups');
    const offer: SurveyOfferValues = {
      initiativeName: one(field('initiativeName')),
      offerTitle: one(field('offerTitle')),
      contactRole: one(field('contactRole')),
      category: one(field('category')),
      targetGroups: (Array.isArray(groups) ? groups : groups === undefined ? [] : [groups]).map(String),
      schedule: one(field('schedule')),
      place: one(field('place')),
      municipalityAgs: field('municipalityAgs') === undefined ? context.areaAgs : one(field('municipalityAgs')),
      languages: one(field('languages')),
      freePlaces: one(field('freePlaces')),
    };
    values.offers.push(offer);
    const filled =
      [
        offer.initiativeName,
        offer.offerTitle,
        offer.contactRole,
        offer.schedule,
        offer.place,
        offer.languages,
        offer.freePlaces,
      ].some((text) => text.trim() !== '') || offer.category !== '';
    if (!filled) continue;
    const optionalText = (text: string) => (text.trim() === '' ? undefined : text);
    offers.push({
      initiativeName: offer.initiativeName,
      offerTitle: offer.offerTitle,
      contactRole: optionalText(offer.contactRole),
      category: offer.category === '' ? undefined : offer.category,
      targetGroups: offer.targetGroups,
      schedule: optionalText(offer.schedule),
      place: optionalText(offer.place),
      municipalityAgs: offer.municipalityAgs,
      languages: offer.languages.trim() === '' ? undefined : offer.languages.split(/[\s,;]+/).filter(Boolean),
      freePlaces: offer.freePlaces.trim() === '' ? undefined : numberOf(offer.freePlaces),
    });
    offerFields.push(index);
  }
  if (values.offers.length === 0 || values.offers.every((offer) => offer.initiativeName.trim() !== ''))
    values.offers.push(emptyOffer(context.areaAgs));
  const fieldOf = (problem: SurveyProblem): string => {
    const need = /^needs\[(\d+)\](?:\.(\w+))?/.exec(problem.field);
    if (need) {
      const item = needs[Number(need[1])]!;
      return need[2] === 'note' ? noteFieldId(item.category as string) : needFields[Number(need[1])]!;
    }
    const offer = /^offers\[(\d+)\]\.(\w+)/.exec(problem.field);
    if (offer) return offerFieldId(offerFields[Number(offer[1])]!, offer[2]!);
    return 'freeText';
  };
  return { values, needs, offers, freeText: values.freeText, fieldOf };
}

/** German messages by field for the form (the first problem of a field). */
function messagesOf(problems: SurveyProblem[], fieldOf: (problem: SurveyProblem) => string): Map<string, string> {
  const messages = new Map<string, string>();
  for (const problem of problems) {
    const id = fieldOf(problem);
    if (!messages.has(id)) messages.set(id, problem.messageDe);
  }
  return messages;
}

const notices: Record<string, string> = {
  gespeichert: 'Ihr Entwurf ist gespeichert. Sie können jederzeit über denselben Link weitermachen.',
  abgesendet:
    'Vielen Dank! Ihre Angaben sind abgesendet. Die Bildungskoordination prüft sie und meldet sich bei Rückfragen.',
};

export function createSurveyFormRoutes(options: SurveyFormRouteOptions): Router {
  const router = Router();
  const deps = { driver: options.driver, database: options.database };
  router.use(
    rateLimit({
      windowMs: options.limits.rateLimitWindowMs,
      limit: options.limits.rateLimitMax,
      standardHeaders: 'draft-8',
      legacyHeaders: false,
      keyGenerator: (req) => `survey:${ipKeyGenerator(req.ip ?? 'unknown')}`,
      handler: (_req, res, _next, limit) => {
        const seconds = Number(res.getHeader('Retry-After') ?? Math.ceil(options.limits.rateLimitWindowMs / 1000));
        secure(res).status(limit.statusCode).type('html').send(renderSurveyRateLimited(seconds));
      },
    }),
  );

  /** The German page of a refused link; unknown tokens count against the address. */
  const refuse = async (req: Request, res: Response, error: unknown): Promise<void> => {
    if (!(error instanceof SurveyLinkRefusal)) throw error;
    if (error.reason === 'LINK_UNKNOWN') await options.authFailures.record(req);
    const status = error.reason === 'LINK_UNKNOWN' ? 404 : error.reason === 'ANSWER_LOCKED' ? 409 : 410;
    secure(res)
      .status(status)
      .type('html')
      .send(renderSurveyRefusal(error.reason, error.contact, error.detail));
  };

  const overLimit = async (req: Request, res: Response): Promise<boolean> => {
    const refusal = await options.authFailures.check(req);
    if (!refusal) return false;
    const seconds = Number((refusal.extensions as { retryAfterSeconds?: unknown }).retryAfterSeconds ?? 60);
    secure(res)
      .status(429)
      .setHeader('Retry-After', String(seconds))
      .type('html')
      .send(renderSurveyRateLimited(seconds));
    return true;
  };

  router.get('/:token', async (req: Request, res: Response) => {
    if (await overLimit(req, res)) return;
    const token = String(req.params.token);
    try {
      const { context, currentNeeds } = await loadSurveyForm(deps, token);
      const notice = Object.keys(notices).find((key) => req.query[key] !== undefined);
      secure(res)
        .type('html')
        .send(
          renderSurveyForm({
            context,
            currentNeeds,
            values: valuesOf(context, currentNeeds),
            errors: new Map(),
            notice: notice ? notices[notice]! : null,
          }),
        );
    } catch (error) {
      await refuse(req, res, error);
    }
  });

  router.post(
    '/:token',
    express.urlencoded({ extended: false, limit: formBodyLimit, parameterLimit: 3000 }),
    async (req: Request, res: Response) => {
      if (await overLimit(req, res)) return;
      const token = String(req.params.token);
      const body = (req.body ?? {}) as Record<string, unknown>;
      const submit = one(body.action) === 'submit';
      try {
        const { context, currentNeeds } = await loadSurveyForm(deps, token);
        const parsed = parseForm(body, context);
        const input = { needs: parsed.needs, offers: parsed.offers, freeText: parsed.freeText };
        // Checked here first to put every message at its field; the service checks again before it writes.
        const problems = checkSurveyAnswer(input, scopeOf(context));
        if (problems.length === 0) {
          try {
            await saveSurveyAnswer(deps, token, input, submit);
            res.redirect(303, `${req.baseUrl}/${encodeURIComponent(token)}?${submit ? 'abgesendet' : 'gespeichert'}`);
            return;
          } catch (error) {
            if (error instanceof SurveyLinkRefusal) throw error;
            if (!(error instanceof AppError)) throw error;
            problems.push({
              field: 'freeText',
              message: error.message,
              messageDe: 'Die Angaben konnten nicht gespeichert werden; bitte prüfen Sie sie.',
              value: null,
              reason: 'INVALID',
            });
          }
        }
        // Nothing was written: the form again, with what was typed and each message at its field.
        secure(res)
          .status(422)
          .type('html')
          .send(
            renderSurveyForm({
              context,
              currentNeeds,
              values: parsed.values,
              errors: messagesOf(problems, parsed.fieldOf),
              notice: null,
            }),
          );
      } catch (error) {
        await refuse(req, res, error);
      }
    },
  );
  return router;
}
