/**
 * `npm run redrive`: sends messages that kept failing back to the ingest queue, once whatever made
 * them fail is fixed.
 *
 * Cloud: `npm run redrive -- --dlq-url URL --queue-url URL [--region R] [--rate N]` (the stack's
 * DeadLetterQueueUrl and IngestQueueUrl outputs) starts an SQS message move task from the dead-letter
 * queue to the ingest queue, which is what the console's "Start DLQ redrive" does: SQS moves the
 * messages itself, so nothing is lost if this process exits. It checks first that the dead-letter queue
 * really is the ingest queue's (a mix-up between stacks would feed one stack's failures to another),
 * then prints the task handle and the aws CLI commands to watch or cancel it.
 *
 * Local (`--local`, the default without URLs): the local queue lives inside the `npm start` process,
 * which keeps dead letters in `.eventwire/dead-letters.jsonl`. The running stack serves a control
 * endpoint on loopback only and writes its address and a random token to `.eventwire/local-stack.json`
 * (see infra/local/local-stack.ts); this posts to it, and the stack moves every dead letter back onto
 * its queue. Editing the file from here instead would race with the stack appending to it.
 */
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { GetQueueAttributesCommand, type SQSClient, StartMessageMoveTaskCommand } from '@aws-sdk/client-sqs';
import { makeSqsClient, settingsFromEnv } from '../aws/clients';
import { DEAD_LETTER_FILE, localDataDir, readLocalStackState } from './local-stack-state';

const USAGE = `usage:
  npm run redrive -- --dlq-url URL --queue-url URL [--region R] [--rate N]   (deployed stack)
  npm run redrive [-- --local] [--data-dir DIR]                                (npm start)`;

export class UsageError extends Error {}

export type RedriveArgs =
  | { mode: 'cloud'; dlqUrl: string; queueUrl: string; region: string | undefined; rate: number | undefined }
  | { mode: 'local'; dataDir: string };

/** `https://sqs.eu-west-1.amazonaws.com/123/name` -> `eu-west-1`, so --region is rarely needed. */
export function regionOfQueueUrl(url: string): string | undefined {
  return /^sqs\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/.exec(new URL(url).hostname)?.[1];
}

function queueUrl(name: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`${name} must be a queue URL (https://sqs.REGION.amazonaws.com/ACCOUNT/NAME)`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new UsageError(`${name} must be a URL`);
  return value;
}

export function parseRedriveArgs(argv: string[], defaultDataDir: string): RedriveArgs {
  let values: ReturnType<typeof parse>['values'];
  try {
    values = parse(argv).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { 'dlq-url': dlqUrl, 'queue-url': target } = values;
  if (values.local) {
    if (dlqUrl || target || values.region || values.rate) {
      throw new UsageError('--local takes no queue URLs, --region or --rate');
    }
    return { mode: 'local', dataDir: resolve(values['data-dir'] ?? defaultDataDir) };
  }
  if (!dlqUrl && !target) return { mode: 'local', dataDir: resolve(values['data-dir'] ?? defaultDataDir) };
  if (!dlqUrl || !target) throw new UsageError('give both --dlq-url and --queue-url');
  if (values['data-dir']) throw new UsageError('--data-dir is only for --local');
  if (dlqUrl === target) throw new UsageError('--dlq-url and --queue-url are the same queue');
  let rate: number | undefined;
  if (values.rate !== undefined) {
    rate = Number(values.rate);
    // The bounds StartMessageMoveTask accepts.
    if (!Number.isInteger(rate) || rate < 1 || rate > 500) {
      throw new UsageError('--rate must be a whole number of messages per second, 1 to 500');
    }
  }
  return {
    mode: 'cloud',
    dlqUrl: queueUrl('--dlq-url', dlqUrl),
    queueUrl: queueUrl('--queue-url', target),
    region: values.region ?? regionOfQueueUrl(dlqUrl),
    rate,
  };
}

function parse(argv: string[]) {
  return parseArgs({
    args: argv,
    strict: true,
    options: {
      'dlq-url': { type: 'string' },
      'queue-url': { type: 'string' },
      region: { type: 'string' },
      rate: { type: 'string' },
      local: { type: 'boolean', default: false },
      'data-dir': { type: 'string' },
    },
  });
}

export interface CloudRedrive {
  taskHandle: string;
  dlqArn: string;
  queueArn: string;
  /** Approximate, as SQS counts them when the task starts. */
  messages: number;
}

export async function redriveCloud(
  sqs: SQSClient,
  args: Extract<RedriveArgs, { mode: 'cloud' }>,
): Promise<CloudRedrive> {
  const [dlq, queue] = await Promise.all([
    sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: args.dlqUrl,
        AttributeNames: ['QueueArn', 'ApproximateNumberOfMessages'],
      }),
    ),
    sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: args.queueUrl,
        AttributeNames: ['QueueArn', 'RedrivePolicy'],
      }),
    ),
  ]);
  const dlqArn = dlq.Attributes?.QueueArn;
  const queueArn = queue.Attributes?.QueueArn;
  if (!dlqArn || !queueArn) throw new Error('SQS did not return the queue ARNs');
  const policy = queue.Attributes?.RedrivePolicy;
  const deadLetterTarget = policy
    ? (JSON.parse(policy) as { deadLetterTargetArn?: string }).deadLetterTargetArn
    : undefined;
  if (deadLetterTarget !== dlqArn) {
    throw new Error(
      `${args.dlqUrl} is not the dead-letter queue of ${args.queueUrl} (its dead-letter queue is ${deadLetterTarget ?? 'not set'}); ` +
        'check the DeadLetterQueueUrl and IngestQueueUrl outputs of the same stack',
    );
  }
  const task = await sqs.send(
    new StartMessageMoveTaskCommand({
      SourceArn: dlqArn,
      DestinationArn: queueArn,
      ...(args.rate ? { MaxNumberOfMessagesPerSecond: args.rate } : {}),
    }),
  );
  if (!task.TaskHandle) throw new Error('SQS started no message move task');
  return {
    taskHandle: task.TaskHandle,
    dlqArn,
    queueArn,
    messages: Number(dlq.Attributes?.ApproximateNumberOfMessages ?? 0),
  };
}

