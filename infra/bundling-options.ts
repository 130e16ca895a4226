/**
 * Which modules each Lambda takes from the Node.js 22 runtime instead of its bundle. Shared by the
 * CDK stack and `npm run bench`, so the bundle the bench measures is the one that is deployed.
 *
 * The ingest function bundles the AWS SDK: it runs exactly the versions pinned in package-lock.json
 * that the emulator tests exercised (its S3 client relies on checksum options of recent releases).
 * The query function uses the runtime's DynamoDB client: it only sends GetItem, Query and
 * BatchGetItem, whose behaviour does not move between SDK releases, and leaving the client out keeps
 * its bundle (and cold start) small. Only that client: the S3 and SQS clients that lambdas/aws/
 * clients.ts also imports are then bundled, and dropped as unused ("sideEffects": false), where an
 * external '@aws-sdk/*' kept a require of each and loaded them at every cold start (about 35 ms).
 */
export const INGEST_EXTERNAL_MODULES: string[] = [];
export const QUERY_EXTERNAL_MODULES: string[] = ['@aws-sdk/client-dynamodb'];

/**
 * Both Lambdas load JSON files as text, parsed when first used (lambdas/core/dictionaries/index.ts):
 * the ingest bundle carries 1.1 MB of dictionaries, which V8 reads about twice as fast as a JSON
 * string handed to JSON.parse as it reads the same data written as object literals in the code.
 * Measured on the coder alone, in a fresh process: the bundle loads in 23 ms instead of 42 ms, and
 * the parse adds about 5 ms to the first article. The data imports carry no
 * `with { type: 'json' }`: that attribute would make esbuild ignore this loader.
 */
export const BUNDLE_LOADERS = { '.json': 'text' } as const;
