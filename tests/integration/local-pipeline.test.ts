/**
 * The whole local pipeline, end to end: objects go in through the S3 API (s3rver), notifications run
 * the real ingest handler through the local queue into dynalite, answers come out of the HTTP API.
 * One stack is shared by the tests (they use distinct keys) and restarted only to test persistence.
 */
import { spawnSync } from 'node:child_process';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { HeadObjectCommand, type S3Client } from '@aws-sdk/client-s3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LOCAL_BUCKET, type LocalStack } from '../../infra/local/local-stack';
import { makeS3Client } from '../../lambdas/aws/clients';
import { LOCAL_STATE_FILE, readRunningLocalStack } from '../../lambdas/cli/local-stack-state';
import type { EventRecord } from '../../lambdas/core/types';
import {
  deleteArticle,
  documentStatus,
  eventsOf,
  getJson,
  makeTempDir,
  putArticle,
  removeDir,
  startTestStack,
} from './local-stack-fixture';

const SEED = join(import.meta.dirname, '../../seeds/000_a10ac565b067f4e4.txt');
// Spaces, "+", "%" and Arabic: each is encoded differently in S3 notifications and in URLs.
const TRICKY_KEY = 'news/Cairo talks+100% القاهرة.txt';
// Small enough that a test can exceed it cheaply, large enough for every article used here.
const MAX_OBJECT_BYTES = 8 * 1024;

const SECOND_ARTICLE =
  ' date 2024-03-12 Japanese Prime Minister Fumio Kishida met with Philippine President Ferdinand Marcos Jr. ' +
  'in Tokyo on Monday. The two leaders signed a defence agreement.';
const UNDATED_ARTICLE =
  'French President Emmanuel Macron met with German Chancellor Olaf Scholz in Paris to discuss Ukraine.';

const dynamoCommands: string[] = [];
let dataDir: string;
let stack: LocalStack;
let s3: S3Client;

async function start(fresh = false): Promise<void> {
  stack = await startTestStack(dataDir, {
    fresh,
    maxObjectBytes: MAX_OBJECT_BYTES,
    onDynamoCommand: (name) => dynamoCommands.push(name),
  });
  s3?.destroy();
  s3 = makeS3Client({ s3Endpoint: stack.s3Endpoint });
}

beforeAll(async () => {
  dataDir = await makeTempDir('pipeline');
  await start();
});

afterAll(async () => {
  s3?.destroy();
  await stack?.stop();
  await removeDir(dataDir);
});

function findMeeting(events: EventRecord[]): EventRecord | undefined {
  return events.find(
    (event) =>
      event.source.code === 'EGYGOV' && event.target?.code === 'USAGOV' && event.action.root === '04',
  );
}

