/**
 * Documents with more event ids than fit on the document item keep them in manifest chunks
 * (`DOC#<key>` / `M#<ref>#<n>`). Small limits here exercise the same code a ~20,000-event article
 * takes with the defaults (1,000 inline, 5,000 per chunk: ~85 KB gzipped, far below 400 KB).
 */
import { QueryCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import { makeEvent } from '../fixtures/events';
import { type LocalDynamo, startDynalite } from './dynalite';

let dynamo: LocalDynamo;

beforeAll(async () => {
  dynamo = await startDynalite();
});

afterAll(async () => {
  await dynamo?.close();
});

const at = '2024-03-01T00:00:00.000Z';
const doc = 'big/article.txt';

async function docItems(tableName: string) {
  const out = await dynamo.client.send(
    new QueryCommand({
      TableName: tableName,
      KeyConditionExpression: 'pk = :pk',
      ExpressionAttributeValues: { ':pk': { S: `DOC#${doc}` } },
    }),
  );
  return out.Items ?? [];
}

describe('large documents', () => {
  it('keeps event ids in manifest chunks and cleans them up on replace and delete', async () => {
    const tableName = await dynamo.createTable();
    const store = new DynamoEventStore(dynamo.client, tableName, { inlineEventIds: 10, manifestChunkIds: 7 });
    const events = Array.from({ length: 40 }, (_, i) =>
      makeEvent({ doc, date: `2024-02-${String(1 + (i % 28)).padStart(2, '0')}` }),
    );
    await store.putDocument({ doc, sequencer: '01', at }, '2024-02-28', events, []);
    let items = await docItems(tableName);
    const item = items.find((i) => i.sk?.S === 'DOC');
    expect(item?.eventIds).toBeUndefined();
    expect(item?.idsChunks?.N).toBe('6');
    expect(items.filter((i) => i.sk?.S?.startsWith('M#'))).toHaveLength(6);
    expect((await store.getDocument(doc))?.events).toBe(40);
    expect((await store.queryEvents({ doc }, 100, null)).items).toHaveLength(40);

    // Replaced by fewer events: the dropped ones go, and so do the old chunks.
    await store.putDocument({ doc, sequencer: '02', at }, '2024-02-28', events.slice(0, 20), []);
    expect((await store.queryEvents({ doc }, 100, null)).items).toHaveLength(20);
    expect((await store.queryEvents({}, 100, null)).items).toHaveLength(20);
    expect(await store.getEvent(events[30]?.id ?? '')).toBeNull();
    items = await docItems(tableName);
    expect(items.filter((i) => i.sk?.S?.startsWith('M#'))).toHaveLength(3);
    expect(await store.timeline({}, 'month')).toEqual([{ date: '2024-02-01', count: 20 }]);

    // Deleted: every event, and every chunk.
    await store.deleteDocument({ doc, sequencer: '03', at });
    expect((await store.queryEvents({}, 100, null)).items).toEqual([]);
    items = await docItems(tableName);
    expect(items.filter((i) => i.sk?.S?.startsWith('M#'))).toEqual([]);
    expect(await store.timeline({}, 'month')).toEqual([]);
  });

  it('a redelivery of a large document rewrites nothing but the document item', async () => {
    const tableName = await dynamo.createTable();
    const store = new DynamoEventStore(dynamo.client, tableName, { inlineEventIds: 10, manifestChunkIds: 7 });
    const events = Array.from({ length: 25 }, () => makeEvent({ doc }));
    await store.putDocument({ doc, sequencer: '01', at }, '2024-02-28', events, []);
    const before = dynamo.commands.length;
    await store.putDocument({ doc, sequencer: '02', at }, '2024-02-28', events, []);
    const sent = dynamo.commands.slice(before);
    expect(sent.filter((c) => c === 'PutItemCommand')).toHaveLength(1);
    expect(sent).not.toContain('UpdateItemCommand');
    // The same ids hash to the same manifest, which the committed version already names.
    expect(sent).not.toContain('BatchWriteItemCommand');
    expect((await store.queryEvents({ doc }, 100, null)).items).toHaveLength(25);
    expect((await docItems(tableName)).filter((i) => i.sk?.S?.startsWith('M#'))).toHaveLength(4);
  });
});
