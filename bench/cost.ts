/**
 * Measurement 7: monthly AWS cost on paper for a volume of articles, from measured counts.
 * Prices: us-east-1 list prices as of 2025 (AWS pricing pages); stated with the result.
 */

export const PRICES = {
  asOf: '2025 (us-east-1 list prices)',
  lambdaArmGbSecond: 0.0000133334,
  lambdaPerMillionRequests: 0.2,
  dynamoPerMillionWru: 0.625,
  dynamoPerMillionRru: 0.125,
  dynamoStorageGbMonth: 0.25,
  s3PerThousandPut: 0.005,
  s3PerThousandGet: 0.0004,
  s3StorageGbMonth: 0.023,
  sqsPerMillionRequests: 0.4,
  apiGatewayHttpPerMillion: 1.0,
} as const;

export interface CostInputs {
  articlesPerMonth: number;
  queriesPerMonth: number;
  /** Measured ingest time per article, ms (billed at the ingest memory setting). */
  ingestMsPerArticle: number;
  ingestMemoryMb: number;
  /** SQS batch size of the event source: one invocation per batch. */
  batchSize: number;
  wcuPerArticle: number;
  rcuPerArticle: number;
  /** Stored DynamoDB bytes per article (items and index copies). */
  dynamoBytesPerArticle: number;
  articleBytes: number;
  queryMsPerRequest: number;
  queryMemoryMb: number;
  rcuPerQuery: number;
}

export interface CostLine {
  item: string;
  usage: string;
  usd: number;
}

export interface CostResult {
  inputs: CostInputs;
  prices: typeof PRICES;
  lines: CostLine[];
  totalUsd: number;
  usdPerThousandArticles: number;
}

const GB = 1024 ** 3;

export function estimateCost(inputs: CostInputs): CostResult {
  const p = PRICES;
  const n = inputs.articlesPerMonth;
  const invocations = n / inputs.batchSize;
  const ingestGbS = ((n * inputs.ingestMsPerArticle) / 1000) * (inputs.ingestMemoryMb / 1024);
  const queryGbS =
    ((inputs.queriesPerMonth * inputs.queryMsPerRequest) / 1000) * (inputs.queryMemoryMb / 1024);
  const wru = n * inputs.wcuPerArticle;
  const rru = n * inputs.rcuPerArticle + inputs.queriesPerMonth * inputs.rcuPerQuery;
  const dynamoGb = (n * inputs.dynamoBytesPerArticle) / GB;
  const s3Gb = (n * inputs.articleBytes) / GB;
  // One SendMessage per S3 notification; receives and deletes go in batches of `batchSize`.
  const sqsRequests = n + 2 * invocations;
  const lines: CostLine[] = [
    {
      item: 'Lambda ingest',
      usage: `${Math.round(ingestGbS)} GB-s, ${Math.round(invocations)} invocations`,
      usd: ingestGbS * p.lambdaArmGbSecond + (invocations / 1e6) * p.lambdaPerMillionRequests,
    },
    {
      item: 'Lambda query',
      usage: `${Math.round(queryGbS)} GB-s, ${inputs.queriesPerMonth} invocations`,
      usd: queryGbS * p.lambdaArmGbSecond + (inputs.queriesPerMonth / 1e6) * p.lambdaPerMillionRequests,
    },
    { item: 'DynamoDB writes', usage: `${Math.round(wru)} WRU`, usd: (wru / 1e6) * p.dynamoPerMillionWru },
    { item: 'DynamoDB reads', usage: `${Math.round(rru)} RRU`, usd: (rru / 1e6) * p.dynamoPerMillionRru },
    {
      item: 'DynamoDB storage',
      usage: `${dynamoGb.toFixed(2)} GB added per month`,
      usd: dynamoGb * p.dynamoStorageGbMonth,
    },
    {
      item: 'S3',
      usage: `${n} PUT + ${n} GET, ${s3Gb.toFixed(2)} GB added`,
      usd: (n / 1000) * (p.s3PerThousandPut + p.s3PerThousandGet) + s3Gb * p.s3StorageGbMonth,
    },
    {
      item: 'SQS',
      usage: `${Math.round(sqsRequests)} requests`,
      usd: (sqsRequests / 1e6) * p.sqsPerMillionRequests,
    },
    {
      item: 'API Gateway HTTP',
      usage: `${inputs.queriesPerMonth} requests`,
      usd: (inputs.queriesPerMonth / 1e6) * p.apiGatewayHttpPerMillion,
    },
  ];
  const totalUsd = lines.reduce((s, l) => s + l.usd, 0);
  return { inputs, prices: PRICES, lines, totalUsd, usdPerThousandArticles: (totalUsd / n) * 1000 };
}
