/**
 * A counter update leaves a token (`x<tid>`) that its writer removes later; a writer that dies
 * first leaves it for good. Month counters are updated by almost every document for a month, so
 * leaked tokens must not pile up on them (every update is billed on the item's size), and the
 * token of a transition that is still pending must never be taken away (it is what stops the
 * retry from counting twice).
 */
import { GetItemCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoClient } from '../../lambdas/aws/clients';
import { DynamoEventStore } from '../../lambdas/store/event-store';
import { counterKey } from '../../lambdas/store/keys';
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
const day = '2024-02-06';

function put(store: DynamoEventStore, doc: string, sequencer = '01') {
  const event = makeEvent({ doc, date: day, source: 'EGYGOV', target: 'USAGOV' });
  return store.putDocument({ doc, sequencer, at }, '2024-02-10', [event], []);
}

/** The `all` month counter of February 2024: its count of the 6th and its token attributes. */
async function allCounter(tableName: string): Promise<{ count: number; tokens: string[] }> {
  const key = counterKey('all', '*', day);
  const out = await dynamo.client.send(
    new GetItemCommand({
      TableName: tableName,
      Key: { pk: { S: key.pk }, sk: { S: key.sk } },
      ConsistentRead: true,
    }),
  );
  const item = out.Item ?? {};
  return {
    count: Number(item[key.attr]?.N ?? 0),
    tokens: Object.keys(item).filter((name) => name.startsWith('x')),
  };
}

describe('tokens left on counters', () => {
  it('are removed once enough writers died leaving theirs on a counter every document updates', async () => {
    const tableName = await dynamo.createTable();
    let clock = Date.parse(at);
    // Each document by a store used once and dropped, eleven minutes apart: a Lambda environment
    // reclaimed before its finished tokens were old enough to flush.
    for (let n = 1; n <= 12; n++) {
      await put(new DynamoEventStore(dynamo.client, tableName, { now: () => clock }), `doc-${n}.txt`);
      clock += 11 * 60_000;
    }
    const { count, tokens } = await allCounter(tableName);
    expect(count).toBe(12);
    // Without the sweep every dead writer's token would stay: 12. With it, fewer than the 4 old
    // ones that start a sweep, plus the youngest.
    expect(tokens.length).toBeLessThanOrEqual(4);
  });

  it('are left alone while they are young: their writers remove them', async () => {
    const tableName = await dynamo.createTable();
    const requests: string[] = [];
    const watched = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
    watched.middlewareStack.add(
      (next) => async (args) => {
        const input = args.input as { UpdateExpression?: string };
        if (input.UpdateExpression?.startsWith('REMOVE')) requests.push(input.UpdateExpression);
        return next(args);
      },
      { step: 'initialize', name: 'recordRemovals' },
    );
    for (let n = 1; n <= 12; n++) await put(new DynamoEventStore(watched, tableName), `doc-${n}.txt`);
    watched.destroy();
    expect(requests).toEqual([]);
    expect((await allCounter(tableName)).tokens).toHaveLength(12);
  });

  it('keeps the token of a transition that crashed, so its retry does not count twice', async () => {
    const tableName = await dynamo.createTable();
    let clock = Date.parse(at);
    const now = () => clock;
    // A writer that dies right after its update of the `all` counter succeeded.
    const dying = makeDynamoClient({ dynamodbEndpoint: dynamo.endpoint });
    dying.middlewareStack.add(
      (next) => async (args) => {
        const out = await next(args);
        const input = args.input as { Key?: { pk?: { S?: string } }; UpdateExpression?: string };
        if (input.Key?.pk?.S?.startsWith('TM#all=') && input.UpdateExpression?.startsWith('ADD'))
          throw new Error('simulated crash');
        return out;
      },
      { step: 'initialize', name: 'crashAfterAllCounter' },
    );
    await expect(put(new DynamoEventStore(dying, tableName, { now }), 'a.txt')).rejects.toThrow(
      'simulated crash',
    );
    dying.destroy();
    const pending = await allCounter(tableName);
    expect(pending).toMatchObject({ count: 1 });
    expect(pending.tokens).toHaveLength(1);

    // Other writers update the same counter later, each checking every old token it sees.
    clock += 11 * 60_000;
    for (let n = 1; n <= 3; n++) {
      await put(new DynamoEventStore(dynamo.client, tableName, { now, leakedTokenLimit: 1 }), `b-${n}.txt`);
    }
    expect((await allCounter(tableName)).tokens).toContain(pending.tokens[0]);

    // SQS redelivers after the dead writer's lease: the transition is taken over and finished.
    clock += 10 * 60_000;
    const retry = new DynamoEventStore(dynamo.client, tableName, { now });
    await put(retry, 'a.txt');
    await retry.flushCounterTokens();
    expect((await allCounter(tableName)).count).toBe(4);
  });
});
