/**
 * A DynamoDB client for loading the bench's big table fast: the store's requests go straight into
 * dynalite's own validations and actions in this process, with no SDK middleware, HTTP or JSON on
 * a socket. The table it leaves is the one the HTTP path would leave (same store code, same
 * dynalite actions on the same LevelDB), at about 20x the speed, which is what makes 100,000
 * events (over three million items) loadable in minutes. Only loading uses it: every measured
 * read goes through the SDK and dynalite's HTTP server like the local stack's.
 */
import { createRequire } from 'node:module';
import type { DynamoDBClient } from '@aws-sdk/client-dynamodb';

const require = createRequire(import.meta.url);

type Callback = (error: DynaliteError | null, result?: unknown) => void;
type Action = (store: unknown, data: unknown, callback: Callback) => void;
interface ActionValidation {
  types: unknown;
  custom?: unknown;
}
interface DynaliteError {
  statusCode?: number;
  body?: { __type?: string; message?: string; Message?: string };
}
interface DynaliteStore {
  db: { close(callback: (error?: Error) => void): void };
}

const db = require('dynalite/db') as { create(options: Record<string, unknown>): DynaliteStore };
const validations = require('dynalite/validations') as {
  checkTypes(data: unknown, types: unknown): unknown;
  checkValidations(data: unknown, types: unknown, custom: unknown, store: unknown): void;
};

const actions = new Map<string, { run: Action; validation: ActionValidation }>();

function actionFor(operation: string): { run: Action; validation: ActionValidation } {
  let found = actions.get(operation);
  if (!found) {
    const file = operation.charAt(0).toLowerCase() + operation.slice(1);
    found = {
      run: require(`dynalite/actions/${file}`) as Action,
      validation: require(`dynalite/validations/${file}`) as ActionValidation,
    };
    actions.set(operation, found);
  }
  return found;
}

/**
 * The wire form of a request, as JSON.parse(JSON.stringify(input)) would give it but with binary
 * attribute values as base64, as the SDK sends them: a fresh copy (dynalite's validations write
 * into what they are given), without undefined members. Walked by hand because the JSON round trip
 * with a replacer was a tenth of the load's time and much of its garbage.
 */
function toWire(value: unknown): unknown {
  if (value instanceof Uint8Array)
    return Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('base64');
  if (Array.isArray(value)) return value.map((item) => (item === undefined ? null : toWire(item)));
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const key in value) {
    const member = (value as Record<string, unknown>)[key];
    if (member !== undefined && typeof member !== 'function') out[key] = toWire(member);
  }
  return out;
}

/** Back from the wire: `{ B: base64 }` attribute values become bytes, as the SDK would return them. */
function fromWire(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromWire);
  if (value === null || typeof value !== 'object') return value;
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 1 && entries[0]?.[0] === 'B' && typeof entries[0][1] === 'string') {
    return { B: new Uint8Array(Buffer.from(entries[0][1], 'base64')) };
  }
  return Object.fromEntries(entries.map(([k, v]) => [k, fromWire(v)]));
}

function asError(error: DynaliteError | Error): Error {
  if (error instanceof Error && !('body' in error)) return error;
  const body = (error as DynaliteError).body ?? {};
  const name = (body.__type ?? 'DynaliteError').split('#').pop() ?? 'DynaliteError';
  const out = new Error(body.message ?? body.Message ?? name);
  out.name = name;
  return out;
}

export interface DirectDynamo {
  /** Structurally enough of a DynamoDBClient for the store: `send` and `destroy`. */
  client: DynamoDBClient;
  close(): Promise<void>;
}

/** dynalite's store on `path` (LevelDB on disk), driven in-process. Close it before serving `path`. */
export function openDirectDynamo(path: string): DirectDynamo {
  const store = db.create({
    ...(path ? { path } : {}),
    createTableMs: 0,
    deleteTableMs: 0,
    updateTableMs: 0,
  });
  const send = (command: { input: unknown; constructor: { name: string } }): Promise<unknown> => {
    const operation = command.constructor.name.replace(/Command$/, '');
    const { run, validation } = actionFor(operation);
    return new Promise((resolve, reject) => {
      try {
        const data = validations.checkTypes(toWire(command.input), validation.types);
        validations.checkValidations(data, validation.types, validation.custom, store);
        run(store, data, (error, result) =>
          error ? reject(asError(error)) : resolve({ ...(fromWire(result ?? {}) as object), $metadata: {} }),
        );
      } catch (error) {
        reject(asError(error as DynaliteError));
      }
    });
  };
  const client = { send, destroy() {} } as unknown as DynamoDBClient;
  return {
    client,
    close: () => new Promise<void>((resolve, reject) => store.db.close((e) => (e ? reject(e) : resolve()))),
  };
}
