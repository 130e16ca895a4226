/**
 * GET /openapi.json, written by zod's own JSON Schema output from the schemas app.ts validates
 * with: a query parameter is documented from the very schema that checks it, and a response from
 * the schema registered under its component name (schemas.ts).
 */
import * as z from 'zod';
import { components } from './schemas';

type JsonSchema = Record<string, unknown>;

export interface PathParameter {
  name: string;
  description: string;
  schema: z.ZodType;
}

interface Content {
  /** A registered response schema, or a plain JSON Schema for bodies zod does not describe (CSV). */
  schema: z.ZodType | JsonSchema;
}

export interface ResponseDoc {
  description: string;
  headers?: Record<string, { description: string; schema: JsonSchema }>;
  content?: Record<string, Content>;
}

export interface RouteDoc {
  /** In OpenAPI form: `/events/{id}`. */
  path: string;
  summary: string;
  query?: z.ZodObject | z.ZodPipe<z.ZodObject>;
  params?: PathParameter[];
  responses: Record<number, ResponseDoc>;
}

const COMPONENT_URI = '#/components/schemas/';

/** What zod adds for a standalone document, which an OpenAPI component does not need. */
function bare(schema: JsonSchema): JsonSchema {
  const { $schema: _schema, $id: _id, ...rest } = schema;
  return rest;
}

/**
 * Input side: what a client sends (and for responses, no `additionalProperties: false` that would
 * forbid a field added later). `unrepresentable: 'any'` covers the preprocess step of the number
 * parameters, whose documented type comes from their metadata.
 */
const JSON_SCHEMA_OPTIONS = {
  io: 'input',
  unrepresentable: 'any',
  // z.int() states the safe-integer range, which says nothing a reader needs.
  override: ({ jsonSchema }) => {
    if (jsonSchema.minimum === Number.MIN_SAFE_INTEGER) delete jsonSchema.minimum;
    if (jsonSchema.maximum === Number.MAX_SAFE_INTEGER) delete jsonSchema.maximum;
  },
} satisfies Parameters<typeof z.toJSONSchema>[1];

function schemaOf(schema: z.ZodType): JsonSchema {
  return bare(z.toJSONSchema(schema, JSON_SCHEMA_OPTIONS) as JsonSchema);
}

function contentSchema(schema: z.ZodType | JsonSchema): JsonSchema {
  if (!(schema instanceof z.ZodType)) return schema;
  const id = components.get(schema)?.id;
  if (!id) throw new Error('a response schema must be registered in components (schemas.ts)');
  return { $ref: `${COMPONENT_URI}${id}` };
}

/** The properties of a query object schema (refinements wrap it in a pipe). */
function queryParameters(query: NonNullable<RouteDoc['query']>): JsonSchema[] {
  const json = schemaOf(query) as { properties?: Record<string, JsonSchema>; required?: string[] };
  const required = new Set(json.required ?? []);
  return Object.entries(json.properties ?? {}).map(([name, schema]) => ({
    name,
    in: 'query',
    required: required.has(name),
    ...(typeof schema.description === 'string' ? { description: schema.description } : {}),
    schema,
  }));
}

function operation(route: RouteDoc): JsonSchema {
  const parameters = [
    ...(route.params ?? []).map((param) => ({
      name: param.name,
      in: 'path',
      required: true,
      description: param.description,
      schema: schemaOf(param.schema),
    })),
    ...(route.query ? queryParameters(route.query) : []),
  ];
  const responses = Object.fromEntries(
    Object.entries(route.responses).map(([status, response]) => [
      status,
      {
        description: response.description,
        ...(response.headers ? { headers: response.headers } : {}),
        ...(response.content
          ? {
              content: Object.fromEntries(
                Object.entries(response.content).map(([type, { schema }]) => [
                  type,
                  { schema: contentSchema(schema) },
                ]),
              ),
            }
          : {}),
      },
    ]),
  );
  return {
    summary: route.summary,
    ...(parameters.length > 0 ? { parameters } : {}),
    responses,
  };
}

export function openApiDocument(
  routes: RouteDoc[],
  info: { title: string; version: string; description: string },
) {
  const registered = z.toJSONSchema(components, {
    ...JSON_SCHEMA_OPTIONS,
    uri: (id) => `${COMPONENT_URI}${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  const schemas = Object.fromEntries(
    Object.entries(registered.schemas).map(([id, schema]) => [id, bare(schema)]),
  );
  return {
    openapi: '3.1.0',
    info,
    paths: Object.fromEntries(routes.map((route) => [route.path, { get: operation(route) }])),
    components: { schemas },
  };
}
