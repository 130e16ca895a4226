/**
 * The DynamoDB table, defined once. The CDK stack (infra/) and the local stack (dynalite) both build
 * the table from these constants, so the key design cannot drift between cloud and laptop.
 * The access patterns each key serves are in README.md ("Table design").
 */
export const PARTITION_KEY = 'pk';
export const SORT_KEY = 'sk';

/** Sparse index of document status records: lists documents by status, newest first. */
export const STATUS_INDEX = {
  name: 'byStatus',
  partitionKey: 'gsi1pk',
  sortKey: 'gsi1sk',
} as const;

/** Attributes copied into the status index (DocumentRecord's fields). */
export const STATUS_INDEX_ATTRIBUTES = [
  'doc',
  'status',
  'published',
  'events',
  'error',
  'warnings',
  'updatedAt',
] as const;

/** The table as CreateTable input (for dynalite); infra/ maps the same fields onto a CDK TableV2. */
export function createTableInput(tableName: string) {
  return {
    TableName: tableName,
    BillingMode: 'PAY_PER_REQUEST' as const,
    AttributeDefinitions: [
      { AttributeName: PARTITION_KEY, AttributeType: 'S' as const },
      { AttributeName: SORT_KEY, AttributeType: 'S' as const },
      { AttributeName: STATUS_INDEX.partitionKey, AttributeType: 'S' as const },
      { AttributeName: STATUS_INDEX.sortKey, AttributeType: 'S' as const },
    ],
    KeySchema: [
      { AttributeName: PARTITION_KEY, KeyType: 'HASH' as const },
      { AttributeName: SORT_KEY, KeyType: 'RANGE' as const },
    ],
    GlobalSecondaryIndexes: [
      {
        IndexName: STATUS_INDEX.name,
        KeySchema: [
          { AttributeName: STATUS_INDEX.partitionKey, KeyType: 'HASH' as const },
          { AttributeName: STATUS_INDEX.sortKey, KeyType: 'RANGE' as const },
        ],
        // Only what a listing shows: not the document's event-id list, which can be tens of KB.
        Projection: { ProjectionType: 'INCLUDE' as const, NonKeyAttributes: [...STATUS_INDEX_ATTRIBUTES] },
      },
    ],
  };
}
