import { ListTablesCommand } from '@aws-sdk/client-dynamodb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDynamoClient, makeS3Client } from '../../lambdas/aws/clients';
import { type LocalDynamo, startDynalite } from '../store/dynalite';

describe('makeDynamoClient', () => {
  let dynamo: LocalDynamo;
  beforeAll(async () => {
    dynamo = await startDynalite();
  });
  afterAll(async () => {
    await dynamo.close();
  });

  /** Counts the requests that pass a middleware added after the client's first request. */
  async function requestsSeenByLateMiddleware(cacheMiddleware?: boolean): Promise<number> {
    const client = makeDynamoClient(
      cacheMiddleware === undefined
        ? { dynamodbEndpoint: dynamo.endpoint }
        : { dynamodbEndpoint: dynamo.endpoint, cacheMiddleware },
    );
    try {
      await client.send(new ListTablesCommand({}));
      let seen = 0;
      client.middlewareStack.add(
        (next) => (args) => {
          seen += 1;
          return next(args);
        },
        { step: 'initialize', name: 'lateCounter' },
      );
      await client.send(new ListTablesCommand({}));
      return seen;
    } finally {
      client.destroy();
    }
  }

  it('resolves each command middleware stack once, so middleware must be added before the first request', async () => {
    expect(await requestsSeenByLateMiddleware()).toBe(0);
  });

  it('rebuilds the stack per request when asked to, for tests that inject middleware between requests', async () => {
    expect(await requestsSeenByLateMiddleware(false)).toBe(1);
  });
});

describe('makeS3Client', () => {
  it('takes the region from the environment in the cloud, as the AWS CLI does, and us-east-1 locally', async () => {
    const saved = process.env.AWS_REGION;
    process.env.AWS_REGION = 'eu-west-3';
    const cloud = makeS3Client({});
    const local = makeS3Client({ s3Endpoint: 'http://127.0.0.1:9' });
    try {
      expect(await cloud.config.region()).toBe('eu-west-3');
      expect(await local.config.region()).toBe('us-east-1');
    } finally {
      cloud.destroy();
      local.destroy();
      if (saved === undefined) delete process.env.AWS_REGION;
      else process.env.AWS_REGION = saved;
    }
  });
});
