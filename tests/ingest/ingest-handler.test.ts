import { Readable } from 'node:stream';
import { Logger } from '@aws-lambda-powertools/logger';
import { GetObjectCommand, NoSuchKey, S3Client } from '@aws-sdk/client-s3';
import { sdkStreamMixin } from '@smithy/core/serde';
import { mockClient } from 'aws-sdk-client-mock';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventRecord } from '../../lambdas/core/types';
import { createIngestHandler, decodeS3Key } from '../../lambdas/ingest/ingest';
import type { ChangeOrigin, EventStore, WriteOutcome } from '../../lambdas/store/types';
import { s3Event, sqsEvent, sqsMessage } from '../fixtures/sqs-s3-events';

const ARTICLE =
  " date 2024-02-07 Egyptian President Abdel Fattah al-Sisi met with Jordan's King Abdullah II in Cairo on Tuesday.";

type Call =
  | { kind: 'put'; origin: ChangeOrigin; published: string; events: EventRecord[]; warnings: string[] }
  | { kind: 'fail'; origin: ChangeOrigin; error: { code: string; message: string } }
  | { kind: 'delete'; origin: ChangeOrigin }
  | { kind: 'abandon'; origin: ChangeOrigin };

/** Records what the handler asked of storage; reads are not used by ingest. */
class RecordingStore
  implements Pick<EventStore, 'putDocument' | 'failDocument' | 'deleteDocument' | 'abandonDocument'>
{
  calls: Call[] = [];
  failNextPut: Error | null = null;
  async putDocument(
    origin: ChangeOrigin,
    published: string,
    events: EventRecord[],
    warnings: string[],
  ): Promise<WriteOutcome> {
    if (this.failNextPut) {
      const error = this.failNextPut;
      this.failNextPut = null;
      throw error;
    }
    this.calls.push({ kind: 'put', origin, published, events, warnings });
    return 'applied';
  }
  async failDocument(origin: ChangeOrigin, error: { code: string; message: string }): Promise<WriteOutcome> {
    this.calls.push({ kind: 'fail', origin, error });
    return 'applied';
  }
  async deleteDocument(origin: ChangeOrigin): Promise<WriteOutcome> {
    this.calls.push({ kind: 'delete', origin });
    return 'applied';
  }
  async abandonDocument(origin: ChangeOrigin): Promise<void> {
    this.calls.push({ kind: 'abandon', origin });
  }
}

function body(text: string | Uint8Array) {
  return sdkStreamMixin(Readable.from([typeof text === 'string' ? Buffer.from(text) : Buffer.from(text)]));
}

const s3 = mockClient(S3Client);
let store: RecordingStore;
let handler: ReturnType<typeof createIngestHandler>;

beforeEach(() => {
  s3.reset();
  store = new RecordingStore();
  handler = createIngestHandler({
    s3: new S3Client({ region: 'us-east-1' }),
    store: store as unknown as EventStore,
    maxObjectBytes: 1024,
    logger: new Logger({ logLevel: 'SILENT' }),
  });
});

describe('decodeS3Key', () => {
  it.each([
    ['news/my+article.txt', 'news/my article.txt'],
    ['a%2Bb.txt', 'a+b.txt'],
    ['100%25+sure.txt', '100% sure.txt'],
    ['%D8%A7%D9%84%D9%82%D8%A7%D9%87%D8%B1%D8%A9.txt', 'القاهرة.txt'],
  ])('decodes %s to %s', (raw, decoded) => {
    expect(decodeS3Key(raw)).toBe(decoded);
  });
});

