/**
 * The cloud side of eventwire: S3 -> SQS -> ingest Lambda -> DynamoDB, and the query Lambda behind
 * an API Gateway HTTP API. Every cdk-nag finding that is not fixed here is acknowledged next to the
 * construct it concerns, with the reason it is acceptable.
 */
import { fileURLToPath } from 'node:url';
import {
  Aws,
  CfnOutput,
  Duration,
  Fn,
  RemovalPolicy,
  Stack,
  type StackProps,
  Validations,
} from 'aws-cdk-lib';
import { AccessLogFormat } from 'aws-cdk-lib/aws-apigateway';
import {
  CorsHttpMethod,
  type CorsPreflightOptions,
  HttpApi,
  HttpMethod,
  HttpStage,
  LogGroupLogDestination,
} from 'aws-cdk-lib/aws-apigatewayv2';
import { HttpIamAuthorizer } from 'aws-cdk-lib/aws-apigatewayv2-authorizers';
import { HttpLambdaIntegration } from 'aws-cdk-lib/aws-apigatewayv2-integrations';
import { Alarm, ComparisonOperator, Stats, TreatMissingData } from 'aws-cdk-lib/aws-cloudwatch';
import {
  type Attribute,
  AttributeType,
  Billing,
  type GlobalSecondaryIndexPropsV2,
  ProjectionType,
  TableEncryptionV2,
  TableV2,
} from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import {
  ApplicationLogLevel,
  Architecture,
  LoggingFormat,
  Runtime,
  SystemLogLevel,
} from 'aws-cdk-lib/aws-lambda';
import { SqsEventSource } from 'aws-cdk-lib/aws-lambda-event-sources';
import { type BundlingOptions, NodejsFunction, OutputFormat } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { BlockPublicAccess, Bucket, BucketEncryption, EventType, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { SqsDestination } from 'aws-cdk-lib/aws-s3-notifications';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct, IConstruct } from 'constructs';
import { createTableInput } from '../lambdas/store/table';
import { BUNDLE_LOADERS, INGEST_EXTERNAL_MODULES, QUERY_EXTERNAL_MODULES } from './bundling-options';
import { type EventwireSettings, resolveSettings } from './settings';

/** Stack props: the deployment settings (each optional, see `EventwireSettings` for defaults). */
export interface EventwireStackProps extends StackProps, Partial<EventwireSettings> {}

const INGEST_TIMEOUT = Duration.seconds(60);
const QUERY_TIMEOUT = Duration.seconds(10);
const LOG_RETENTION = RetentionDays.ONE_MONTH;

/*
 * Table access is spelled out instead of using grantReadData/grantReadWriteData: those include
 * dynamodb:Scan and the stream actions, and the design says every read is a Query or GetItem on a
 * key built for it. Leaving Scan out makes IAM enforce that. The store uses no transactions, so
 * ConditionCheckItem is not granted either.
 */
const TABLE_READ_ACTIONS = ['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query'] as const;
// DeleteItem: the store deletes only inside BatchWriteItem (DeleteRequest), and AWS documents
// BatchWriteItem's puts and deletes as PutItem and DeleteItem operations, so both are granted.
const TABLE_WRITE_ACTIONS = [
  'dynamodb:PutItem',
  'dynamodb:UpdateItem',
  'dynamodb:DeleteItem',
  'dynamodb:BatchWriteItem',
] as const;

const NODE_RUNTIME_REASON =
  'Node.js 22 is pinned on purpose: an LTS runtime the bundle is built for (esbuild target node22); moving to Node.js 24 should be a deliberate, tested change, not a side effect of a CDK upgrade.';

const ingestEntry = fileURLToPath(new URL('../lambdas/ingest/handler.ts', import.meta.url));
const queryEntry = fileURLToPath(new URL('../lambdas/query/handler.ts', import.meta.url));

/**
 * Bundled with the local esbuild, never Docker (no daemon on CI or offline machines). Which modules
 * come from the runtime instead of the bundle, and why, is in infra/bundling-options.ts.
 */
