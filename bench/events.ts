/** The two event shapes the Lambdas receive: SQS-wrapped S3 notifications and API Gateway v2. */
import type { APIGatewayProxyEventV2, SQSEvent } from 'aws-lambda';
import { toAwsS3Event } from '../infra/local/s3-notifications';

export function sqsS3Event(bucket: string, objects: { key: string; size: number }[]): SQSEvent {
  return {
    Records: objects.map((object, i) => {
      const body = toAwsS3Event({
        Records: [
          {
            eventTime: new Date().toISOString(),
            eventName: 'ObjectCreated:Put',
            s3: { bucket: { name: bucket }, object: { key: object.key, size: object.size } },
          },
        ],
      });
      return {
        messageId: `bench-${i}`,
        receiptHandle: `bench-${i}`,
        body: JSON.stringify(body),
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(Date.now()),
          SenderId: 'BENCH',
          ApproximateFirstReceiveTimestamp: String(Date.now()),
        },
        messageAttributes: {},
        md5OfBody: '',
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:000000000000:bench',
        awsRegion: 'us-east-1',
      };
    }),
  };
}

export function apiGatewayEvent(path: string, query: Record<string, string> = {}): APIGatewayProxyEventV2 {
  const rawQueryString = new URLSearchParams(query).toString();
  return {
    version: '2.0',
    routeKey: `GET ${path}`,
    rawPath: path,
    rawQueryString,
    headers: { accept: 'application/json', host: 'bench.execute-api.us-east-1.amazonaws.com' },
    ...(rawQueryString ? { queryStringParameters: query } : {}),
    requestContext: {
      accountId: '000000000000',
      apiId: 'bench',
      domainName: 'bench.execute-api.us-east-1.amazonaws.com',
      domainPrefix: 'bench',
      http: { method: 'GET', path, protocol: 'HTTP/1.1', sourceIp: '127.0.0.1', userAgent: 'bench' },
      requestId: 'bench',
      routeKey: `GET ${path}`,
      stage: '$default',
      time: new Date().toUTCString(),
      timeEpoch: Date.now(),
    },
    isBase64Encoded: false,
  };
}
