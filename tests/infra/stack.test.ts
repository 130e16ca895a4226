/**
 * The CDK stack, asserted property by property on the synthesized template (no snapshots), plus the
 * cdk-nag packs the app runs at synth time. Bundling is skipped: these tests are about the
 * infrastructure, and `npm run synth` builds the real bundles.
 */
import { readFileSync } from 'node:fs';
import { App, type CfnElement, Stack, Validations } from 'aws-cdk-lib';
import { Match, Template } from 'aws-cdk-lib/assertions';
import { Bucket } from 'aws-cdk-lib/aws-s3';
import { AwsSolutionsChecks, ServerlessChecks } from 'cdk-nag';
import type { IConstruct } from 'constructs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SETTINGS, type EventwireSettings, settingsFromContext } from '../../infra/settings';
import { EventwireStack } from '../../infra/stack';
import { PARTITION_KEY, SORT_KEY, STATUS_INDEX, STATUS_INDEX_ATTRIBUTES } from '../../lambdas/store/table';

// The feature flags in cdk.json change what constructs synthesize (e.g. how the log bucket is
// authorised), so the tests must run with them, as `cdk synth` does.
const cdkJson = JSON.parse(readFileSync(new URL('../../cdk.json', import.meta.url), 'utf8')) as {
  context: Record<string, unknown>;
};

interface Synthesized {
  stack: EventwireStack;
  template: Template;
  id: (construct: IConstruct) => string;
}

function synth(settings: Partial<EventwireSettings> = {}): Synthesized {
  const app = new App({ context: { ...cdkJson.context, 'aws:cdk:bundling-stacks': [] } });
  const stack = new EventwireStack(app, 'Test', settings);
  const template = Template.fromStack(stack);
  const id = (construct: IConstruct) => {
    const resource = (construct.node.defaultChild ?? construct) as CfnElement;
    return stack.resolve(resource.logicalId) as string;
  };
  return { stack, template, id };
}

const byDefault = synth();
const opened = synth({
  publicApi: true,
  corsOrigins: ['https://events.example.org'],
  retainData: false,
  ingestConcurrency: 12,
  throttle: { rateLimit: 7, burstLimit: 9 },
});

type Json = Record<string, unknown>;
interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

function resource(template: Template, logicalId: string): Json {
  const found = template.toJSON().Resources[logicalId] as Json | undefined;
  if (!found) throw new Error(`no resource ${logicalId}`);
  return found;
}

/** Every statement of every AWS::IAM::Policy attached to the role. */
function statementsOf(template: Template, roleId: string): Statement[] {
  const policies = template.findResources('AWS::IAM::Policy', {
    Properties: { Roles: Match.arrayWith([{ Ref: roleId }]) },
  });
  return Object.values(policies).flatMap(
    (policy) =>
      (policy as { Properties: { PolicyDocument: { Statement: Statement[] } } }).Properties.PolicyDocument
        .Statement,
  );
}

const asArray = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** The logical ids a resource expression refers to (Ref and Fn::GetAtt, at any depth). */
function referencedIds(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(referencedIds);
  if (value === null || typeof value !== 'object') return [];
  const object = value as Json;
  if (typeof object.Ref === 'string') return [object.Ref];
  const getAtt = object['Fn::GetAtt'];
  if (Array.isArray(getAtt) && typeof getAtt[0] === 'string') return [getAtt[0]];
  return Object.values(object).flatMap(referencedIds);
}

function nagViolations(scope: IConstruct) {
  return [new AwsSolutionsChecks(), new ServerlessChecks()].flatMap((pack) =>
    pack.validateScope(scope).violations.map((violation) => ({
      rule: violation.ruleName,
      severity: violation.severity,
      at: violation.violatingResources.map((where) => where.constructPath),
    })),
  );
}