const bundling: BundlingOptions = {
  forceDockerBundling: false,
  minify: true,
  // Stack frames name the TypeScript file and line (NODE_OPTIONS=--enable-source-maps below). The
  // map leaves out the sources, which Node only uses to quote the line above an uncaught exception:
  // Node parses the map at every cold start, and the sources made the ingest map 5.1 MB instead of
  // 1.9 MB, about 16 ms of load.
  sourceMap: true,
  sourcesContent: false,
  target: 'node22',
  format: OutputFormat.CJS,
  // ESM entry points first so esbuild can tree-shake the SDK's modular packages.
  mainFields: ['module', 'main'],
  externalModules: INGEST_EXTERNAL_MODULES,
  loader: BUNDLE_LOADERS,
};

export class EventwireStack extends Stack {
  /** The settings this stack was built with, defaults filled in. */
  readonly settings: EventwireSettings;
  readonly bucket: Bucket;
  readonly table: TableV2;
  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  readonly ingestFunction: NodejsFunction;
  readonly queryFunction: NodejsFunction;
  readonly api: HttpApi;
  readonly stage: HttpStage;

  constructor(scope: Construct, id: string, props: EventwireStackProps = {}) {
    super(scope, id, props);
    const settings = resolveSettings(props);
    this.settings = settings;
    const removalPolicy = settings.retainData ? RemovalPolicy.RETAIN : RemovalPolicy.DESTROY;

    // --- Storage -----------------------------------------------------------------------------

    const accessLogBucket = new Bucket(this, 'AccessLogBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      // Server access log delivery only supports SSE-S3 on the target bucket, not SSE-KMS.
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy,
      autoDeleteObjects: !settings.retainData,
    });
    // No AwsSolutions-S1 acknowledgement needed: cdk-nag recognises the target of another bucket's
    // access logs, and logging the log bucket into itself would recurse.

