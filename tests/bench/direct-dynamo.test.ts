/**
 * The bench grows its big tables through dynalite's actions in-process (bench/direct-dynamo.ts).
 * Those tables are only worth measuring if they hold what the HTTP path would have stored.
 */

import type { AttributeValue, DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/corpus';
import { openDirectDynamo } from '../../bench/direct-dynamo';
import { BENCH_TABLE, scanTable, startDynalite } from '../../bench/emulators';
import { makeDynamoClient } from '../../lambdas/aws/clients';
import { codeDocument } from '../../lambdas/core';
import { createTableAndWait } from '../../lambdas/store/create-table';
import { DynamoEventStore } from '../../lambdas/store/event-store';

type Item = Record<string, AttributeValue>;

/** Items that do not depend on the clock: events, postings, year indexes, counts. */
function stable(items: Item[]): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const item of items) {
    const pk = item.pk?.S ?? '';
    const id = `${pk}|${item.sk?.S}`;
    if (pk.startsWith('EVENT#') || pk.startsWith('F#') || pk.startsWith('Y#')) out[id] = item;
    else if (pk.startsWith('ACTORS#')) out[id] = item.n;
    // Month counters: every count, without the tokens of finished transitions (cleanup timing).
    else if (pk.startsWith('TM#'))
      out[id] = Object.fromEntries(Object.entries(item).filter(([name]) => !name.startsWith('x')));
  }
  return out;
}

async function store(client: DynamoDBClient): Promise<void> {
  const docs = generateCorpus(6, 9_000).map((a) => codeDocument(a.text, { doc: a.key }));
  const events = new DynamoEventStore(client, BENCH_TABLE);
  const at = '2026-01-01T00:00:00.000Z';
  for (const d of docs)
    await events.putDocument({ doc: d.doc, sequencer: '1', at }, d.published, d.events, []);
}

describe('the bench loader that drives dynalite in-process', () => {
  it('leaves the same events, postings and counts as the store over HTTP', async () => {
    const direct = openDirectDynamo('');
    await createTableAndWait(direct.client, BENCH_TABLE);
    await store(direct.client);
    const viaDirect = await scanTable(direct.client);
    await direct.close();

    const dynamo = await startDynalite();
    const client = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
    await store(client);
    const viaHttp = await scanTable(client);
    client.destroy();
    await dynamo.stop();

    expect(Object.keys(stable(viaHttp)).length).toBeGreaterThan(100);
    expect(stable(viaDirect)).toEqual(stable(viaHttp));
    expect(viaDirect.length).toBe(viaHttp.length);
  });

  it('raises DynamoDB errors by name, as the SDK does', async () => {
    const direct = openDirectDynamo('');
    await createTableAndWait(direct.client, BENCH_TABLE);
    await expect(createTableAndWait(direct.client, BENCH_TABLE)).rejects.toMatchObject({
      name: 'ResourceInUseException',
    });
    await direct.close();
  });
});