describe('article bucket', () => {
  const { template, stack, id } = byDefault;
  const bucketId = id(stack.bucket);

  it('blocks every form of public access', () => {
    expect(resource(template, bucketId)).toMatchObject({
      Properties: {
        PublicAccessBlockConfiguration: {
          BlockPublicAcls: true,
          BlockPublicPolicy: true,
          IgnorePublicAcls: true,
          RestrictPublicBuckets: true,
        },
      },
    });
  });

  it('encrypts objects at rest and keeps previous versions', () => {
    expect(resource(template, bucketId)).toMatchObject({
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        VersioningConfiguration: { Status: 'Enabled' },
      },
    });
  });

  it('writes server access logs to a separate bucket that is itself encrypted and private', () => {
    const logging = (resource(template, bucketId).Properties as Json).LoggingConfiguration as Json;
    const [logBucketId] = referencedIds(logging.DestinationBucketName);
    expect(logBucketId).toBeDefined();
    expect(logBucketId).not.toBe(bucketId);
    expect(resource(template, logBucketId as string)).toMatchObject({
      Type: 'AWS::S3::Bucket',
      Properties: {
        BucketEncryption: {
          ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }],
        },
        PublicAccessBlockConfiguration: { BlockPublicAcls: true, RestrictPublicBuckets: true },
      },
    });
  });

  it('denies any request to the bucket that is not over TLS', () => {
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: 'Deny',
            Action: 's3:*',
            Condition: { Bool: { 'aws:SecureTransport': 'false' } },
          }),
        ]),
      },
    });
  });

  it('announces every created and removed object on the ingest queue, and nowhere else', () => {
    const queueArn = { 'Fn::GetAtt': [id(stack.queue), 'Arn'] };
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: bucketId },
      NotificationConfiguration: {
        QueueConfigurations: Match.arrayEquals([
          { Events: ['s3:ObjectCreated:*'], QueueArn: queueArn },
          { Events: ['s3:ObjectRemoved:*'], QueueArn: queueArn },
        ]),
        EventBridgeConfiguration: Match.absent(),
      },
    });
  });
});

describe('ingest queue', () => {
  const { template, stack, id } = byDefault;

  it('moves a message that failed ingest five times to the dead-letter queue', () => {
    expect(resource(template, id(stack.queue))).toMatchObject({
      Properties: {
        RedrivePolicy: {
          deadLetterTargetArn: { 'Fn::GetAtt': [id(stack.deadLetterQueue), 'Arn'] },
          maxReceiveCount: 5,
        },
      },
    });
  });

  it('hides a message in flight for six ingest timeouts, so a retried batch is not consumed twice', () => {
    const timeout = (resource(template, id(stack.ingestFunction)).Properties as Json).Timeout as number;
    expect(resource(template, id(stack.queue))).toMatchObject({
      Properties: { VisibilityTimeout: 6 * timeout },
    });
  });

  it('keeps dead letters for 14 days', () => {
    expect(resource(template, id(stack.deadLetterQueue))).toMatchObject({
      Properties: { MessageRetentionPeriod: 14 * 24 * 3600 },
    });
  });

  it('encrypts both queues and refuses requests that are not over TLS', () => {
    for (const queue of [stack.queue, stack.deadLetterQueue]) {
      expect(resource(template, id(queue))).toMatchObject({ Properties: { SqsManagedSseEnabled: true } });
      template.hasResourceProperties('AWS::SQS::QueuePolicy', {
        Queues: [{ Ref: id(queue) }],
        PolicyDocument: {
          Statement: Match.arrayWith([
            Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
          ]),
        },
      });
    }
  });

  it('alarms within a minute of the first message landing in the dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      Namespace: 'AWS/SQS',
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [id(stack.deadLetterQueue), 'QueueName'] } }],
      Period: 60,
      Threshold: 1,
      ComparisonOperator: 'GreaterThanOrEqualToThreshold',
      EvaluationPeriods: 1,
      DatapointsToAlarm: 1,
      TreatMissingData: 'notBreaching',
    });
  });
});

