/**
 * The request and response schemas of the query API. The same zod schemas validate requests and
 * generate GET /openapi.json (openapi.ts), so the description cannot drift from what is enforced.
 *
 * zod is imported as a namespace, never as `{ z }`: esbuild then keeps only what is used, about
 * 95 KB, where the `z` object (which @hono/zod-openapi passes around) keeps all of zod and its
 * error messages in about 60 languages, about 445 KB and 35 ms of every cold start.
 */
import * as z from 'zod';

/** The response schemas, each under its OpenAPI component name. */
export const components = z.registry<{ id: string }>();

/**
 * A CAMEO actor code (country + role, groups of three letters) or an org code such as NATO, in any
 * case as /actors?prefix= takes it (app.ts upper-cases it).
 */
const actorCode = (description: string) =>
  z
    .string()
    .regex(
      // Explicit classes, not the i flag: OpenAPI's pattern is the source alone, without flags.
      /^(?:(?:[A-Za-z]{3}){1,4}|[A-Za-z]{2,6})$/,
      'must be an actor code (EGY, EGYGOV, ...) or an organisation code (UNO, NATO, ...)',
    )
    .optional()
    .meta({ description: `${description} Any case.`, example: 'EGY' });

/**
 * DynamoDB keys are limited in bytes (2048 for a partition key), not characters, and a key is
 * built from these values; S3 keys are at most 1024 bytes of UTF-8 anyway.
 */
export const MAX_KEY_BYTES = 1024;
const fitsKey = (value: string) => Buffer.byteLength(value, 'utf8') <= MAX_KEY_BYTES;

function isRealDate(value: string): boolean {
  const [y, m, d] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const isoDate = (description: string) =>
  z
    .string()
    // Aborts: "yesterday" is not a date, and that is all there is to say about it.
    .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'must be a date YYYY-MM-DD', abort: true })
    .refine(isRealDate, 'is not a calendar date')
    .optional()
    .meta({ description, example: '2024-02-06', format: 'date' });

/**
 * A query-string number written as digits only: z.coerce would take "1e2" as 100 and " " as 0 (then
 * "must be at least 1"); anything else stays a string, which the number schema rejects with `error`.
 */
const digits = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (typeof value === 'string' && /^\d+$/.test(value) ? Number(value) : value), schema);

const pageSize = (fallback: number) =>
  digits(
    z
      .number({ error: 'must be a whole number from 1 to 500' })
      .int('must be a whole number from 1 to 500')
      .min(1, 'must be at least 1')
      .max(500, 'must be at most 500')
      .default(fallback),
  ).meta({
    description: 'Page size.',
    example: fallback,
    type: 'integer',
    minimum: 1,
    maximum: 500,
    default: fallback,
  });

const limit = pageSize(100);

const cursor = z
  .string()
  .min(1, 'must not be empty')
  .max(4096, 'is too long')
  .optional()
  .meta({ description: 'The `cursor` of the previous page, to fetch the next one.' });

export const filterShape = {
  actor: actorCode('Matches the source or the target: a country, an actor code or an org.'),
  source: actorCode('Matches the source (who acts).'),
  target: actorCode('Matches the target (who is acted upon).'),
  root: z
    .string()
    .regex(/^(?:0[1-9]|1\d|20)$/, 'must be a CAMEO root code from 01 to 20, such as 04')
    .optional()
    .meta({ description: 'CAMEO root code (two digits).', example: '04' }),
  code: z
    .string()
    .regex(/^\d{2,4}$/, 'must be a CAMEO code of 2 to 4 digits such as 036')
    .optional()
    .meta({
      description: 'CAMEO event code, prefix match (04 matches 040, 042, 0431...).',
      example: '036',
    }),
  quadClass: digits(
    z
      .number({ error: 'must be 1, 2, 3 or 4' })
      .int('must be 1, 2, 3 or 4')
      .min(1, 'must be 1, 2, 3 or 4')
      .max(4, 'must be 1, 2, 3 or 4')
      .optional(),
  ).meta({
    type: 'integer',
    minimum: 1,
    maximum: 4,
    description: '1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict.',
  }),
  from: isoDate('Earliest event date, inclusive.'),
  to: isoDate('Latest event date, inclusive.'),
  doc: z
    .string()
    .min(1, 'must not be empty')
    .max(1024, 'is longer than an S3 key can be')
    .refine(fitsKey, 'is longer than an S3 key can be (1024 bytes of UTF-8)')
    .optional()
    .meta({ description: 'Only events of this document (its S3 key).' }),
};

function fromNotAfterTo(query: { from?: string | undefined; to?: string | undefined }, ctx: z.RefinementCtx) {
  if (query.from !== undefined && query.to !== undefined && query.from > query.to) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' });
  }
}

export const formats = ['json', 'csv', 'ndjson'] as const;
export type Format = (typeof formats)[number];

