import { createHash } from 'node:crypto';
import type { EventRecord } from './types';

/** Stable across runs: a redelivered or re-coded document overwrites its events instead of duplicating. */
export function eventId(
  record: Pick<EventRecord, 'doc' | 'sentence' | 'source' | 'action' | 'target'>,
): string {
  return createHash('sha256')
    .update(
      [record.doc, record.sentence, record.source.code, record.action.code, record.target?.code ?? ''].join(
        '\u0000',
      ),
    )
    .digest('hex')
    .slice(0, 32);
}
