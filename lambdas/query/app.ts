/**
 * The query API, independent of where it runs: the Lambda entry (handler.ts) wraps it for API
 * Gateway, the local stack serves it over Node HTTP, tests call `request()` with fetch's types.
 * Anything a client sends gets a 2xx, 4xx or a 404; a 5xx means a bug or an AWS failure.
 */
import type * as z from 'zod';
import { type EventFilters, type EventStore, InvalidCursorError } from '../store/types';
import { toCsv, toNdjson } from './csv';
import { type ApiRequest, type ApiResponse, fetchLike, normalizePath, queryValues, withCors } from './http';
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

function text(
  status: number,
  contentType: string,
  body: string,
  headers: Record<string, string> = {},
): ApiResponse {
  return { status, headers: { ...headers, 'content-type': contentType }, body };
}

function json(status: number, value: unknown, headers: Record<string, string> = {}): ApiResponse {
  return text(status, 'application/json', JSON.stringify(value), headers);
}

function problemResponse(
  status: number,
  detail: string,
  errors?: ParameterError[],
  headers: Record<string, string> = {},
): ApiResponse {
  const body = {
    type: 'about:blank',
    title: titles[status] ?? 'Error',
    status,
    detail,
    ...(errors ? { errors } : {}),
  };
  return text(status, PROBLEM_TYPE, JSON.stringify(body), headers);
}

/** "limit must be at most 500"; a message that already names its parameter is not prefixed again. */
function describeError(error: ParameterError): string {
  return error.message.startsWith(`${error.parameter} `)
    ? error.message
    : `${error.parameter} ${error.message}`;
}

