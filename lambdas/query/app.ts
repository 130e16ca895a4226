/**
 * The query API as a Hono app, independent of where it runs: the Lambda entry (handler.ts) wraps it
 * for API Gateway, the local stack serves the same app over Node HTTP, tests call app.request().
 * Anything a client sends gets a 2xx, 4xx or a 404; a 5xx means a bug or an AWS failure.
 */
import { type Context, Hono } from 'hono';
import { cors } from 'hono/cors';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { validator } from 'hono/validator';
import * as z from 'zod';
import { type EventFilters, type EventStore, InvalidCursorError } from '../store/types';
import { toCsv, toNdjson } from './csv';
import { openApiDocument, type RouteDoc } from './openapi';
import {
  actorsPage,
  actorsQuery,
  documentKey,
  documentRecord,
  documentsPage,
  documentsQuery,
  eventId,
  eventRecord,
  eventsPage,
  eventsQuery,
  type Format,
  problem,
  timeline,
  timelineQuery,
} from './schemas';

export interface QueryLogger {
  error(message: string, extra: { error: unknown; path: string }): void;
}

export interface QueryAppOptions {
  store: EventStore;
  /** Browser origins allowed to call the API; CORS is off when empty or absent. */
  corsOrigins?: string[];
  logger?: QueryLogger;
}

interface ParameterError {
  parameter: string;
  message: string;
}

const PROBLEM_TYPE = 'application/problem+json';
const titles: Record<number, string> = {
  400: 'Bad Request',
  404: 'Not Found',
  405: 'Method Not Allowed',
  500: 'Internal Server Error',
};

function problemResponse(
  c: Context,
  status: ContentfulStatusCode,
  detail: string,
  errors?: ParameterError[],
  headers: Record<string, string> = {},
): Response {
  const body = {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
  return c.body(JSON.stringify(body), status, { ...headers, 'Content-Type': PROBLEM_TYPE });
}

/** "limit must be at most 500"; a message that already names its parameter is not prefixed again. */
function describeError(error: ParameterError): string {
  return error.message.startsWith(`${error.parameter} `)
    ? error.message
    : `${error.parameter} ${error.message}`;
}

function badRequest(c: Context, errors: ParameterError[]): Response {
  const names = [...new Set(errors.map((e) => e.parameter))].join(', ');
  return problemResponse(
    c,
    400,
    `Invalid parameter(s): ${names}. ${errors.map(describeError).join('; ')}`,
    errors,
  );
}

/** One entry per offending parameter, named as the client wrote it. */
function parameterErrors(error: z.ZodError, target: string): ParameterError[] {
  return error.issues.flatMap((issue): ParameterError[] => {
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ parameter: key, message: 'is not a parameter of this endpoint' }));
    }
    const [first] = issue.path;
    return [{ parameter: first === undefined ? target : String(first), message: issue.message }];
  });
}

/** A repeated parameter arrives as an array; say so instead of "expected string, received array". */
function explainRepeats(c: Context, errors: ParameterError[]): ParameterError[] {
  return errors.map((error) =>
    (c.req.queries(error.parameter)?.length ?? 0) > 1 ? { ...error, message: 'must be given once' } : error,
  );
}

const problemContent = { [PROBLEM_TYPE]: { schema: problem } };
const errorResponses = {
  400: { description: 'A parameter is invalid; `errors` names it and says why.', content: problemContent },
  500: { description: 'An unexpected error (logged; no internals in the body).', content: problemContent },
} as const;

const listEventsRoute = {
  path: '/events',
  summary: 'Events matching the filters, newest first, one page at a time.',
  query: eventsQuery,
  responses: {
    200: {
      description: 'A page of events; `cursor` fetches the next page (null on the last one).',
      headers: {
        'X-Next-Cursor': {
          description: 'The next page cursor (CSV and NDJSON).',
          schema: { type: 'string' },
        },
      },
      content: {
        'application/json': { schema: eventsPage },
        'text/csv': { schema: { type: 'string', description: 'RFC 4180, GDELT-like column names.' } },
        'application/x-ndjson': { schema: { type: 'string', description: 'One event record per line.' } },
      },
    },
    ...errorResponses,
  },
} satisfies RouteDoc;

