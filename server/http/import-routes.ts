// The spreadsheet import as an upload (the explorer's import dialog): POST /import/:type?dryRun=&source= with the
// file's bytes as the body and its name in x-file-name. The same importFile as `npm run import`, with the viewer of
// the request, so that the change history names who imported. Answers the ImportReport: 200 accepted (and written
// unless a dry run), 422 refused with its problems (nothing written); requests that are wrong in themselves get
// GraphQL-shaped errors (400 bad type or parameter, 413 too large) from server/http/handle-http-errors.ts, as
// /graphql answers them.
import express, { Router, type Request } from 'express';
import type { Driver } from 'neo4j-driver';
import type { Authentication } from '../auth/authenticate-request.js';
import { BadUserInputError, quote } from '../errors.js';
import { defaultMaxBytes, importFile } from '../import-export/import-file.js';
import { importTypes, type ImportType } from '../import-export/templates.js';
import type { BodyLimitNote } from './handle-http-errors.js';
import { queryText } from './query-text.js';

export interface ImportRouteOptions {
  driver: Driver;
  database?: string; // Neo4j database name; undefined uses the server's default
}

// A bit over importFile's own limit, so that a file just over it gets importFile's FILE_TOO_LARGE problem (with
// its size) in the report, and only a body far beyond it is cut off while it is still arriving.
export const uploadLimitBytes = defaultMaxBytes + 1024 * 1024;

function importOptionsOf(req: Request) {
  const type = String(req.params.type);
  if (!importTypes.includes(type as ImportType)) {
    throw new BadUserInputError(`Unknown import type ${quote(type)}; use one of ${importTypes.join(', ')}`, {
      field: 'type',
      value: type,
    });
  }
  const dryRunText = queryText(req.query.dryRun) ?? 'false';
  if (dryRunText !== 'true' && dryRunText !== 'false') {
    throw new BadUserInputError(`dryRun must be true or false, got ${quote(dryRunText)}`, {
      field: 'dryRun',
      value: dryRunText,
    });
  }
  if (req.query.source !== undefined && typeof req.query.source !== 'string') {
    throw new BadUserInputError(`source must be given once, got ${quote(req.query.source)}`, {
      field: 'source',
      value: req.query.source,
    });
  }
  // An empty source field in a form means "none": rows then need a source of their own.
  const source = req.query.source === '' ? undefined : req.query.source;
  const header = req.get('x-file-name');
  // The header carries the name URI-encoded: HTTP headers are Latin-1, file names are not.
  let fileName = 'upload';
  if (header) {
    try {
      fileName = decodeURIComponent(header);
    } catch {
      throw new BadUserInputError(`x-file-name must be the file name, URI-encoded, got ${quote(header)}`, {
        field: 'x-file-name',
        value: header,
      });
    }
  }
  if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
    throw new BadUserInputError(
      `The request has no file: send the file's bytes as the body (${quote(fileName)} is empty)`,
      { field: 'body', value: fileName },
    );
  }
  return { type: type as ImportType, dryRun: dryRunText === 'true', source, fileName, content: req.body };
}

export function createImportRoutes(options: ImportRouteOptions): Router {
  const router = Router();
  const deps = { driver: options.driver, database: options.database };
  router.post(
    '/:type',
    (_req, res, next) => {
      // Named in the 413 of a body far beyond importFile's own limit (see uploadLimitBytes).
      const note: BodyLimitNote = {
        subject: 'The file',
        shown: '10 MiB',
        bytes: defaultMaxBytes,
        hint: 'split it into several files',
      };
      res.locals.bodyLimit = note;
      next();
    },
    express.raw({ type: () => true, limit: uploadLimitBytes }),
    async (req, res) => {
      const { fileName, content, ...importOptions } = importOptionsOf(req);
      const viewer = (res.locals.auth as Authentication).viewer;
      const report = await importFile(deps, { name: fileName, content }, { ...importOptions, viewer });
      res.status(report.ok ? 200 : 422).json(report);
    },
  );
  return router;
}