describe('functions', () => {
  const { template, stack, id } = byDefault;

  it('run both handlers on Node.js 22 arm64 with explicit memory, timeout and JSON logs', () => {
    const expected = [
      { fn: stack.ingestFunction, memory: 1024, timeout: 60 },
      { fn: stack.queryFunction, memory: 512, timeout: 10 },
    ];
    for (const { fn, memory, timeout } of expected) {
      expect(resource(template, id(fn))).toMatchObject({
        Properties: {
          Runtime: 'nodejs22.x',
          Architectures: ['arm64'],
          Handler: 'index.handler',
          MemorySize: memory,
          Timeout: timeout,
          LoggingConfig: { LogFormat: 'JSON', ApplicationLogLevel: 'INFO' },
        },
      });
    }
  });

  it('log each function to its own log group that expires after a month', () => {
    const logGroupIds = [stack.ingestFunction, stack.queryFunction].map((fn) => {
      const config = (resource(template, id(fn)).Properties as Json).LoggingConfig as Json;
      const [logGroupId] = referencedIds(config.LogGroup);
      expect(resource(template, logGroupId as string)).toMatchObject({
        Type: 'AWS::Logs::LogGroup',
        Properties: { RetentionInDays: 30 },
      });
      return logGroupId;
    });
    expect(new Set(logGroupIds).size).toBe(2);
  });

  it('hand the handlers the environment they read', () => {
    const tableRef = { Ref: id(stack.table) };
    expect(resource(template, id(stack.ingestFunction))).toMatchObject({
      Properties: {
        Environment: {
          Variables: {
            TABLE_NAME: tableRef,
            MAX_OBJECT_BYTES: String(5 * 1024 * 1024),
            POWERTOOLS_SERVICE_NAME: 'eventwire-ingest',
            POWERTOOLS_LOG_LEVEL: 'INFO',
          },
        },
      },
    });
    const queryEnv = (
      (resource(opened.template, opened.id(opened.stack.queryFunction)).Properties as Json)
        .Environment as Json
    ).Variables as Json;
    expect(queryEnv).toMatchObject({
      TABLE_NAME: { Ref: opened.id(opened.stack.table) },
      CORS_ORIGINS: 'https://events.example.org',
      POWERTOOLS_SERVICE_NAME: 'eventwire-query',
    });
    // The cursor-signing key is the UUID of the stack id, resolved at deploy time: no literal in the template.
    expect(queryEnv.CURSOR_SECRET).toEqual({
      'Fn::Select': [2, { 'Fn::Split': ['/', { Ref: 'AWS::StackId' }] }],
    });
  });

  it('consume the queue in batches of 10, reporting item failures, with bounded concurrency', () => {
    template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      EventSourceArn: { 'Fn::GetAtt': [id(stack.queue), 'Arn'] },
      FunctionName: { Ref: id(stack.ingestFunction) },
      BatchSize: 10,
      MaximumBatchingWindowInSeconds: 1,
      FunctionResponseTypes: ['ReportBatchItemFailures'],
      ScalingConfig: { MaximumConcurrency: 5 },
    });
  });

  it('cap ingest concurrency with the SQS event source, never with reserved concurrency', () => {
    opened.template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
      ScalingConfig: { MaximumConcurrency: 12 },
    });
    for (const fn of [stack.ingestFunction, stack.queryFunction]) {
      expect((resource(template, id(fn)).Properties as Json).ReservedConcurrentExecutions).toBeUndefined();
    }
  });
});

