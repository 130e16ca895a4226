import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { GetItemCommand, ListTablesCommand, PutItemCommand } from '@aws-sdk/client-dynamodb';
import { afterEach, describe, expect, it } from 'vitest';
import { startDynaliteThread } from '../../infra/local/dynalite-thread';
import { makeDynamoClient } from '../../lambdas/aws/clients';
import { createTableAndWait } from '../../lambdas/store/create-table';

const FAST = { createTableMs: 0, deleteTableMs: 0, updateTableMs: 0 };

describe('dynalite in its own thread', () => {
  const cleanups: (() => Promise<void>)[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  it('serves the store from another thread and keeps its data on disk across a restart', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'eventwire-thread-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const first = await startDynaliteThread({ path: dir, ...FAST });
    const client = makeDynamoClient({ dynamodbEndpoint: first.endpoint });
    await createTableAndWait(client, 'thread-test');
    await client.send(
      new PutItemCommand({
        TableName: 'thread-test',
        Item: { pk: { S: 'a' }, sk: { S: 'b' }, n: { N: '7' } },
      }),
    );
    client.destroy();
    await first.stop();

    // The LevelDB lock is released when the thread ends: a second thread opens the same directory.
    const second = await startDynaliteThread({ path: dir, ...FAST });
    cleanups.push(() => second.stop());
    const again = makeDynamoClient({ dynamodbEndpoint: second.endpoint });
    cleanups.push(async () => again.destroy());
    const read = await again.send(
      new GetItemCommand({ TableName: 'thread-test', Key: { pk: { S: 'a' }, sk: { S: 'b' } } }),
    );
    expect(read.Item?.n?.N).toBe('7');
  });

  it('stops listening once stopped', async () => {
    const thread = await startDynaliteThread(FAST);
    const client = makeDynamoClient({ dynamodbEndpoint: thread.endpoint, maxAttempts: 1 });
    cleanups.push(async () => client.destroy());
    await expect(client.send(new ListTablesCommand({}))).resolves.toBeDefined();
    await thread.stop();
    await expect(client.send(new ListTablesCommand({}))).rejects.toThrow(/ECONNREFUSED|socket hang up/);
    // A second stop (a shutdown path that runs twice) returns instead of waiting for an exit that happened.
    await expect(thread.stop()).resolves.toBeUndefined();
  });

  it('reports a thread that dies after starting, and still stops', async () => {
    // A second thread on a directory another one holds cannot open LevelDB: it dies at its first request.
    const dir = await mkdtemp(join(tmpdir(), 'eventwire-thread-'));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const holder = await startDynaliteThread({ path: dir, ...FAST });
    cleanups.push(() => holder.stop());
    let reportDeath: (error: Error) => void = () => {};
    const death = new Promise<Error>((resolve) => {
      reportDeath = resolve;
    });
    const locked = await startDynaliteThread({ path: dir, ...FAST }, 0, (error) => reportDeath(error));
    const client = makeDynamoClient({ dynamodbEndpoint: locked.endpoint, maxAttempts: 1 });
    cleanups.push(async () => client.destroy());
    await expect(client.send(new ListTablesCommand({}))).rejects.toThrow();
    expect((await death).message).toMatch(/^dynalite thread died: /);
    await expect(locked.stop()).resolves.toBeUndefined();
  });

  it('rejects with the reason when its port is taken', async () => {
    const blocker = createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    cleanups.push(() => new Promise<void>((resolve) => blocker.close(() => resolve())));
    const { port } = blocker.address() as AddressInfo;
    await expect(startDynaliteThread(FAST, port)).rejects.toThrow(/dynalite: .*EADDRINUSE/);
  });
});