function badRequest(errors: ParameterError[]): ApiResponse {
  const names = [...new Set(errors.map((e) => e.parameter))].join(', ');
  return problemResponse(
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

class BadRequest extends Error {
  constructor(readonly errors: ParameterError[]) {
    super('bad request');
  }
}

/**
 * The query string checked against a route's schema. A parameter given once is a string and one
 * given twice an array, which the schema rejects; the error then says "must be given once" rather
 * than "expected string, received array".
 */
function validQuery<Schema extends z.ZodType>(schema: Schema, rawQuery: string): z.output<Schema> {
  const values = queryValues(rawQuery);
  const input = Object.fromEntries(
    [...values].map(([name, list]) => [name, list.length === 1 ? list[0] : list]),
  );
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  throw new BadRequest(
    parameterErrors(result.error, 'query').map((error) =>
      (values.get(error.parameter)?.length ?? 0) > 1 ? { ...error, message: 'must be given once' } : error,
    ),
  );
}

/** A path segment decoded and checked against its schema. */
function validPathPart<Schema extends z.ZodType>(
  schema: Schema,
  name: string,
  raw: string,
): z.output<Schema> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    throw new BadRequest([{ parameter: name, message: 'is not valid percent-encoded UTF-8' }]);
  }
  const result = schema.safeParse(decoded);
  if (!result.success) throw new BadRequest(parameterErrors(result.error, name));
  return result.data;
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

/** A route's handler: the request, and what the path held after the route's fixed part. */
type Route = (request: ApiRequest, rest: string) => Promise<ApiResponse>;

/**
 * Which route a path names: an exact path, or a prefix whose rest is one segment (`/events/`, an
 * event id) or anything (`/documents/`, an S3 key with slashes). Null: no such resource.
 */
function match(
  rawPath: string,
  routes: { exact: Record<string, Route>; oneSegment: Record<string, Route>; anyRest: Record<string, Route> },
): { route: Route; rest: string } | null {
  if (Object.hasOwn(routes.exact, rawPath)) return { route: routes.exact[rawPath] as Route, rest: '' };
  for (const [prefix, route] of Object.entries(routes.oneSegment)) {
    const rest = rawPath.startsWith(prefix) ? rawPath.slice(prefix.length) : null;
    if (rest && !rest.includes('/')) return { route, rest };
  }
  for (const [prefix, route] of Object.entries(routes.anyRest)) {
    if (rawPath.startsWith(prefix)) return { route, rest: rawPath.slice(prefix.length) };
  }
  return null;
}

/** A single resource named by the rest of the path: the item, or a 404 that names the key. */
function oneItem(
  schema: z.ZodType<string>,
  parameter: string,
  what: string,
  lookup: (key: string) => Promise<unknown>,
): Route {
  return async (_request, raw) => {
    const key = validPathPart(schema, parameter, raw);
    const item = await lookup(key);
    if (!item) return problemResponse(404, `No ${what} has the ${parameter} ${JSON.stringify(key)}.`);
    return json(200, item);
  };
}

export function createQueryApp({ store, corsOrigins = [], logger }: QueryAppOptions) {
  // Built on first request: most cold starts never serve it.
  let document: ReturnType<typeof openApiDocument> | undefined;

  const routes = {
    exact: {
      '/events': async (request) => {
        const query = validQuery(eventsQuery, request.rawQuery);
        const page = await store.queryEvents(filtersOf(query), query.limit, query.cursor ?? null);
        const format = negotiate(query.format, request.header('accept'));
        const vary = { vary: 'Accept' };
        if (format === 'json') return json(200, { events: page.items, cursor: page.cursor }, vary);
        const headers = { ...vary, ...(page.cursor !== null ? { 'x-next-cursor': page.cursor } : {}) };
        if (format === 'csv') {
          return text(200, 'text/csv; charset=utf-8; header=present', toCsv(page.items), headers);
        }
        return text(200, 'application/x-ndjson; charset=utf-8', toNdjson(page.items), headers);
      },
      '/documents': async (request) => {
        const query = validQuery(documentsQuery, request.rawQuery);
        const page = await store.listDocuments(query.status, query.limit, query.cursor ?? null);
        return json(200, { documents: page.items, cursor: page.cursor });
      },
      '/stats/timeline': async (request) => {
        const query = validQuery(timelineQuery, request.rawQuery);
        return json(200, { buckets: await store.timeline(filtersOf(query), query.interval) });
      },
      '/actors': async (request) => {
        const { prefix, name, limit, cursor } = validQuery(actorsQuery, request.rawQuery);
        const query = name !== undefined ? { name } : { prefix: (prefix ?? '').toUpperCase() };
        const page = await store.listActors(query, limit, cursor ?? null);
        return json(200, { actors: page.items, cursor: page.cursor });
      },
      '/openapi.json': async () => {
        document ??= openApiDocument(
          [listEventsRoute, getEventRoute, listDocumentsRoute, documentRoute, timelineRoute, listActorsRoute],
          API_INFO,
        );
        return json(200, document);
      },
    },
    oneSegment: {
      '/events/': oneItem(eventId, 'id', 'event', (id) => store.getEvent(id)),
    },
    anyRest: {
      // S3 keys contain slashes: the whole rest of the path is the key.
      '/documents/': oneItem(documentKey, 'key', 'document', (key) => store.getDocument(key)),
    },
  } satisfies Parameters<typeof match>[1];

  async function answer(request: ApiRequest): Promise<ApiResponse> {
    const path = normalizePath(request.rawPath);
    const found = match(path, routes);
    if (!found) return problemResponse(404, `There is no resource at ${path}.`);
    // GET is the only method of every route (HEAD is a GET; see handle below).
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      return problemResponse(405, `${request.method} is not allowed here; use GET.`, undefined, {
        allow: 'GET',
      });
    }
    try {
      return await found.route(request, found.rest);
    } catch (error) {
      if (error instanceof BadRequest) return badRequest(error.errors);
      if (error instanceof InvalidCursorError)
        return badRequest([{ parameter: 'cursor', message: error.message }]);
      logger?.error('query API request failed', { error, path });
      return problemResponse(500, 'The request could not be answered; the error was logged.');
    }
  }

  const withOrigins =
    corsOrigins.length > 0
      ? withCors(
          {
            origins: corsOrigins,
            methods: ['GET', 'HEAD'],
            exposeHeaders: ['X-Next-Cursor'],
            maxAgeSeconds: 600,
          },
          answer,
        )
      : answer;

  // HEAD is a GET without the body, whatever the answer (a 404 or 400 included).
  const handle = async (request: ApiRequest): Promise<ApiResponse> => {
    const response = await withOrigins(request);
    return request.method === 'HEAD' ? { ...response, body: '' } : response;
  };

  return {
    handle,
    /** fetch's Request and Response around `handle`, for tests and scripts. */
    request: (input: string, init?: RequestInit) => fetchLike(handle, input, init),
  };
}