describe('permissions', () => {
  const { template, stack, id } = byDefault;
  const ingestRoleId = id(stack.ingestFunction.role as IConstruct);
  const queryRoleId = id(stack.queryFunction.role as IConstruct);

  it('let the ingest role reach only the bucket, the table, its queue and its log group', () => {
    const ingestLogGroup = (resource(template, id(stack.ingestFunction)).Properties as Json)
      .LoggingConfig as Json;
    const allowed = new Set([
      id(stack.bucket),
      id(stack.table),
      id(stack.queue),
      ...referencedIds(ingestLogGroup.LogGroup),
    ]);
    const statements = statementsOf(template, ingestRoleId);
    expect(statements.length).toBeGreaterThan(0);
    for (const statement of statements) {
      const resources = asArray(statement.Resource);
      expect(resources).not.toContain('*');
      for (const target of resources) {
        const ids = referencedIds(target);
        expect(ids.length).toBeGreaterThan(0);
        for (const referenced of ids) expect(allowed).toContain(referenced);
      }
      for (const action of asArray(statement.Action)) {
        expect(action).not.toMatch(/^(s3|dynamodb):\*$/);
      }
    }
  });

  it('let the ingest function read article objects but not write or delete them', () => {
    const s3Actions = statementsOf(template, ingestRoleId)
      .flatMap((statement) => asArray(statement.Action))
      .filter((action) => action.startsWith('s3:'));
    expect(s3Actions.sort()).toEqual(['s3:GetObject', 's3:ListBucket']);
  });

  it('let the query role only read the table, and nothing on S3', () => {
    const actions = statementsOf(template, queryRoleId).flatMap((statement) => asArray(statement.Action));
    const dynamo = actions.filter((action) => action.startsWith('dynamodb:'));
    expect(dynamo.length).toBeGreaterThan(0);
    for (const action of dynamo) {
      expect(['dynamodb:GetItem', 'dynamodb:BatchGetItem', 'dynamodb:Query']).toContain(action);
    }
    for (const forbidden of ['dynamodb:PutItem', 'dynamodb:BatchWriteItem', 'dynamodb:DeleteItem']) {
      expect(actions).not.toContain(forbidden);
    }
    expect(actions.filter((action) => action.startsWith('s3:'))).toEqual([]);
    const targets = statementsOf(template, queryRoleId).flatMap((statement) =>
      referencedIds(statement.Resource),
    );
    expect(targets).not.toContain(id(stack.bucket));
  });

  it('grant neither function a Scan, so every read stays a keyed Query or GetItem', () => {
    for (const roleId of [ingestRoleId, queryRoleId]) {
      const actions = statementsOf(template, roleId).flatMap((statement) => asArray(statement.Action));
      expect(actions).not.toContain('dynamodb:Scan');
    }
  });

  it('attach no managed or inline role policies to the function roles', () => {
    for (const roleId of [ingestRoleId, queryRoleId]) {
      const properties = resource(template, roleId).Properties as Json;
      expect(properties.ManagedPolicyArns).toBeUndefined();
      expect(properties.Policies).toBeUndefined();
    }
  });
});

describe('table', () => {
  const { template, stack, id } = byDefault;

  it('is on demand, with point-in-time recovery, encrypted with an AWS owned key', () => {
    expect(resource(template, id(stack.table))).toMatchObject({
      Properties: {
        BillingMode: 'PAY_PER_REQUEST',
        Replicas: [
          expect.objectContaining({ PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } }),
        ],
        SSESpecification: { SSEEnabled: false },
      },
    });
  });

  it('has the keys and the status index of the store contract', () => {
    template.hasResourceProperties('AWS::DynamoDB::GlobalTable', {
      KeySchema: [
        { AttributeName: PARTITION_KEY, KeyType: 'HASH' },
        { AttributeName: SORT_KEY, KeyType: 'RANGE' },
      ],
      GlobalSecondaryIndexes: [
        {
          IndexName: STATUS_INDEX.name,
          KeySchema: [
            { AttributeName: STATUS_INDEX.partitionKey, KeyType: 'HASH' },
            { AttributeName: STATUS_INDEX.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'INCLUDE', NonKeyAttributes: [...STATUS_INDEX_ATTRIBUTES] },
        },
      ],
    });
  });
});