describe('the local pipeline', () => {
  let meetingId: string;

  it('codes an article whose key has spaces, plus, percent and Arabic, and serves it over HTTP', async () => {
    await putArticle(s3, TRICKY_KEY, await readFile(SEED));
    await stack.idle();

    const byActor = await getJson<{ events: EventRecord[] }>(stack.apiUrl, '/events?actor=EGY&limit=500');
    expect(byActor.status).toBe(200);
    const meeting = findMeeting(byActor.body.events.filter((event) => event.doc === TRICKY_KEY));
    expect(meeting).toMatchObject({
      doc: TRICKY_KEY,
      date: '2024-02-06',
      location: { name: 'Cairo', country: 'EGY' },
    });
    expect(meeting?.text).toContain('met with US Secretary of State Antony Blinken');
    meetingId = meeting?.id ?? '';

    const one = await getJson<EventRecord>(stack.apiUrl, `/events/${meetingId}`);
    expect(one.status).toBe(200);
    expect(one.body).toEqual(meeting);

    const events = await eventsOf(stack.apiUrl, TRICKY_KEY);
    const status = await documentStatus(stack.apiUrl, TRICKY_KEY);
    expect(status.status).toBe(200);
    expect(status.body).toMatchObject({
      doc: TRICKY_KEY,
      status: 'PARSED',
      published: '2024-02-07',
      events: events.length,
      error: null,
    });
    expect(events.length).toBeGreaterThan(0);
  });

  it('pages with a signed cursor and answers a hand-edited one with a 400', async () => {
    const first = await getJson<{ events: EventRecord[]; cursor: string | null }>(
      stack.apiUrl,
      '/events?actor=EGY&limit=1',
    );
    const cursor = first.body.cursor ?? '';
    expect(cursor).not.toBe('');
    const next = await getJson<{ events: EventRecord[] }>(
      stack.apiUrl,
      `/events?actor=EGY&limit=1&cursor=${cursor}`,
    );
    expect(next.status).toBe(200);
    expect(next.body.events[0]?.id).not.toBe(first.body.events[0]?.id);
    const [body = '', mac = ''] = cursor.split('.');
    const edited = `${body.slice(0, -2)}${body.endsWith('AA') ? 'BB' : 'AA'}.${mac}`;
    const tampered = await getJson<{ errors: { parameter: string }[] }>(
      stack.apiUrl,
      `/events?actor=EGY&limit=1&cursor=${edited}`,
    );
    expect(tampered.status).toBe(400);
    expect(tampered.body.errors[0]?.parameter).toBe('cursor');
  });

  it('replaces the events of an overwritten object with those of the new version', async () => {
    await putArticle(s3, TRICKY_KEY, SECOND_ARTICLE);
    await stack.idle();

    const events = await eventsOf(stack.apiUrl, TRICKY_KEY);
    expect(findMeeting(events)).toBeUndefined();
    expect(events).toContainEqual(
      expect.objectContaining({
        source: expect.objectContaining({ code: 'JPNGOV' }),
        target: expect.objectContaining({ code: 'PHLGOV' }),
        date: '2024-03-11',
      }),
    );
    expect((await getJson(stack.apiUrl, `/events/${meetingId}`)).status).toBe(404);
    expect((await documentStatus(stack.apiUrl, TRICKY_KEY)).body).toMatchObject({
      status: 'PARSED',
      published: '2024-03-12',
      events: events.length,
    });
  });

  it('removes the events of a deleted object and marks it DELETED', async () => {
    const before = await eventsOf(stack.apiUrl, TRICKY_KEY);
    expect(before.length).toBeGreaterThan(0);

    await deleteArticle(s3, TRICKY_KEY);
    await stack.idle();

    expect(await eventsOf(stack.apiUrl, TRICKY_KEY)).toEqual([]);
    for (const event of before) expect((await getJson(stack.apiUrl, `/events/${event.id}`)).status).toBe(404);
    expect((await documentStatus(stack.apiUrl, TRICKY_KEY)).body).toMatchObject({
      status: 'DELETED',
      events: 0,
    });
  });

  describe('bad input', () => {
    const article =
      ' date 2024-02-07 Egyptian President Abdel Fattah al-Sisi met with Antony Blinken in Cairo.';
    const failures: { name: string; body: Uint8Array; code: string; message: RegExp }[] = [
      { name: 'an empty file', body: new Uint8Array(), code: 'EMPTY', message: /empty/ },
      { name: 'whitespace only', body: Buffer.from(' \n\t \r\n '), code: 'EMPTY', message: /whitespace/ },
      { name: 'a PDF', body: Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj'), code: 'BINARY', message: /PDF/ },
      {
        name: 'a PNG image',
        body: Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]),
        code: 'BINARY',
        message: /PNG/,
      },
      { name: 'NUL bytes', body: Buffer.from(`${article}\0\0\0`), code: 'BINARY', message: /NUL/ },
      {
        name: 'invalid UTF-8',
        body: Buffer.concat([Buffer.from(article), Buffer.from([0xc3, 0x28, 0xff])]),
        code: 'INVALID_ENCODING',
        message: /UTF-8/,
      },
      {
        name: 'an impossible date',
        body: Buffer.from(' date 2024-02-30 Egypt met with the United States.'),
        code: 'BAD_DATE',
        message: /2024-02-30/,
      },
      {
        name: 'a file over the size limit',
        body: Buffer.from(`${article} ${'Filler text. '.repeat(MAX_OBJECT_BYTES / 10)}`),
        code: 'TOO_LARGE',
        message: /limit/,
      },
    ];
    const key = (name: string) => `bad/${name}.txt`;
    const goodKey = 'bad/the good one.txt';
    const utf16Key = 'bad/utf-16le with BOM.txt';
    const undatedKey = 'bad/no date header.txt';

    beforeAll(async () => {
      // All at once, so the good files share batches with the bad ones.
      await Promise.all([
        ...failures.map((failure) => putArticle(s3, key(failure.name), failure.body)),
        putArticle(s3, goodKey, article),
        putArticle(s3, utf16Key, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(article, 'utf16le')])),
        putArticle(s3, undatedKey, UNDATED_ARTICLE),
      ]);
      await stack.idle();
    });

    it.each(failures)('marks $name FAILED with $code and a readable message', async (failure) => {
      const { status, body } = await documentStatus(stack.apiUrl, key(failure.name));
      expect(status).toBe(200);
      expect(body).toMatchObject({ status: 'FAILED', events: 0, error: { code: failure.code } });
      expect(body.error?.message).toMatch(failure.message);
      // A sentence for a person, not an exception dump.
      expect(body.error?.message).not.toMatch(/Error:|\n|at \w+ \(/);
      expect(await eventsOf(stack.apiUrl, key(failure.name))).toEqual([]);
    });

    it('still codes a good file sent in the same batch as the bad ones', async () => {
      expect((await documentStatus(stack.apiUrl, goodKey)).body.status).toBe('PARSED');
      expect(findMeeting(await eventsOf(stack.apiUrl, goodKey))).toBeDefined();
    });

    it('decodes UTF-16LE with a byte-order mark', async () => {
      expect((await documentStatus(stack.apiUrl, utf16Key)).body).toMatchObject({
        status: 'PARSED',
        published: '2024-02-07',
        warnings: [],
      });
      expect(findMeeting(await eventsOf(stack.apiUrl, utf16Key))).toBeDefined();
    });

    it('codes a file without a date header against its upload day, with a warning', async () => {
      const head = await s3.send(new HeadObjectCommand({ Bucket: LOCAL_BUCKET, Key: undatedKey }));
      const uploadDay = head.LastModified?.toISOString().slice(0, 10);
      const { body } = await documentStatus(stack.apiUrl, undatedKey);
      expect(body).toMatchObject({ status: 'PARSED', published: uploadDay, error: null });
      expect(body.warnings.join(' ')).toMatch(/no "date YYYY-MM-DD" header/);

      const events = await eventsOf(stack.apiUrl, undatedKey);
      expect(events.length).toBeGreaterThan(0);
      for (const event of events) expect(event).toMatchObject({ date: uploadDay, dateBasis: 'document' });
    });
  });

  describe('across restarts', () => {
    const key = 'kept/across restarts.txt';

    it('keeps stored events when a stack is restarted on the same data directory', async () => {
      await putArticle(s3, key, await readFile(SEED));
      await stack.idle();
      const before = await eventsOf(stack.apiUrl, key);
      expect(before.length).toBeGreaterThan(0);

      await stack.stop();
      await start();

      expect(await eventsOf(stack.apiUrl, key)).toEqual(before);
      expect((await documentStatus(stack.apiUrl, key)).body.status).toBe('PARSED');
    });

    it('hands out after a restart the notifications still queued when it stopped', async () => {
      // A batching window longer than the test: the notification is queued (and journaled) only.
      await stack.stop();
      stack = await startTestStack(dataDir, { queue: { batchWindowMs: 60_000 } });
      s3.destroy();
      s3 = makeS3Client({ s3Endpoint: stack.s3Endpoint });
      await putArticle(s3, 'kept/queued at stop.txt', SECOND_ARTICLE);
      await stack.stop();

      await start();
      expect(stack.restored).toEqual({ ready: 1, delayed: 0, delayedUntil: null });
      await stack.idle();
      expect((await documentStatus(stack.apiUrl, 'kept/queued at stop.txt')).body.status).toBe('PARSED');
    });

    it('pages on after a restart with a cursor from before it', async () => {
      const first = await getJson<{ cursor: string | null }>(stack.apiUrl, '/events?limit=1');
      expect(first.body.cursor).toEqual(expect.any(String));
      await stack.stop();
      await start();
      const next = await getJson(
        stack.apiUrl,
        `/events?limit=1&cursor=${encodeURIComponent(first.body.cursor ?? '')}`,
      );
      expect(next.status).toBe(200);
    });

    it('refuses a second stack on a data directory in use, saying which', async () => {
      await expect(startTestStack(dataDir)).rejects.toThrow(
        new RegExp(`another eventwire stack \\(pid ${process.pid}, API ${stack.apiUrl}\\) is using`),
      );
      // The running one is untouched.
      expect((await getJson(stack.apiUrl, '/events?limit=1')).status).toBe(200);
    });

    it('starts over the state file a killed run left behind', async () => {
      await stack.stop();
      const { pid } = spawnSync(process.execPath, ['-e', '']); // a process that has ended
      const stale = {
        pid,
        apiUrl: 'http://127.0.0.1:9',
        s3Endpoint: '',
        dynamoEndpoint: '',
        controlUrl: '',
        token: 'x',
      };
      await writeFile(join(dataDir, LOCAL_STATE_FILE), JSON.stringify(stale));
      expect(await readRunningLocalStack(dataDir)).toBeNull();
      await start();
      expect(await readRunningLocalStack(dataDir)).toMatchObject({ pid: process.pid, apiUrl: stack.apiUrl });
    });

    it('starts empty with fresh', async () => {
      await stack.stop();
      await start(true);

      expect((await getJson(stack.apiUrl, '/events')).body).toEqual({ events: [], cursor: null });
      expect((await documentStatus(stack.apiUrl, key)).status).toBe(404);
    });
  });

  it('never sends a Scan to DynamoDB', () => {
    // The hook saw every command of every stack in this file; make sure it was watching at all.
    expect(dynamoCommands).toContain('QueryCommand');
    expect(dynamoCommands).toContain('GetItemCommand');
    expect(dynamoCommands).not.toContain('ScanCommand');
  });
});