describe('ingest handler', () => {
  it('reads the object under its decoded key, codes it and stores its events', async () => {
    s3.on(GetObjectCommand, { Bucket: 'articles', Key: 'news/cairo talks.txt' }).resolves({
      Body: body(ARTICLE),
      ContentLength: ARTICLE.length,
      LastModified: new Date('2024-02-07T10:00:00Z'),
    });
    const result = await handler(
      sqsEvent(sqsMessage(s3Event({ key: 'news/cairo+talks.txt', size: ARTICLE.length }))),
    );
    expect(result.batchItemFailures).toEqual([]);
    const [call] = store.calls;
    expect(call?.kind).toBe('put');
    if (call?.kind !== 'put') return;
    expect(call.origin.doc).toBe('news/cairo talks.txt');
    expect(call.published).toBe('2024-02-07');
    expect(call.events.length).toBeGreaterThan(0);
    expect(call.events[0]).toMatchObject({
      doc: 'news/cairo talks.txt',
      date: '2024-02-06',
      action: { root: '04' },
    });
  });

  it('codes the same event ids for a duplicate notification, so the second write overwrites the first', async () => {
    s3.on(GetObjectCommand).callsFake(async () => ({ Body: body(ARTICLE), ContentLength: ARTICLE.length }));
    const message = s3Event({ key: 'a.txt', size: ARTICLE.length });
    await handler(sqsEvent(sqsMessage(message), sqsMessage(message)));
    const ids = store.calls.map((call) => (call.kind === 'put' ? call.events.map((event) => event.id) : []));
    expect(ids).toHaveLength(2);
    expect(ids[0]).toEqual(ids[1]);
  });

  it('marks an oversized object FAILED from the notification size without reading it', async () => {
    const result = await handler(sqsEvent(sqsMessage(s3Event({ key: 'dump.txt', size: 50 * 1024 * 1024 }))));
    expect(result.batchItemFailures).toEqual([]);
    expect(s3.commandCalls(GetObjectCommand)).toHaveLength(0);
    expect(store.calls[0]).toMatchObject({ kind: 'fail', error: { code: 'TOO_LARGE' } });
  });

  it('answers a bad file with a FAILED status instead of a retry', async () => {
    s3.on(GetObjectCommand).resolves({
      Body: body(new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d])),
      ContentLength: 5,
    });
    const result = await handler(sqsEvent(sqsMessage(s3Event({ key: 'scan.pdf', size: 5 }))));
    expect(result.batchItemFailures).toEqual([]);
    expect(store.calls[0]).toMatchObject({
      kind: 'fail',
      origin: { doc: 'scan.pdf' },
      error: { code: 'BINARY' },
    });
  });

  it('removes the events of a deleted object', async () => {
    const result = await handler(
      sqsEvent(
        sqsMessage(s3Event({ key: 'old+news.txt', eventName: 'ObjectRemoved:Delete', sequencer: '0A' })),
      ),
    );
    expect(result.batchItemFailures).toEqual([]);
    expect(store.calls).toEqual([
      { kind: 'delete', origin: { doc: 'old news.txt', sequencer: '0A', at: '2024-02-07T10:00:00.000Z' } },
    ]);
  });

  it('skips an object deleted before it was read, only cleaning up after an earlier attempt', async () => {
    s3.on(GetObjectCommand).rejects(new NoSuchKey({ message: 'gone', $metadata: {} }));
    const result = await handler(sqsEvent(sqsMessage(s3Event({ key: 'gone.txt' }))));
    expect(result.batchItemFailures).toEqual([]);
    // No status is written: the removal notification settles it.
    expect(store.calls.map((c) => c.kind)).toEqual(['abandon']);
  });

  it('reports only the message whose storage write failed, so SQS retries it alone', async () => {
    s3.on(GetObjectCommand).callsFake(async () => ({ Body: body(ARTICLE), ContentLength: ARTICLE.length }));
    store.failNextPut = Object.assign(new Error('Rate exceeded'), { name: 'ThrottlingException' });
    const first = sqsMessage(s3Event({ key: 'one.txt', size: ARTICLE.length }), 'first');
    const second = sqsMessage(s3Event({ key: 'two.txt', size: ARTICLE.length }), 'second');
    const result = await handler(sqsEvent(first, second));
    expect(result.batchItemFailures).toHaveLength(1);
    expect(store.calls).toHaveLength(1);
    const stored = store.calls[0]?.origin.doc;
    const failedId = result.batchItemFailures[0]?.itemIdentifier;
    expect(failedId).toBe(stored === 'one.txt' ? 'second' : 'first');
  });

  it('ignores the test message S3 sends when notifications are configured', async () => {
    const result = await handler(
      sqsEvent(sqsMessage({ Service: 'Amazon S3', Event: 's3:TestEvent', Bucket: 'articles' })),
    );
    expect(result).toEqual({ batchItemFailures: [] });
  });

  it('reports a message that is not an S3 notification as failed, so it ends in the dead-letter queue', async () => {
    const result = await handler(sqsEvent(sqsMessage('not json', 'junk')));
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: 'junk' }]);
  });

  it('stores at most the configured number of events of one document and says so on its status', async () => {
    const limited = createIngestHandler({
      s3: new S3Client({ region: 'us-east-1' }),
      store: store as unknown as EventStore,
      maxObjectBytes: 1024 * 1024,
      maxEventsPerDocument: 2,
      logger: new Logger({ logLevel: 'SILENT' }),
    });
    const article = ` date 2024-02-07 ${'Israeli jets bombed Hezbollah positions in Beirut. Hezbollah fired rockets at Israel. '.repeat(3)}`;
    s3.on(GetObjectCommand).callsFake(async () => ({ Body: body(article), ContentLength: article.length }));
    await limited(sqsEvent(sqsMessage(s3Event({ key: 'dump.txt', size: article.length }))));
    const [call] = store.calls;
    expect(call?.kind).toBe('put');
    if (call?.kind !== 'put') return;
    expect(call.events).toHaveLength(2);
    expect(call.warnings.join(' ')).toMatch(/produced 6 events; only the first 2 are stored/);
  });

  it('writes JSON log lines that all carry the document key', async () => {
    const lines: string[] = [];
    const capture = (chunk: unknown) => {
      lines.push(String(chunk));
      return true;
    };
    const stdout = vi.spyOn(process.stdout, 'write').mockImplementation(capture);
    const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(capture);
    try {
      const logged = createIngestHandler({
        s3: new S3Client({ region: 'us-east-1' }),
        store: store as unknown as EventStore,
        maxObjectBytes: 1024,
        logger: new Logger({ serviceName: 'eventwire-ingest', logLevel: 'INFO' }),
      });
      s3.on(GetObjectCommand).callsFake(async () => ({ Body: body(ARTICLE), ContentLength: ARTICLE.length }));
      store.failNextPut = new Error('Rate exceeded');
      await logged(sqsEvent(sqsMessage(s3Event({ key: 'logs/one.txt', size: ARTICLE.length }))));
      await logged(sqsEvent(sqsMessage(s3Event({ key: 'logs/big.txt', size: 50 * 1024 * 1024 }))));
    } finally {
      stdout.mockRestore();
      stderr.mockRestore();
    }
    const records = lines.flatMap((line) => line.split('\n')).filter((line) => line.trim().startsWith('{'));
    expect(records.length).toBeGreaterThanOrEqual(3);
    for (const record of records) expect(JSON.parse(record)).toHaveProperty('doc');
  });
});
