import { hash } from 'node:crypto';
import type { EventRecord } from './types';

/** A short fingerprint of a document's text, computed once per document. */
export function contentHash(text: string): string {
  return hash('sha256', text, 'hex').slice(0, 16);
}

/**
 * Stable for the same content: a redelivered or re-coded document overwrites its events instead of
 * duplicating them. The document's content hash is part of the id, so two versions of one key never
 * share an id: without transactions, a writer of an older version that loses the race to a newer one
 * could otherwise overwrite the newer version's records, and then only delete what it alone wrote.
 */
export function eventId(
  record: Pick<EventRecord, 'doc' | 'sentence' | 'source' | 'action' | 'target'>,
  documentHash: string,
): string {
  // crypto.hash: one call, no Hash object per event (same digest as createHash).
  return hash(
    'sha256',
    [
      documentHash,
      record.doc,
      record.sentence,
      record.source.code,
      record.action.code,
      record.target?.code ?? '',
    ].join('\u0000'),
    'hex',
  ).slice(0, 32);
}