const getEventRoute = {
  path: '/events/{id}',
  summary: 'One event record.',
  params: [{ name: 'id', description: 'Event id.', schema: eventId }],
  responses: {
    200: { description: 'The event.', content: { 'application/json': { schema: eventRecord } } },
    404: { description: 'No event has this id.', content: problemContent },
    ...errorResponses,
  },
} satisfies RouteDoc;

const listDocumentsRoute = {
  path: '/documents',
  summary: 'Documents with a status, most recently changed first.',
  query: documentsQuery,
  responses: {
    200: { description: 'A page of documents.', content: { 'application/json': { schema: documentsPage } } },
    ...errorResponses,
  },
} satisfies RouteDoc;

const timelineRoute = {
  path: '/stats/timeline',
  summary: 'Counts of matching events per day, week or month, oldest first.',
  query: timelineQuery,
  responses: {
    200: {
      description: 'The buckets that have events.',
      content: { 'application/json': { schema: timeline } },
    },
    ...errorResponses,
  },
} satisfies RouteDoc;

const listActorsRoute = {
  path: '/actors',
  summary: 'Actors seen in stored events, by code or name prefix, with event counts (autocomplete).',
  query: actorsQuery,
  responses: {
    200: {
      description: 'A page of actors in code (or name) order; `cursor` fetches the next page.',
      content: { 'application/json': { schema: actorsPage } },
    },
    ...errorResponses,
  },
} satisfies RouteDoc;

function filtersOf(query: Partial<Record<keyof EventFilters, unknown>>): EventFilters {
  const filters: EventFilters = {};
  for (const key of ['actor', 'source', 'target', 'root', 'code', 'from', 'to', 'doc'] as const) {
    const value = query[key];
    if (typeof value === 'string') filters[key] = value;
  }
  // Actor codes are stored in capitals; the schema takes any case, as /actors?prefix= does.
  for (const key of ['actor', 'source', 'target'] as const) {
    const code = filters[key];
    if (code) filters[key] = code.toUpperCase();
  }
  if (typeof query.quadClass === 'number') filters.quadClass = query.quadClass;
  return filters;
}

/** `format` wins; otherwise the first of CSV / NDJSON the Accept header names; JSON by default. */
function negotiate(format: Format | undefined, accept: string | undefined): Format {
  if (format) return format;
  const types = (accept ?? '').split(',').map((part) => part.split(';')[0]?.trim().toLowerCase());
  for (const type of types) {
    if (type === 'text/csv') return 'csv';
    if (type === 'application/x-ndjson' || type === 'application/ndjson') return 'ndjson';
    if (type === 'application/json') return 'json';
  }
  return 'json';
}

/** GET is the only method of every route; HEAD is answered by Hono as a GET without a body. */
const KNOWN_PATHS = [
  '/events',
  '/events/:id',
  '/documents',
  '/documents/*',
  '/stats/timeline',
  '/actors',
  '/openapi.json',
];

/**
 * Hono's validator with a zod schema: the parsed value, or a 400 that names each offending
 * parameter. A repeated query parameter arrives as an array (explainRepeats).
 */
function valid<Target extends 'query' | 'param', Schema extends z.ZodType>(target: Target, schema: Schema) {
  return validator(target, (value, c): z.output<Schema> | Response => {
    const result = schema.safeParse(value);
    if (result.success) return result.data;
    return badRequest(c, explainRepeats(c, parameterErrors(result.error, target)));
  });
}

const eventIdParam = z.object({ id: eventId });

const documentRoute = {
  path: '/documents/{key}',
  summary: 'The status of one document.',
  params: [{ name: 'key', description: 'The S3 key, URL-encoded (slashes allowed).', schema: documentKey }],
  responses: {
    200: {
      description: 'The document status.',
      content: { 'application/json': { schema: documentRecord } },
    },
    404: { description: 'No document has this key.', content: problemContent },
    ...errorResponses,
  },
} satisfies RouteDoc;

const API_INFO = {
  title: 'eventwire query API',
  version: '1.0.0',
  description: 'CAMEO-coded political events extracted from news articles.',
};