/** Asks the running `npm start` to move its dead letters back onto its queue; returns how many. */
export async function redriveLocal(dataDir: string): Promise<number> {
  const state = await readLocalStackState(dataDir);
  if (!state) {
    throw new Error(
      `no local stack is running on ${dataDir} (start it with npm start; dead letters wait in ${resolve(dataDir, DEAD_LETTER_FILE)})`,
    );
  }
  let response: Response;
  try {
    response = await fetch(`${state.controlUrl}/_local/redrive`, {
      method: 'POST',
      headers: { authorization: `Bearer ${state.token}` },
    });
  } catch {
    throw new Error(
      `the local stack (pid ${state.pid}) does not answer at ${state.controlUrl}; if it crashed, start it again with npm start`,
    );
  }
  const body = (await response.json()) as { moved?: number; error?: string };
  if (!response.ok || body.moved === undefined) {
    throw new Error(`the local stack refused the redrive: ${body.error ?? response.status}`);
  }
  return body.moved;
}

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
  makeSqs(region: string | undefined): SQSClient;
}

const defaultIo: CliIo = {
  out: (line) => console.log(line),
  err: (line) => console.error(line),
  makeSqs: (region) => makeSqsClient({ ...settingsFromEnv(process.env), ...(region ? { region } : {}) }),
};

/** Runs the command and returns its exit code: 0 done, 1 failed, 2 bad arguments. */
export async function main(argv: string[], io: CliIo = defaultIo): Promise<number> {
  let args: RedriveArgs;
  try {
    args = parseRedriveArgs(argv, localDataDir());
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.err(`redrive: ${error.message}\n${USAGE}`);
    return 2;
  }
  try {
    if (args.mode === 'local') {
      const moved = await redriveLocal(args.dataDir);
      io.out(
        moved === 0
          ? 'no dead letters to redrive'
          : `moved ${moved} dead letter${moved === 1 ? '' : 's'} back onto the local queue; ` +
              'see the outcome with GET /documents/{key} or GET /documents?status=FAILED',
      );
      return 0;
    }
    const sqs = io.makeSqs(args.region);
    try {
      const task = await redriveCloud(sqs, args);
      const region = args.region ? ` --region ${args.region}` : '';
      io.out(
        [
          `started moving ~${task.messages} message${task.messages === 1 ? '' : 's'} from ${task.dlqArn} to ${task.queueArn}`,
          `task handle: ${task.taskHandle}`,
          `watch it:    aws sqs list-message-move-tasks --source-arn ${task.dlqArn}${region}`,
          `cancel it:   aws sqs cancel-message-move-task --task-handle ${task.taskHandle}${region}`,
        ].join('\n'),
      );
      return 0;
    } finally {
      sqs.destroy();
    }
  } catch (error) {
    io.err(`redrive failed: ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}

// Run only as a script, so tests can import main() and the pieces above.
if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  process.exitCode = await main(process.argv.slice(2));
}
