/**
 * s3rver announces object changes with raw keys and a millisecond sequencer; AWS sends URL-encoded
 * keys ("+" for spaces) and a sequencer that orders every change to a key. This turns one into the
 * other, so the ingest handler sees locally exactly what it sees in the cloud.
 */
import type { S3Event, S3EventRecord } from 'aws-lambda';

/** URL-encodes a key the way S3 event notifications do: like a form value, spaces as "+". */
export function encodeS3Key(key: string): string {
  return encodeURIComponent(key)
    .replace(/%20/g, '+')
    .replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

let lastSequencer = 0n;

/** Monotonic across the process, fixed width hex like S3's, so later changes compare greater. */
export function nextSequencer(now = Date.now()): string {
  const candidate = BigInt(now) * 1_000_000n;
  lastSequencer = candidate > lastSequencer ? candidate : lastSequencer + 1n;
  return lastSequencer.toString(16).toUpperCase().padStart(18, '0');
}

interface S3rverRecord {
  eventTime: string;
  eventName: string;
  s3: { bucket: { name: string }; object: { key: string; size?: number; eTag?: string } };
}

export function toAwsS3Event(s3rverEvent: { Records: S3rverRecord[] }, region = 'us-east-1'): S3Event {
  return {
    Records: s3rverEvent.Records.map(
      (record): S3EventRecord => ({
        eventVersion: '2.1',
        eventSource: 'aws:s3',
        awsRegion: region,
        eventTime: record.eventTime,
        eventName: record.eventName as S3EventRecord['eventName'],
        userIdentity: { principalId: 'AWS:LOCAL' },
        requestParameters: { sourceIPAddress: '127.0.0.1' },
        responseElements: { 'x-amz-request-id': 'LOCAL', 'x-amz-id-2': 'LOCAL' },
        s3: {
          s3SchemaVersion: '1.0',
          configurationId: 'eventwire-local',
          bucket: {
            name: record.s3.bucket.name,
            ownerIdentity: { principalId: 'LOCAL' },
            arn: `arn:aws:s3:::${record.s3.bucket.name}`,
          },
          object: {
            key: encodeS3Key(record.s3.object.key),
            size: record.s3.object.size ?? 0,
            eTag: record.s3.object.eTag ?? '',
            sequencer: nextSequencer(),
          },
        },
      }),
    ),
  };
}
