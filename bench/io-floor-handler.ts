/**
 * Cold start floor for the ingest Lambda: the same SDK clients as the empty baseline, and a handler
 * that does only the I/O no document can avoid: read the object named in the notification, write
 * one record per event (ten, about an article's worth) in one BatchWriteItem, and update one item
 * (its status). No coder, no dictionaries. The real handler's cold start minus this one is what
 * loading and running the coder, and the store's further writes, cost.
 */
import { BatchWriteItemCommand, UpdateItemCommand } from '@aws-sdk/client-dynamodb';
import { GetObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event, SQSEvent } from 'aws-lambda';
import { makeDynamoClient, makeS3Client, settingsFromEnv } from '../lambdas/aws/clients';

const settings = settingsFromEnv(process.env);
const s3 = makeS3Client(settings);
const dynamo = makeDynamoClient(settings);
const table = process.env.TABLE_NAME ?? '';

export const FLOOR_RECORDS = 10;
/** About one event record's size (the bench's generated events average 600-700 bytes). */
const RECORD = 'x'.repeat(600);

export const handler = async (event: SQSEvent) => {
  let bytesRead = 0;
  for (const message of event.Records) {
    // Not ingest.ts's helpers: importing that module would bring the coder into this bundle.
    for (const record of (JSON.parse(message.body) as S3Event).Records) {
      const doc = decodeURIComponent(record.s3.object.key.replace(/\+/g, ' '));
      const object = await s3.send(new GetObjectCommand({ Bucket: record.s3.bucket.name, Key: doc }));
      bytesRead += (await object.Body?.transformToByteArray())?.byteLength ?? 0;
      const puts = Array.from({ length: FLOOR_RECORDS }, (_, i) => ({
        PutRequest: { Item: { pk: { S: `FLOOR#${doc}#${i}` }, sk: { S: 'EVENT' }, record: { S: RECORD } } },
      }));
      await dynamo.send(new BatchWriteItemCommand({ RequestItems: { [table]: puts } }));
      await dynamo.send(
        new UpdateItemCommand({
          TableName: table,
          Key: { pk: { S: `FLOOR#${doc}` }, sk: { S: 'DOC' } },
          UpdateExpression: 'SET #status = :parsed',
          ExpressionAttributeNames: { '#status': 'status' },
          ExpressionAttributeValues: { ':parsed': { S: 'PARSED' } },
        }),
      );
    }
  }
  return { batchItemFailures: [], bench: { bytesRead } };
};
