/**
 * `npm run redrive` against a deployed stack, with SQS mocked (no AWS): which arguments it accepts,
 * and that it starts the same message move task the console's "Start DLQ redrive" does.
 */
import { GetQueueAttributesCommand, SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { mockClient } from 'aws-sdk-client-mock';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main, parseRedriveArgs, regionOfQueueUrl } from '../../lambdas/cli/redrive';

const DLQ_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/eventwire-IngestDeadLetterQueue';
const QUEUE_URL = 'https://sqs.eu-west-1.amazonaws.com/123456789012/eventwire-IngestQueue';
const DLQ_ARN = 'arn:aws:sqs:eu-west-1:123456789012:eventwire-IngestDeadLetterQueue';
const QUEUE_ARN = 'arn:aws:sqs:eu-west-1:123456789012:eventwire-IngestQueue';

const sqs = mockClient(SQSClient);

function runCli(argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const regions: (string | undefined)[] = [];
  const code = main(argv, {
    out: (line) => out.push(line),
    err: (line) => err.push(line),
    makeSqs: (region) => {
      regions.push(region);
      return new SQSClient({ region: region ?? 'us-east-1' });
    },
  });
  return code.then((exitCode) => ({ exitCode, out: out.join('\n'), err: err.join('\n'), regions }));
}

function queuesAre(redrivePolicy: string | undefined, messages = '7') {
  sqs
    .on(GetQueueAttributesCommand, { QueueUrl: DLQ_URL })
    .resolves({ Attributes: { QueueArn: DLQ_ARN, ApproximateNumberOfMessages: messages } })
    .on(GetQueueAttributesCommand, { QueueUrl: QUEUE_URL })
    .resolves({
      Attributes: { QueueArn: QUEUE_ARN, ...(redrivePolicy ? { RedrivePolicy: redrivePolicy } : {}) },
    });
}

beforeEach(() => sqs.reset());
afterEach(() => sqs.reset());

describe('redrive arguments', () => {
  it('redrives locally when no queue URLs are given', () => {
    expect(parseRedriveArgs([], '/data')).toEqual({ mode: 'local', dataDir: '/data' });
    expect(parseRedriveArgs(['--local', '--data-dir', '/other'], '/data')).toEqual({
      mode: 'local',
      dataDir: '/other',
    });
  });

  it('takes the region from the queue URL unless --region says otherwise', () => {
    expect(regionOfQueueUrl(DLQ_URL)).toBe('eu-west-1');
    expect(parseRedriveArgs(['--dlq-url', DLQ_URL, '--queue-url', QUEUE_URL], '/d')).toMatchObject({
      mode: 'cloud',
      region: 'eu-west-1',
    });
    expect(
      parseRedriveArgs(['--dlq-url', DLQ_URL, '--queue-url', QUEUE_URL, '--region', 'us-east-2'], '/d'),
    ).toMatchObject({ region: 'us-east-2' });
  });

  it.each([
    [['--dlq-url', DLQ_URL], /both --dlq-url and --queue-url/],
    [['--queue-url', QUEUE_URL], /both --dlq-url and --queue-url/],
    [['--dlq-url', DLQ_URL, '--queue-url', DLQ_URL], /same queue/],
    [['--dlq-url', 'not a url', '--queue-url', QUEUE_URL], /queue URL/],
    [['--dlq-url', DLQ_URL, '--queue-url', QUEUE_URL, '--rate', '0'], /--rate/],
    [['--local', '--dlq-url', DLQ_URL], /--local takes no queue URLs/],
    [['--bogus'], /bogus/],
  ])('exits 2 with the usage for %j', async (argv, message) => {
    const result = await runCli(argv);
    expect(result.exitCode).toBe(2);
    expect(result.err).toMatch(message);
    expect(result.err).toMatch(/usage:/);
    expect(sqs.calls()).toHaveLength(0);
  });
});

describe('redriving a deployed stack', () => {
  it('starts a message move task from the dead-letter queue to the ingest queue', async () => {
    queuesAre(JSON.stringify({ deadLetterTargetArn: DLQ_ARN, maxReceiveCount: 5 }));
    sqs.on(StartMessageMoveTaskCommand).resolves({ TaskHandle: 'task-handle-1' });

    const result = await runCli(['--dlq-url', DLQ_URL, '--queue-url', QUEUE_URL, '--rate', '50']);

    expect(result.exitCode).toBe(0);
    expect(result.regions).toEqual(['eu-west-1']);
    expect(sqs.commandCalls(StartMessageMoveTaskCommand).map((call) => call.args[0].input)).toEqual([
      { SourceArn: DLQ_ARN, DestinationArn: QUEUE_ARN, MaxNumberOfMessagesPerSecond: 50 },
    ]);
    expect(result.out).toContain('started moving ~7 messages');
    expect(result.out).toContain('task handle: task-handle-1');
    expect(result.out).toContain(
      `aws sqs list-message-move-tasks --source-arn ${DLQ_ARN} --region eu-west-1`,
    );
    expect(result.out).toContain('aws sqs cancel-message-move-task --task-handle task-handle-1');
  });

  it.each([
    ['has no dead-letter queue', undefined],
    ['sends its failures to another queue', JSON.stringify({ deadLetterTargetArn: `${DLQ_ARN}-other` })],
  ])('refuses when the ingest queue %s, and moves nothing', async (_, policy) => {
    queuesAre(policy);

    const result = await runCli(['--dlq-url', DLQ_URL, '--queue-url', QUEUE_URL]);

    expect(result.exitCode).toBe(1);
    expect(result.err).toMatch(/is not the dead-letter queue of/);
    expect(sqs.commandCalls(StartMessageMoveTaskCommand)).toHaveLength(0);
  });

  it('reports an SQS error as a failure', async () => {
    queuesAre(JSON.stringify({ deadLetterTargetArn: DLQ_ARN, maxReceiveCount: 5 }));
    sqs
      .on(StartMessageMoveTaskCommand)
      .rejects(
        new Error('There is already a task running. Only one active task is allowed for a source queue.'),
      );

    const result = await runCli(['--dlq-url', DLQ_URL, '--queue-url', QUEUE_URL]);

    expect(result.exitCode).toBe(1);
    expect(result.err).toMatch(/redrive failed: There is already a task running/);
  });
});