    const bucket = new Bucket(this, 'ArticleBucket', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: accessLogBucket,
      serverAccessLogsPrefix: 'articles/',
      // Notifications go straight to SQS; EventBridge would be a second, unused fan-out.
      eventBridgeEnabled: false,
      lifecycleRules: [
        // Versioning is for recovering from an accidental overwrite or delete, not an archive.
        { noncurrentVersionExpiration: Duration.days(90) },
        { abortIncompleteMultipartUploadAfter: Duration.days(7) },
      ],
      removalPolicy,
      autoDeleteObjects: !settings.retainData,
    });
    this.bucket = bucket;

    this.table = new TableV2(this, 'EventsTable', {
      ...tableShape(),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // AWS owned key: encrypted at rest at no cost and without a KMS call per request; a customer
      // or AWS managed key would only add CloudTrail visibility of key use, which nothing requires.
      encryption: TableEncryptionV2.dynamoOwnedKey(),
      deletionProtection: settings.retainData,
      removalPolicy,
    });

    // --- Queueing ----------------------------------------------------------------------------

    this.deadLetterQueue = new Queue(this, 'IngestDeadLetterQueue', {
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // A message keeps its original enqueue time when moved here, so this must outlast the source
      // queue's retention (4 days) for a failure to stay inspectable.
      retentionPeriod: Duration.days(14),
    });
    acknowledge(
      this.deadLetterQueue,
      'Serverless-SQSRedrivePolicy',
      'This queue is the dead-letter queue of the ingest queue; nothing consumes it automatically, the redrive CLI replays it.',
    );

    this.queue = new Queue(this, 'IngestQueue', {
      // SQS managed keys: S3 cannot publish to a queue encrypted with the AWS managed KMS key, and a
      // customer managed key would need a key policy for S3 and cost a KMS call per message.
      encryption: QueueEncryption.SQS_MANAGED,
      enforceSSL: true,
      // AWS guidance for Lambda consumers: six times the function timeout, so a batch that is
      // retried by Lambda after throttling is not handed to a second consumer meanwhile.
      visibilityTimeout: Duration.seconds(6 * INGEST_TIMEOUT.toSeconds()),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: 5 },
    });

    bucket.addEventNotification(EventType.OBJECT_CREATED, new SqsDestination(this.queue));
    bucket.addEventNotification(EventType.OBJECT_REMOVED, new SqsDestination(this.queue));

    new Alarm(this, 'DeadLetterQueueAlarm', {
      alarmDescription:
        'Article notifications failed ingest 5 times and sit in the dead-letter queue; inspect and redrive them.',
      metric: this.deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: Duration.minutes(1),
        statistic: Stats.MAXIMUM,
      }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      // SQS stops reporting an idle queue; silence means empty, not broken.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });

    // --- Ingest ------------------------------------------------------------------------------

    this.ingestFunction = this.nodeFunction('Ingest', {
      entry: ingestEntry,
      description: 'Parses article objects named by S3 notifications into CAMEO event records.',
      memorySize: 1024,
      timeout: INGEST_TIMEOUT,
      removalPolicy,
      environment: {
        TABLE_NAME: this.table.tableName,
        MAX_OBJECT_BYTES: String(settings.maxObjectBytes),
        POWERTOOLS_SERVICE_NAME: 'eventwire-ingest',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    const ingestRole = this.ingestFunction.role;
    if (!ingestRole) throw new Error('ingest function has no role');
    ingestRole.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:GetObject'], resources: [bucket.arnForObjects('*')] }),
    );
    // Without ListBucket, S3 answers 403 instead of 404 for a key deleted before its creation
    // notification is processed, and a vanished article would look like a permissions failure.
    ingestRole.addToPrincipalPolicy(
      new PolicyStatement({ actions: ['s3:ListBucket'], resources: [bucket.bucketArn] }),
    );
    ingestRole.addToPrincipalPolicy(this.tableStatement([...TABLE_READ_ACTIONS, ...TABLE_WRITE_ACTIONS]));
    acknowledge(
      ingestRole,
      `AwsSolutions-IAM5[Resource::<${this.logicalIdOf(bucket)}.Arn>/*]`,
      'The ingest function reads whichever article key a notification names; s3:GetObject is limited to the objects of this one bucket.',
    );

    this.ingestFunction.addEventSource(
      new SqsEventSource(this.queue, {
        batchSize: 10,
        maxBatchingWindow: Duration.seconds(1),
        reportBatchItemFailures: true,
        // Caps table write pressure during a bulk drop without reserving account concurrency.
        maxConcurrency: settings.ingestConcurrency,
      }),
    );
    const [eventSourceMapping] = this.ingestFunction.node.children.filter((child) =>
      child.node.id.startsWith('SqsEventSource'),
    );
    if (eventSourceMapping) {
      acknowledge(
        eventSourceMapping,
        'Serverless-LambdaEventSourceMappingDestination',
        'SQS event source mappings do not support on-failure destinations; failed messages reach the DLQ through the queue redrive policy (maxReceiveCount 5).',
      );
    }

    // --- Query -------------------------------------------------------------------------------

    this.queryFunction = this.nodeFunction('Query', {
      entry: queryEntry,
      bundling: { ...bundling, externalModules: QUERY_EXTERNAL_MODULES },
      description: 'Answers the eventwire query API (API Gateway HTTP API, payload v2).',
      memorySize: 512,
      timeout: QUERY_TIMEOUT,
      removalPolicy,
      environment: {
        TABLE_NAME: this.table.tableName,
        CORS_ORIGINS: settings.corsOrigins.join(','),
        // The UUID in the stack id: stable across deploys, unique per stack, and never sent to clients,
        // so cursors can be signed without a secret store.
        CURSOR_SECRET: Fn.select(2, Fn.split('/', Aws.STACK_ID)),
        POWERTOOLS_SERVICE_NAME: 'eventwire-query',
        POWERTOOLS_LOG_LEVEL: 'INFO',
      },
    });
    const queryRole = this.queryFunction.role;
    if (!queryRole) throw new Error('query function has no role');
    queryRole.addToPrincipalPolicy(this.tableStatement(TABLE_READ_ACTIONS));

    // --- API ---------------------------------------------------------------------------------

    const cors: CorsPreflightOptions | undefined =
      settings.corsOrigins.length > 0
        ? {
            allowOrigins: [...settings.corsOrigins],
            allowMethods: [CorsHttpMethod.GET, CorsHttpMethod.OPTIONS],
            // The SigV4 headers, so browsers can sign requests when IAM authorization is on.
            allowHeaders: [
              'accept',
              'authorization',
              'content-type',
              'x-amz-content-sha256',
              'x-amz-date',
              'x-amz-security-token',
            ],
            maxAge: Duration.hours(1),
          }
        : undefined;

    this.api = new HttpApi(this, 'QueryApi', {
      description: 'eventwire query API',
      // The stage is created below so that it carries access logging and throttling.
      createDefaultStage: false,
      defaultAuthorizer: settings.publicApi ? undefined : new HttpIamAuthorizer(),
      ...(cors ? { corsPreflight: cors } : {}),
    });
    const integration = new HttpLambdaIntegration('QueryIntegration', this.queryFunction);
    // ANY rather than GET: an unsupported method reaches the app, which answers 405 with a
    // problem+json body like every other client error, instead of API Gateway's bare 404.
    this.api.addRoutes({ path: '/{proxy+}', methods: [HttpMethod.ANY], integration });
    this.api.addRoutes({ path: '/', methods: [HttpMethod.ANY], integration });

    if (settings.publicApi) {
      for (const route of this.api.node.children.filter((child) => child.node.id.startsWith('ANY'))) {
        acknowledge(
          route,
          'AwsSolutions-APIG4',
          'publicApi=true was chosen for this deployment: the event data is meant to be readable by anyone; stage throttling bounds abuse.',
        );
      }
    }

    const accessLogGroup = new LogGroup(this, 'ApiAccessLogGroup', {
      retention: LOG_RETENTION,
      removalPolicy,
    });
    this.stage = new HttpStage(this, 'DefaultStage', {
      httpApi: this.api,
      stageName: '$default',
      autoDeploy: true,
      throttle: { rateLimit: settings.throttle.rateLimit, burstLimit: settings.throttle.burstLimit },
      accessLogSettings: {
        destination: new LogGroupLogDestination(accessLogGroup),
        format: AccessLogFormat.custom(
          JSON.stringify({
            requestId: '$context.requestId',
            ip: '$context.identity.sourceIp',
            caller: '$context.identity.userArn',
            requestTime: '$context.requestTime',
            httpMethod: '$context.httpMethod',
            routeKey: '$context.routeKey',
            path: '$context.path',
            status: '$context.status',
            protocol: '$context.protocol',
            responseLength: '$context.responseLength',
            responseLatency: '$context.responseLatency',
            integrationError: '$context.integrationErrorMessage',
            authorizerError: '$context.authorizer.error',
          }),
        ),
      },
    });

    // --- Constructs CDK adds on our behalf ------------------------------------------------------

    // The S3 notification configuration is applied by a CDK-provided singleton Lambda at deploy
    // time; its role, runtime and settings are not ours to choose.
    const notificationsHandler = this.node
      .findAll()
      .find((child) => child.node.id.startsWith('BucketNotificationsHandler'));
    if (notificationsHandler) {
      acknowledgeCdkProvided(notificationsHandler, 'the S3 bucket notification configuration', [
        'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
      ]);
    }

    // --- Outputs -----------------------------------------------------------------------------

    new CfnOutput(this, 'BucketName', {
      value: bucket.bucketName,
      description: 'Drop article files here.',
    });
    new CfnOutput(this, 'ApiUrl', { value: this.stage.url, description: 'Base URL of the query API.' });
    new CfnOutput(this, 'TableName', { value: this.table.tableName });
    new CfnOutput(this, 'DeadLetterQueueUrl', {
      value: this.deadLetterQueue.queueUrl,
      description: 'Notifications that failed ingest 5 times; replay with npm run redrive.',
    });
    new CfnOutput(this, 'IngestQueueUrl', { value: this.queue.queueUrl });
  }

  /**
   * A Node.js 22 ARM function with its own log group (JSON logs, bounded retention) and a role
   * that may write to that log group only, instead of the AWS managed basic execution policy.
   */
  private nodeFunction(
    name: string,
    options: {
      entry: string;
      description: string;
      memorySize: number;
      timeout: Duration;
      removalPolicy: RemovalPolicy;
      environment: Record<string, string>;
      bundling?: BundlingOptions;
    },
  ): NodejsFunction {
    const logGroup = new LogGroup(this, `${name}LogGroup`, {
      retention: LOG_RETENTION,
      removalPolicy: options.removalPolicy,
    });
    const role = new Role(this, `${name}FunctionRole`, {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Execution role of the eventwire ${name.toLowerCase()} function`,
    });
    logGroup.grantWrite(role);
    const fn = new NodejsFunction(this, `${name}Function`, {
      entry: options.entry,
      handler: 'handler',
      description: options.description,
      runtime: Runtime.NODEJS_22_X,
      architecture: Architecture.ARM_64,
      memorySize: options.memorySize,
      timeout: options.timeout,
      role,
      logGroup,
      loggingFormat: LoggingFormat.JSON,
      applicationLogLevelV2: ApplicationLogLevel.INFO,
      systemLogLevelV2: SystemLogLevel.INFO,
      environment: {
        ...options.environment,
        // Stack traces point into the TypeScript sources (the bundle ships a source map).
        NODE_OPTIONS: '--enable-source-maps',
      },
      bundling: options.bundling ?? bundling,
    });
    acknowledge(fn, 'AwsSolutions-L1', NODE_RUNTIME_REASON);
    acknowledge(fn, 'Serverless-LambdaLatestVersion', NODE_RUNTIME_REASON);
    acknowledge(
      fn,
      'Serverless-LambdaTracing',
      'Tracing is off: JSON logs with request ids cover this two-hop pipeline, and X-Ray would add cost and a wildcard xray:Put* grant.',
    );
    acknowledge(
      fn,
      'Serverless-LambdaDLQ',
      'Never invoked asynchronously: ingest is polled from SQS (failures go to the queue DLQ) and query is invoked synchronously by API Gateway.',
    );
    return fn;
  }

  /** The given DynamoDB actions on the table and each of its indexes, named (no wildcard). */
  private tableStatement(actions: readonly string[]): PolicyStatement {
    const indexArns = createTableInput('eventwire').GlobalSecondaryIndexes.map(
      (index) => `${this.table.tableArn}/index/${index.IndexName}`,
    );
    return new PolicyStatement({ actions: [...actions], resources: [this.table.tableArn, ...indexArns] });
  }

  private logicalIdOf(construct: IConstruct): string {
    const resource = construct.node.defaultChild;
    if (!resource) throw new Error(`${construct.node.path} has no default child`);
    return this.resolve((resource as unknown as { logicalId: string }).logicalId) as string;
  }
}

const ATTRIBUTE_TYPES = {
  S: AttributeType.STRING,
  N: AttributeType.NUMBER,
  B: AttributeType.BINARY,
} as const;

/**
 * The key design from lambdas/store/table.ts, mapped from the same CreateTable input the local
 * stack uses, so the cloud table cannot drift from the one the tests run against.
 */

function tableShape(): {
  partitionKey: Attribute;
  sortKey: Attribute;
  globalSecondaryIndexes: GlobalSecondaryIndexPropsV2[];
} {
  const input = createTableInput('eventwire');
  const attribute = (name: string): Attribute => {
    const definition = input.AttributeDefinitions.find((entry) => entry.AttributeName === name);
    if (!definition) throw new Error(`table contract: no attribute definition for ${name}`);
    return { name, type: ATTRIBUTE_TYPES[definition.AttributeType] };
  };
  const keyOf = (schema: readonly { AttributeName: string; KeyType: 'HASH' | 'RANGE' }[], type: string) => {
    const key = schema.find((entry) => entry.KeyType === type);
    if (!key) throw new Error(`table contract: no ${type} key`);
    return attribute(key.AttributeName);
  };
  return {
    partitionKey: keyOf(input.KeySchema, 'HASH'),
    sortKey: keyOf(input.KeySchema, 'RANGE'),
    globalSecondaryIndexes: input.GlobalSecondaryIndexes.map((index) => {
      const projection = index.Projection;
      return {
        indexName: index.IndexName,
        partitionKey: keyOf(index.KeySchema, 'HASH'),
        sortKey: keyOf(index.KeySchema, 'RANGE'),
        ...(projection.ProjectionType === 'INCLUDE'
          ? { projectionType: ProjectionType.INCLUDE, nonKeyAttributes: [...projection.NonKeyAttributes] }
          : { projectionType: ProjectionType.ALL }),
      };
    }),
  };
}

function acknowledge(scope: IConstruct, id: string, reason: string): void {
  Validations.of(scope).acknowledge({ id, reason });
}

function acknowledgeCdkProvided(scope: IConstruct, purpose: string, ids: readonly string[]): void {
  for (const id of ids) {
    acknowledge(
      scope,
      id,
      `CDK-provided custom resource handler that manages ${purpose} at deploy time; its role, runtime and settings are fixed by aws-cdk-lib.`,
    );
  }
}