export function createQueryApp({ store, corsOrigins = [], logger }: QueryAppOptions) {
  const app = new Hono();

  if (corsOrigins.length > 0) {
    app.use(
      '*',
      cors({
        // hono matches an array literally, so "*" (any origin, the local stack's setting) must be
        // passed as the string.
        origin: corsOrigins.includes('*') ? '*' : corsOrigins,
        allowMethods: ['GET', 'HEAD'],
        exposeHeaders: ['X-Next-Cursor'],
        maxAge: 600,
      }),
    );
  }

  app.get('/events', valid('query', listEventsRoute.query), async (c) => {
    const query = c.req.valid('query');
    const page = await store.queryEvents(filtersOf(query), query.limit, query.cursor ?? null);
    const format = negotiate(query.format, c.req.header('Accept'));
    c.header('Vary', 'Accept');
    if (format === 'json') return c.json({ events: page.items, cursor: page.cursor }, 200);
    if (page.cursor !== null) c.header('X-Next-Cursor', page.cursor);
    if (format === 'csv') {
      return c.body(toCsv(page.items), 200, { 'Content-Type': 'text/csv; charset=utf-8; header=present' });
    }
    return c.body(toNdjson(page.items), 200, { 'Content-Type': 'application/x-ndjson; charset=utf-8' });
  });

  app.get('/events/:id', valid('param', eventIdParam), async (c) => {
    const { id } = c.req.valid('param');
    const event = await store.getEvent(id);
    if (!event) return problemResponse(c, 404, `No event has the id ${JSON.stringify(id)}.`);
    return c.json(event, 200);
  });

  app.get('/documents', valid('query', listDocumentsRoute.query), async (c) => {
    const query = c.req.valid('query');
    const page = await store.listDocuments(query.status, query.limit, query.cursor ?? null);
    return c.json({ documents: page.items, cursor: page.cursor }, 200);
  });

  app.get('/stats/timeline', valid('query', timelineRoute.query), async (c) => {
    const query = c.req.valid('query');
    return c.json({ buckets: await store.timeline(filtersOf(query), query.interval) }, 200);
  });

  app.get('/actors', valid('query', listActorsRoute.query), async (c) => {
    const { prefix, name, limit, cursor } = c.req.valid('query');
    const query = name !== undefined ? { name } : { prefix: (prefix ?? '').toUpperCase() };
    const page = await store.listActors(query, limit, cursor ?? null);
    return c.json({ actors: page.items, cursor: page.cursor }, 200);
  });

  // S3 keys contain slashes, so this is a wildcard route documented by hand below; the key is
  // decoded from the raw path here, where a malformed escape can be answered with a 400.
  app.get('/documents/*', async (c) => {
    const raw = new URL(c.req.url).pathname.slice('/documents/'.length);
    let key: string;
    try {
      key = decodeURIComponent(raw);
    } catch {
      return badRequest(c, [{ parameter: 'key', message: 'is not valid percent-encoded UTF-8' }]);
    }
    const checked = documentKey.safeParse(key);
    if (!checked.success) return badRequest(c, parameterErrors(checked.error, 'key'));
    const doc = await store.getDocument(checked.data);
    if (!doc) return problemResponse(c, 404, `No document has the key ${JSON.stringify(key)}.`);
    return c.json(doc, 200);
  });

  // Built on first request: most cold starts never serve it.
  let document: ReturnType<typeof openApiDocument> | undefined;
  app.get('/openapi.json', (c) => {
    document ??= openApiDocument(
      [listEventsRoute, getEventRoute, listDocumentsRoute, documentRoute, timelineRoute, listActorsRoute],
      API_INFO,
    );
    return c.json(document, 200);
  });

  for (const path of KNOWN_PATHS) {
    app.all(path, (c) =>
      problemResponse(c, 405, `${c.req.method} is not allowed here; use GET.`, undefined, { Allow: 'GET' }),
    );
  }

  app.notFound((c) => problemResponse(c, 404, `There is no resource at ${new URL(c.req.url).pathname}.`));

  app.onError((error, c) => {
    if (error instanceof InvalidCursorError) {
      return badRequest(c, [{ parameter: 'cursor', message: error.message }]);
    }
    logger?.error('query API request failed', { error, path: c.req.path });
    return problemResponse(c, 500, 'The request could not be answered; the error was logged.');
  });

  return app;
}