describe('query API', () => {
  const routes = (template: Template) =>
    Object.values(template.findResources('AWS::ApiGatewayV2::Route')).map(
      (route) => (route as { Properties: { RouteKey: string; AuthorizationType: string } }).Properties,
    );

  it('requires IAM (SigV4) authorization on every route by default', () => {
    const all = routes(byDefault.template);
    expect(all.length).toBeGreaterThan(0);
    for (const route of all) expect(route.AuthorizationType).toBe('AWS_IAM');
  });

  it('leaves routes unauthenticated only when publicApi is set', () => {
    const all = routes(opened.template);
    expect(all.length).toBeGreaterThan(0);
    for (const route of all) expect(route.AuthorizationType).toBe('NONE');
  });

  it('sends every method and path to the query function, so the app answers 404 and 405 itself', () => {
    expect(
      routes(byDefault.template)
        .map((route) => route.RouteKey)
        .sort(),
    ).toEqual(['ANY /', 'ANY /{proxy+}']);
    byDefault.template.hasResourceProperties('AWS::ApiGatewayV2::Integration', {
      IntegrationType: 'AWS_PROXY',
      PayloadFormatVersion: '2.0',
      IntegrationUri: { 'Fn::GetAtt': [byDefault.id(byDefault.stack.queryFunction), 'Arn'] },
    });
  });

  it('throttles the default stage from the settings', () => {
    byDefault.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      DefaultRouteSettings: {
        ThrottlingRateLimit: DEFAULT_SETTINGS.throttle.rateLimit,
        ThrottlingBurstLimit: DEFAULT_SETTINGS.throttle.burstLimit,
      },
    });
    opened.template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      DefaultRouteSettings: { ThrottlingRateLimit: 7, ThrottlingBurstLimit: 9 },
    });
  });

  it('writes one JSON access log line per request to a log group with retention', () => {
    const stage = Object.values(byDefault.template.findResources('AWS::ApiGatewayV2::Stage'))[0] as {
      Properties: { AccessLogSettings: { DestinationArn: unknown; Format: string } };
    };
    const format = JSON.parse(stage.Properties.AccessLogSettings.Format) as Json;
    expect(format).toMatchObject({
      requestId: '$context.requestId',
      ip: '$context.identity.sourceIp',
      routeKey: '$context.routeKey',
      status: '$context.status',
      responseLength: '$context.responseLength',
    });
    const [logGroupId] = referencedIds(stage.Properties.AccessLogSettings.DestinationArn);
    expect(resource(byDefault.template, logGroupId as string)).toMatchObject({
      Type: 'AWS::Logs::LogGroup',
      Properties: { RetentionInDays: 30 },
    });
  });

  it('answers CORS only for the configured origins, and only for GET and OPTIONS', () => {
    byDefault.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.absent(),
    });
    opened.template.hasResourceProperties('AWS::ApiGatewayV2::Api', {
      CorsConfiguration: Match.objectLike({
        AllowOrigins: ['https://events.example.org'],
        AllowMethods: ['GET', 'OPTIONS'],
      }),
    });
  });
});

describe('data retention', () => {
  it('keeps the buckets and the table (deletion-protected) when the stack is deleted, by default', () => {
    const { template, stack, id } = byDefault;
    expect(resource(template, id(stack.bucket)).DeletionPolicy).toBe('Retain');
    expect(resource(template, id(stack.table))).toMatchObject({
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: { Replicas: [expect.objectContaining({ DeletionProtectionEnabled: true })] },
    });
    for (const bucket of Object.values(template.findResources('AWS::S3::Bucket'))) {
      expect((bucket as Json).DeletionPolicy).toBe('Retain');
    }
    template.resourceCountIs('Custom::S3AutoDeleteObjects', 0);
  });

  it('destroys the buckets, emptied first, and the table when retainData is false', () => {
    const { template, stack, id } = opened;
    expect(resource(template, id(stack.bucket)).DeletionPolicy).toBe('Delete');
    expect(resource(template, id(stack.table))).toMatchObject({
      DeletionPolicy: 'Delete',
      Properties: { Replicas: [expect.objectContaining({ DeletionProtectionEnabled: false })] },
    });
    template.hasResourceProperties('Custom::S3AutoDeleteObjects', { BucketName: { Ref: id(stack.bucket) } });
  });
});

