/**
 * The one place SDK clients are built. The only difference between the cloud and one machine is
 * here: locally the endpoints point at the in-process emulators (s3rver, dynalite) on loopback.
 */
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { S3Client } from '@aws-sdk/client-s3';
import { SQSClient } from '@aws-sdk/client-sqs';

export interface ClientSettings {
  region?: string;
  /** e.g. http://127.0.0.1:4568 for s3rver; unset in the cloud. */
  s3Endpoint?: string;
  /** e.g. http://127.0.0.1:4567 for dynalite; unset in the cloud. */
  dynamodbEndpoint?: string;
  sqsEndpoint?: string;
  /** SDK retry budget (standard mode: exponential backoff with full jitter). */
  maxAttempts?: number;
  /**
   * DynamoDB: resolve each command's middleware stack once and reuse it (the SDK's `cacheMiddleware`),
   * instead of rebuilding it for every request. A document costs about 60 requests, and this took a
   * tenth off the local pipeline's time. Middleware must then be added before the first request, as
   * every client here does; only tests that add and remove middleware between requests turn it off.
   */
  cacheMiddleware?: boolean;
}

/** Emulators accept any credentials; fixed ones keep the SDK from searching the machine for real ones. */
const emulatorCredentials = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' };

export function settingsFromEnv(env: NodeJS.ProcessEnv): ClientSettings {
  return {
    region: env.AWS_REGION ?? env.AWS_DEFAULT_REGION ?? 'us-east-1',
    s3Endpoint: env.EVENTWIRE_S3_ENDPOINT || undefined,
    dynamodbEndpoint: env.EVENTWIRE_DYNAMODB_ENDPOINT || undefined,
    sqsEndpoint: env.EVENTWIRE_SQS_ENDPOINT || undefined,
  };
}

export function makeS3Client(settings: ClientSettings = {}): S3Client {
  const local = settings.s3Endpoint !== undefined;
  return new S3Client({
    // In the cloud without a region given, the SDK's own chain (AWS_REGION, then the profile's
    // region); a fixed us-east-1 would miss a bucket elsewhere.
    region: settings.region ?? (local ? 'us-east-1' : undefined),
    maxAttempts: settings.maxAttempts ?? 4,
    // Checksums only where S3 requires them: s3rver corrupts streamed uploads with flexible checksums.
    requestChecksumCalculation: 'WHEN_REQUIRED',
    responseChecksumValidation: 'WHEN_REQUIRED',
    ...(local
      ? { endpoint: settings.s3Endpoint, forcePathStyle: true, credentials: emulatorCredentials }
      : {}),
  });
}

export function makeDynamoClient(settings: ClientSettings = {}): DynamoDBClient {
  const local = settings.dynamodbEndpoint !== undefined;
  return new DynamoDBClient({
    region: settings.region ?? 'us-east-1',
    maxAttempts: settings.maxAttempts ?? 6,
    cacheMiddleware: settings.cacheMiddleware ?? true,
    ...(local ? { endpoint: settings.dynamodbEndpoint, credentials: emulatorCredentials } : {}),
  });
}

export function makeSqsClient(settings: ClientSettings = {}): SQSClient {
  const local = settings.sqsEndpoint !== undefined;
  return new SQSClient({
    region: settings.region ?? 'us-east-1',
    ...(local ? { endpoint: settings.sqsEndpoint, credentials: emulatorCredentials } : {}),
  });
}
