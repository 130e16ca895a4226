/**
 * Shared plumbing for the integration tests: a local stack on random loopback ports in a temp
 * directory, and small typed helpers for the S3 and HTTP sides. Everything goes through the real
 * S3 API (s3rver) and the real query API (HTTP), never the store directly.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DeleteObjectCommand, PutObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { LOCAL_BUCKET, type LocalStackOptions, startLocalStack } from '../../infra/local/local-stack';
import type { EventRecord } from '../../lambdas/core/types';
import type { DocumentRecord } from '../../lambdas/store/types';

export async function makeTempDir(prefix: string): Promise<string> {
  return mkdtemp(join(tmpdir(), `eventwire-${prefix}-`));
}

export async function removeDir(dir: string | undefined): Promise<void> {
  if (dir) await rm(dir, { recursive: true, force: true });
}

/** A stack on random ports with nothing logged, so test output stays readable. */
export function startTestStack(dataDir: string, options: Partial<LocalStackOptions> = {}) {
  return startLocalStack({ dataDir, port: 0, s3Port: 0, dynamoPort: 0, logLevel: 'SILENT', ...options });
}

export async function putArticle(s3: S3Client, key: string, body: string | Uint8Array): Promise<void> {
  await s3.send(new PutObjectCommand({ Bucket: LOCAL_BUCKET, Key: key, Body: body }));
}

export async function deleteArticle(s3: S3Client, key: string): Promise<void> {
  await s3.send(new DeleteObjectCommand({ Bucket: LOCAL_BUCKET, Key: key }));
}

export interface ApiResponse<T> {
  status: number;
  body: T;
}

export async function getJson<T>(apiUrl: string, path: string): Promise<ApiResponse<T>> {
  const response = await fetch(`${apiUrl}${path}`);
  return { status: response.status, body: (await response.json()) as T };
}

export async function eventsOf(apiUrl: string, doc: string): Promise<EventRecord[]> {
  const { status, body } = await getJson<{ events: EventRecord[] }>(
    apiUrl,
    `/events?limit=500&doc=${encodeURIComponent(doc)}`,
  );
  if (status !== 200) throw new Error(`GET /events?doc=${doc} answered ${status}`);
  return body.events;
}

export function documentStatus(apiUrl: string, doc: string) {
  return getJson<DocumentRecord>(apiUrl, `/documents/${encodeURIComponent(doc)}`);
}
