/**
 * The contract between the local stack (infra/local/local-stack.ts) and the CLIs that find it (npm
 * start, drop, redrive): where its data lives, the state file it writes while it runs, and whether
 * it really runs. It lives on the lambdas side because infra may import from lambdas but not the
 * other way round, and a CLI should not load the emulators to read a file.
 */
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';

export const LOCAL_STATE_FILE = 'local-stack.json';
export const DEAD_LETTER_FILE = 'dead-letters.jsonl';

/** What `<dataDir>/local-stack.json` holds while a local stack runs. */
export interface LocalStackState {
  pid: number;
  apiUrl: string;
  s3Endpoint: string;
  dynamoEndpoint: string;
  controlUrl: string;
  token: string;
}

/** The state of the stack running on dataDir; null when none is running there. */
export async function readLocalStackState(dataDir: string): Promise<LocalStackState | null> {
  try {
    return JSON.parse(await readFile(join(dataDir, LOCAL_STATE_FILE), 'utf8')) as LocalStackState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** The local stack's data directory: `EVENTWIRE_DATA_DIR`, or this checkout's `.eventwire/`. */
export function localDataDir(): string {
  return resolve(process.env.EVENTWIRE_DATA_DIR ?? resolve(import.meta.dirname, '../../.eventwire'));
}

/** Whether any HTTP server answers at url within timeoutMs (an S3 endpoint may well say 403). */
export async function answers(url: string, timeoutMs: number): Promise<boolean> {
  const answer = await fetch(url, { signal: AbortSignal.timeout(timeoutMs) }).catch(() => null);
  await answer?.body?.cancel();
  return answer !== null;
}

/** Whether a query API answers at apiUrl (its OpenAPI document), within timeoutMs. */
export async function apiAnswers(apiUrl: string, timeoutMs: number): Promise<boolean> {
  const answer = await fetch(`${apiUrl}/openapi.json`, { signal: AbortSignal.timeout(timeoutMs) }).catch(
    () => null,
  );
  await answer?.body?.cancel();
  return answer?.ok ?? false;
}

/**
 * The state of the stack still running on dataDir; null when none is. A killed `npm start` leaves
 * its file behind, naming ports nothing listens on any more and a pid that may have been reused
 * (a container's restart): running means that process is alive and its API answers.
 */
export async function readRunningLocalStack(dataDir: string): Promise<LocalStackState | null> {
  const state = await readLocalStackState(dataDir).catch(() => null);
  if (!state) return null;
  try {
    process.kill(state.pid, 0);
  } catch (error) {
    // EPERM: alive, but another user's.
    if ((error as NodeJS.ErrnoException).code !== 'EPERM') return null;
  }
  return (await apiAnswers(state.apiUrl, 2_000)) ? state : null;
}