// Strict objects: a misspelt filter (`actr=EGY`) is a 400, not a silently unfiltered answer.
export const eventsQuery = z
  .strictObject({
    ...filterShape,
    limit,
    cursor,
    format: z.enum(formats, { error: 'must be json, csv or ndjson' }).optional().meta({
      description: 'Response format; overrides the Accept header (text/csv, application/x-ndjson).',
    }),
  })
  .superRefine(fromNotAfterTo);

export const timelineQuery = z
  .strictObject({
    ...filterShape,
    interval: z
      .enum(['day', 'week', 'month'], { error: 'must be day, week or month' })
      .default('day')
      .meta({ description: 'Bucket width; a week is keyed by its Monday, a month by its first day.' }),
  })
  .superRefine(fromNotAfterTo);

export const documentsQuery = z.strictObject({
  status: z
    .enum(['PARSED', 'FAILED', 'DELETED'], { error: 'must be PARSED, FAILED or DELETED' })
    .meta({ description: 'Which documents to list.', example: 'FAILED' }),
  limit,
  cursor,
});

export const actorsQuery = z
  .strictObject({
    prefix: z
      .string()
      .regex(/^[A-Za-z]{1,12}$/, 'must be 1 to 12 letters of an actor code, such as EGY')
      .optional()
      .meta({
        description: 'Start of an actor code (any case): EGY lists EGY, EGYGOV, ...',
        example: 'EGY',
      }),
    name: z
      .string()
      .trim()
      .min(1, 'must not be empty')
      .max(64, 'must be at most 64 characters')
      .optional()
      .meta({ description: 'Start of an actor name, case and accents ignored.', example: 'abdel' }),
    limit: pageSize(20),
    cursor,
  })
  .superRefine((query, ctx) => {
    if ((query.prefix === undefined) === (query.name === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['prefix'],
        message: 'prefix or name is needed, and only one of them',
      });
    }
  });

export const eventId = z.string().min(1).max(512).refine(fitsKey, 'is too long');

/** An S3 key, once app.ts has decoded it from the raw path. */
export const documentKey = z
  .string()
  .min(1, 'must be 1 to 1024 bytes of UTF-8')
  .refine(fitsKey, 'must be 1 to 1024 bytes of UTF-8');

// ---- responses ----------------------------------------------------------------------------------

const actorRef = z
  .object({
    text: z.string(),
    name: z.string(),
    code: z.string(),
    country: z.string().nullable(),
    role: z.string().nullable(),
    org: z.string().nullable(),
  })
  .register(components, { id: 'Actor' });

export const eventRecord = z
  .object({
    id: z.string(),
    doc: z.string(),
    sentence: z.number().int(),
    text: z.string(),
    date: z.string().meta({ format: 'date' }),
    dateBasis: z.enum(['explicit', 'relative', 'document']),
    datePrecision: z.enum(['day', 'month', 'year']),
    source: actorRef,
    target: actorRef.nullable(),
    action: z.object({
      text: z.string(),
      code: z.string(),
      root: z.string(),
      label: z.string(),
      quadClass: z.number().int(),
      goldstein: z.number(),
      plover: z.string().nullable(),
    }),
    location: z
      .object({ name: z.string(), country: z.string().nullable(), lat: z.number(), lon: z.number() })
      .nullable(),
    coder: z.string(),
  })
  .register(components, { id: 'Event' });

export const eventsPage = z
  .object({ events: z.array(eventRecord), cursor: z.string().nullable() })
  .register(components, { id: 'EventPage' });

export const documentRecord = z
  .object({
    doc: z.string(),
    status: z.enum(['PARSED', 'FAILED', 'DELETED']),
    published: z.string().nullable(),
    events: z.number().int(),
    error: z.object({ code: z.string(), message: z.string() }).nullable(),
    warnings: z.array(z.string()),
    updatedAt: z.string(),
  })
  .register(components, { id: 'Document' });

export const documentsPage = z
  .object({ documents: z.array(documentRecord), cursor: z.string().nullable() })
  .register(components, { id: 'DocumentPage' });

export const timeline = z
  .object({ buckets: z.array(z.object({ date: z.string(), count: z.number().int() })) })
  .register(components, { id: 'Timeline' });

export const actorsPage = z
  .object({
    actors: z.array(
      z.object({
        code: z.string().meta({ description: 'CAMEO actor, country or organisation code.' }),
        name: z.string().nullable().meta({ description: 'The name matched (name searches only).' }),
        events: z.number().int().meta({ description: 'Stored events with this actor as source or target.' }),
      }),
    ),
    cursor: z.string().nullable(),
  })
  .register(components, { id: 'ActorPage' });

export const problem = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ description: 'RFC 9457 problem details.' })
  .register(components, { id: 'Problem' });
