/**
 * The ingest handler: an SQS batch of S3 notifications in, documents coded and stored, and only the
 * messages that failed for a transient reason reported back (`batchItemFailures`), so SQS retries
 * those alone and moves what keeps failing to the dead-letter queue.
 */

import type { Logger } from '@aws-lambda-powertools/logger';
import { GetObjectCommand, type GetObjectCommandOutput, NoSuchKey, type S3Client } from '@aws-sdk/client-s3';
import type { S3EventRecord, SQSBatchResponse, SQSEvent, SQSRecord } from 'aws-lambda';
import { codeDocument, DocumentError, decodeArticle } from '../core';
import type { ChangeOrigin, EventStore, WriteOutcome } from '../store/types';

export interface IngestDependencies {
  s3: S3Client;
  store: EventStore;
  /** Larger objects are marked FAILED (TOO_LARGE) without reading their body. */
  maxObjectBytes: number;
  /**
   * More events than this from one document are not stored (the status says so): a multi-megabyte
   * dump coded into tens of thousands of events would outlast the Lambda's timeout on every retry.
   */
  maxEventsPerDocument?: number;
  logger: Logger;
}

export const DEFAULT_MAX_EVENTS_PER_DOCUMENT = 2_000;

/** S3 puts keys in notifications URL-encoded, with "+" for spaces. */
export function decodeS3Key(key: string): string {
  return decodeURIComponent(key.replace(/\+/g, ' '));
}

/** The S3 records inside one SQS message; S3's own test message has none. */
export function s3RecordsOf(message: SQSRecord): S3EventRecord[] {
  const body = JSON.parse(message.body) as { Records?: S3EventRecord[]; Event?: string };
  if (body.Event === 's3:TestEvent') return [];
  if (!Array.isArray(body.Records)) throw new Error('the SQS message is not an S3 event notification');
  return body.Records;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

async function ingestCreated(
  record: S3EventRecord,
  origin: ChangeOrigin,
  deps: IngestDependencies,
  log: Logger,
): Promise<WriteOutcome | 'gone'> {
  const tooLarge = (size: number) =>
    deps.store.failDocument(origin, {
      code: 'TOO_LARGE',
      message: `the file is ${mib(size)}; the limit is ${mib(deps.maxObjectBytes)}`,
    });
  // Checked before reading: the notification carries the size, so a 50 MB dump is never downloaded.
  if (record.s3.object.size > deps.maxObjectBytes) return tooLarge(record.s3.object.size);

  let object: GetObjectCommandOutput;
  try {
    object = await deps.s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: origin.doc }));
  } catch (error) {
    // Deleted since the notification was sent: its ObjectRemoved notification settles the state,
    // and what a crashed earlier attempt of this message wrote is removed here.
    if (error instanceof NoSuchKey || (error as { name?: string }).name === 'NoSuchKey') {
      await deps.store.abandonDocument(origin);
      return 'gone';
    }
    throw error;
  }
  const body = object.Body as
    | (NonNullable<GetObjectCommandOutput['Body']> & { destroy?: () => void })
    | undefined;
  const size = object.ContentLength ?? 0;
  if (size > deps.maxObjectBytes) {
    // Replaced by a larger object since the notification: release the connection unread.
    body?.destroy?.();
    return tooLarge(size);
  }
  const bytes = body ? await body.transformToByteArray() : new Uint8Array();
  const uploadDay = (object.LastModified ?? new Date(origin.at)).toISOString().slice(0, 10);
  try {
    const coded = codeDocument(decodeArticle(bytes), { doc: origin.doc, fallbackDate: uploadDay });
    const limit = deps.maxEventsPerDocument ?? DEFAULT_MAX_EVENTS_PER_DOCUMENT;
    const events = coded.events.slice(0, limit);
    const warnings =
      coded.events.length > limit
        ? [
            ...coded.warnings,
            `the document produced ${coded.events.length} events; only the first ${limit} are stored (split the file to keep them all)`,
          ]
        : coded.warnings;
    log.info('coded document', {
      events: coded.events.length,
      stored: events.length,
      published: coded.published,
      warnings,
    });
    return await deps.store.putDocument(origin, coded.published, events, warnings);
  } catch (error) {
    if (!(error instanceof DocumentError)) throw error;
    // A bad file is answered, not retried: its status says why, and nothing else is touched.
    log.warn('document rejected', { reason: error.code, detail: error.message });
    return deps.store.failDocument(origin, { code: error.code, message: error.message });
  }
}

async function ingestRecord(record: S3EventRecord, deps: IngestDependencies): Promise<void> {
  const doc = decodeS3Key(record.s3.object.key);
  const log = deps.logger.createChild({ persistentKeys: { doc } });
  const origin: ChangeOrigin = { doc, sequencer: record.s3.object.sequencer ?? '0', at: record.eventTime };
  const outcome = record.eventName.startsWith('ObjectRemoved')
    ? await deps.store.deleteDocument(origin)
    : await ingestCreated(record, origin, deps, log);
  log.info('notification handled', { eventName: record.eventName, outcome, sequencer: origin.sequencer });
}

/** The document keys a message is about, for its log line (the message itself may be unreadable). */
function docsOf(message: SQSRecord): string {
  try {
    return s3RecordsOf(message)
      .map((record) => decodeS3Key(record.s3.object.key))
      .join(', ');
  } catch {
    return '(not an S3 notification)';
  }
}

export function createIngestHandler(deps: IngestDependencies) {
  return async (event: SQSEvent): Promise<SQSBatchResponse> => {
    const results = await Promise.allSettled(
      event.Records.map(async (message) => {
        for (const record of s3RecordsOf(message)) await ingestRecord(record, deps);
      }),
    );
    const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
    results.forEach((result, i) => {
      const message = event.Records[i];
      if (result.status === 'fulfilled' || !message) return;
      deps.logger.error('message failed; SQS will retry it', {
        doc: docsOf(message),
        messageId: message.messageId,
        error:
          result.reason instanceof Error
            ? `${result.reason.name}: ${result.reason.message}`
            : String(result.reason),
      });
      batchItemFailures.push({ itemIdentifier: message.messageId });
    });
    return { batchItemFailures };
  };
}
