/**
 * The HTTP surface of the query API, without a web framework: a request is a method, a raw path, a
 * raw query string and headers; a response is a status, headers and a text body. The Lambda adapter
 * (lambda-adapter.ts) and the local server (infra/local/query-server.ts) translate to and from
 * these, and tests use `request()`, which speaks the fetch API.
 *
 * Why not Hono, which served this API before: its Lambda adapter builds a fetch `Request` and
 * reads a `Response`, and the first of those makes Node load undici and web streams, about 25 ms of
 * every cold start. Six GET routes and /openapi.json need little routing (app.ts), and nothing on
 * the path of a request here would be more correct with fetch objects.
 */

export interface ApiRequest {
  method: string;
  /** The path as the client sent it, still percent-encoded. */
  rawPath: string;
  /** The query string without `?`, still percent-encoded. */
  rawQuery: string;
  /** A header's value, by case-insensitive name. */
  header(name: string): string | undefined;
}

export interface ApiResponse {
  status: number;
  /** Header names in lower case. */
  headers: Record<string, string>;
  body: string;
}

export type ApiHandler = (request: ApiRequest) => Promise<ApiResponse>;

/** Header lookup over a plain object whose names may be in any case. */
export function headerReader(headers: Record<string, string | string[] | undefined>) {
  const lower = new Map<string, string>();
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined) lower.set(name.toLowerCase(), Array.isArray(value) ? value.join(', ') : value);
  }
  return (name: string) => lower.get(name.toLowerCase());
}

/** Every value of each query parameter, decoded ("+" is a space), in the order given. */
export function queryValues(rawQuery: string): Map<string, string[]> {
  const values = new Map<string, string[]>();
  for (const [name, value] of new URLSearchParams(rawQuery)) {
    // `?=x` and a stray `&=` name nothing.
    if (name === '') continue;
    const list = values.get(name);
    if (list) list.push(value);
    else values.set(name, [value]);
  }
  return values;
}

/**
 * The path a route is matched on: dot segments resolved and escaped unreserved characters decoded
 * (`/event%73` is `/events`, RFC 3986 6.2.2), while `%2F` and `%25` stay escaped so ids and keys
 * keep them. The URL parser also turns a raw space or quote into its escape.
 */
export function normalizePath(rawPath: string): string {
  const { pathname } = new URL(`http://localhost${rawPath.startsWith('/') ? '' : '/'}${rawPath}`);
  return pathname.replace(/%([0-9A-Fa-f]{2})/g, (escaped, hex: string) => {
    const char = String.fromCharCode(Number.parseInt(hex, 16));
    return /[A-Za-z0-9\-._~]/.test(char) ? char : escaped;
  });
}

export interface CorsOptions {
  /** Allowed origins; `*` allows any. */
  origins: string[];
  methods: string[];
  exposeHeaders: string[];
  maxAgeSeconds: number;
}

/**
 * CORS as browsers expect it: the allowed origin echoed (or `*`), `Vary: Origin` when the answer
 * depends on it, and a 204 for a preflight, which names no origin when this one is not allowed.
 */
/** One Vary header from the parts that each decided the answer. */
function joinVary(...parts: (string | undefined)[]): string {
  return parts.filter(Boolean).join(', ');
}

export function withCors(options: CorsOptions, handle: ApiHandler): ApiHandler {
  const anyOrigin = options.origins.includes('*');
  return async (request) => {
    const origin = request.header('origin');
    const allowed = anyOrigin ? '*' : origin && options.origins.includes(origin) ? origin : null;
    const headers: Record<string, string> = {
      ...(allowed ? { 'access-control-allow-origin': allowed } : {}),
      ...(anyOrigin ? {} : { vary: 'Origin' }),
      'access-control-expose-headers': options.exposeHeaders.join(','),
    };
    if (request.method === 'OPTIONS') {
      const requested = request.header('access-control-request-headers');
      return {
        status: 204,
        headers: {
          ...headers,
          'access-control-max-age': String(options.maxAgeSeconds),
          'access-control-allow-methods': options.methods.join(','),
          ...(requested
            ? {
                'access-control-allow-headers': requested,
                vary: joinVary(headers.vary, 'Access-Control-Request-Headers'),
              }
            : {}),
        },
        body: '',
      };
    }
    const response = await handle(request);
    const vary = joinVary(headers.vary, response.headers.vary);
    return { ...response, headers: { ...response.headers, ...headers, ...(vary ? { vary } : {}) } };
  };
}

/** The fetch API over a handler, for tests and scripts: `request('/events?limit=5')`. */
export async function fetchLike(
  handle: ApiHandler,
  input: string,
  init: RequestInit = {},
): Promise<Response> {
  const url = new URL(input, 'http://localhost');
  const headers = new Headers(init.headers);
  const response = await handle({
    method: (init.method ?? 'GET').toUpperCase(),
    rawPath: url.pathname,
    rawQuery: url.search.slice(1),
    header: (name) => headers.get(name) ?? undefined,
  });
  const empty = response.status === 204 || response.status === 304 || response.body === '';
  return new Response(empty ? null : response.body, { status: response.status, headers: response.headers });
}