describe('outputs', () => {
  it('name the bucket, the API URL, the table and both queues', () => {
    const outputs = Object.keys(byDefault.template.toJSON().Outputs as Json);
    expect(outputs).toEqual(
      expect.arrayContaining(['BucketName', 'ApiUrl', 'TableName', 'DeadLetterQueueUrl', 'IngestQueueUrl']),
    );
  });
});

describe('settings from CDK context', () => {
  const context = (values: Record<string, unknown>) => ({ tryGetContext: (key: string) => values[key] });

  it('take their defaults when no context is given', () => {
    expect(settingsFromContext(context({}))).toEqual(DEFAULT_SETTINGS);
  });

  it('read command-line strings (-c key=value) and cdk.json values alike', () => {
    expect(
      settingsFromContext(
        context({
          publicApi: 'true',
          retainData: false,
          corsOrigins: 'https://a.example, https://b.example:8443',
          ingestConcurrency: '20',
          maxObjectBytes: 1024,
          throttleRateLimit: '10',
        }),
      ),
    ).toEqual({
      publicApi: true,
      retainData: false,
      corsOrigins: ['https://a.example', 'https://b.example:8443'],
      ingestConcurrency: 20,
      maxObjectBytes: 1024,
      throttle: { rateLimit: 10, burstLimit: DEFAULT_SETTINGS.throttle.burstLimit },
    });
  });

  it('reject values they cannot interpret instead of silently using a default', () => {
    expect(() => settingsFromContext(context({ publicApi: 'yes' }))).toThrow(/publicApi/);
    expect(() => settingsFromContext(context({ ingestConcurrency: '1' }))).toThrow(/ingestConcurrency/);
    expect(() => settingsFromContext(context({ corsOrigins: 'https://a.example/path' }))).toThrow(
      /corsOrigins/,
    );
    expect(() => settingsFromContext(context({ maxObjectBytes: 'lots' }))).toThrow(/maxObjectBytes/);
  });
});

describe('cdk-nag', () => {
  it('passes cdk-nag AwsSolutions and Serverless packs with every acknowledgement reasoned', () => {
    for (const { stack } of [byDefault, opened]) {
      expect(nagViolations(stack)).toEqual([]);
      const acknowledgements = stack.node
        .findAll()
        .flatMap((construct) => construct.node.metadata)
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>));
      expect(acknowledgements.length).toBeGreaterThan(0);
      for (const [rule, reason] of acknowledgements) {
        // A reason is an argument, not a placeholder like "ok" or "n/a".
        expect(reason.split(/\s+/).length, rule).toBeGreaterThanOrEqual(8);
      }
    }
  });

  it('acknowledges the public API finding only when the API is public', () => {
    const ruleIds = (stack: Stack) =>
      stack.node
        .findAll()
        .flatMap((construct) => construct.node.metadata)
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.keys(entry.data as Record<string, string>));
    expect(ruleIds(byDefault.stack).some((rule) => rule.includes('APIG4'))).toBe(false);
    expect(ruleIds(opened.stack).some((rule) => rule.includes('APIG4'))).toBe(true);
  });

  it('would report an unacknowledged finding, so a clean result means something', () => {
    const app = new App();
    const stack = new Stack(app, 'Bare');
    new Bucket(stack, 'Unlogged');
    expect(nagViolations(stack).map((violation) => violation.rule)).toContain('AwsSolutions-S1');
  });
});
