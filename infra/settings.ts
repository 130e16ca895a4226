/**
 * The knobs of one deployment, their defaults, and how they are read from CDK context
 * (`cdk synth -c publicApi=true -c corsOrigins=https://a.example,https://b.example`).
 * Context values given on the command line arrive as strings, values in cdk.json as JSON, so every
 * reader accepts both and rejects anything it cannot interpret instead of silently using a default.
 */

/** Stage-wide request throttling of the HTTP API. */
export interface ThrottleSettings {
  /** Steady-state requests per second. */
  readonly rateLimit: number;
  /** Requests allowed in a burst above the steady rate. */
  readonly burstLimit: number;
}

export interface EventwireSettings {
  /**
   * Largest article object, in bytes, the ingest function will read; bigger objects are recorded
   * as FAILED instead of being loaded into memory.
   * @default 5 MiB (5 * 1024 * 1024)
   */
  readonly maxObjectBytes: number;
  /**
   * Whether the query API is open to anyone. When false every route requires SigV4-signed
   * requests (IAM authorization), so only principals granted `execute-api:Invoke` can query.
   * @default false
   */
  readonly publicApi: boolean;
  /**
   * Browser origins allowed to call the API (CORS, GET and OPTIONS only). Empty means no CORS
   * configuration at all, which is what non-browser clients need.
   * @default []
   */
  readonly corsOrigins: readonly string[];
  /**
   * Whether the article bucket and the table survive `cdk destroy` (RETAIN, plus table deletion
   * protection). False is for throwaway stacks: both are destroyed, objects included.
   * @default true
   */
  readonly retainData: boolean;
  /**
   * Most concurrent ingest invocations the SQS event source may run (SQS maximum concurrency,
   * 2 to 1000). This caps the write rate on the table during a bulk drop without reserving
   * account concurrency.
   * @default 5
   */
  readonly ingestConcurrency: number;
  /**
   * Default throttling of every API route.
   * @default { rateLimit: 50, burstLimit: 100 }
   */
  readonly throttle: ThrottleSettings;
}

export const DEFAULT_SETTINGS: EventwireSettings = {
  maxObjectBytes: 5 * 1024 * 1024,
  publicApi: false,
  corsOrigins: [],
  retainData: true,
  ingestConcurrency: 5,
  throttle: { rateLimit: 50, burstLimit: 100 },
};

/** Anything with `tryGetContext`, e.g. `app.node`. */
export interface ContextSource {
  tryGetContext(key: string): unknown;
}

/** Fills every setting the caller left out with its default and checks the result. */
export function resolveSettings(partial: Partial<EventwireSettings> = {}): EventwireSettings {
  const settings: EventwireSettings = {
    maxObjectBytes: partial.maxObjectBytes ?? DEFAULT_SETTINGS.maxObjectBytes,
    publicApi: partial.publicApi ?? DEFAULT_SETTINGS.publicApi,
    corsOrigins: partial.corsOrigins ?? DEFAULT_SETTINGS.corsOrigins,
    retainData: partial.retainData ?? DEFAULT_SETTINGS.retainData,
    ingestConcurrency: partial.ingestConcurrency ?? DEFAULT_SETTINGS.ingestConcurrency,
    throttle: partial.throttle ?? DEFAULT_SETTINGS.throttle,
  };
  checkInteger('maxObjectBytes', settings.maxObjectBytes, 1, Number.MAX_SAFE_INTEGER);
  // The bounds SQS event sources accept for maximum concurrency.
  checkInteger('ingestConcurrency', settings.ingestConcurrency, 2, 1000);
  checkNumber('throttle.rateLimit', settings.throttle.rateLimit, 0);
  checkInteger('throttle.burstLimit', settings.throttle.burstLimit, 0, Number.MAX_SAFE_INTEGER);
  for (const origin of settings.corsOrigins) {
    if (origin !== '*' && !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new Error(`corsOrigins: "${origin}" is not an origin (scheme://host[:port], no path) or "*"`);
    }
  }
  return settings;
}

/** Reads the settings from CDK context; an absent key takes its default. */
export function settingsFromContext(context: ContextSource): EventwireSettings {
  const rateLimit = readNumber(context, 'throttleRateLimit');
  const burstLimit = readNumber(context, 'throttleBurstLimit');
  return resolveSettings({
    maxObjectBytes: readNumber(context, 'maxObjectBytes'),
    publicApi: readBoolean(context, 'publicApi'),
    corsOrigins: readList(context, 'corsOrigins'),
    retainData: readBoolean(context, 'retainData'),
    ingestConcurrency: readNumber(context, 'ingestConcurrency'),
    throttle: {
      rateLimit: rateLimit ?? DEFAULT_SETTINGS.throttle.rateLimit,
      burstLimit: burstLimit ?? DEFAULT_SETTINGS.throttle.burstLimit,
    },
  });
}

function readBoolean(context: ContextSource, key: string): boolean | undefined {
  const value = context.tryGetContext(key);
  if (value === undefined) return undefined;
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw new Error(`context ${key}: expected true or false, got ${JSON.stringify(value)}`);
}

function readNumber(context: ContextSource, key: string): number | undefined {
  const value = context.tryGetContext(key);
  if (value === undefined) return undefined;
  const number = typeof value === 'string' && value.trim() !== '' ? Number(value) : value;
  if (typeof number !== 'number' || !Number.isFinite(number)) {
    throw new Error(`context ${key}: expected a number, got ${JSON.stringify(value)}`);
  }
  return number;
}

function readList(context: ContextSource, key: string): string[] | undefined {
  const value = context.tryGetContext(key);
  if (value === undefined) return undefined;
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value;
  if (typeof value === 'string') {
    return value
      .split(',')
      .map((item) => item.trim())
      .filter((item) => item !== '');
  }
  throw new Error(`context ${key}: expected a comma-separated list, got ${JSON.stringify(value)}`);
}

function checkNumber(name: string, value: number, min: number): void {
  if (!Number.isFinite(value) || value < min) {
    throw new Error(`${name}: expected a number >= ${min}, got ${value}`);
  }
}

function checkInteger(name: string, value: number, min: number, max: number): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw new Error(`${name}: expected an integer from ${min} to ${max}, got ${value}`);
  }
}
