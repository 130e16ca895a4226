/**
 * The query Lambda behind API Gateway (HTTP API, payload v2.0). Clients and the store are built once
 * per cold start, at module load, and reused by every invocation of the container.
 */
import { Logger } from '@aws-lambda-powertools/logger';
import { makeDynamoClient, settingsFromEnv } from '../aws/clients';
import { DynamoEventStore } from '../store/event-store';
import { createQueryApp } from './app';
import { toLambdaHandler } from './lambda-adapter';

const tableName = process.env.TABLE_NAME;
if (!tableName) throw new Error('TABLE_NAME is not set: the query Lambda needs the events table name');

const logger = new Logger({ serviceName: 'eventwire-query' });
// Cursors are always signed, so a tampered one is a 400. The stack sets a per-stack secret; without
// one the table name still makes any edited cursor fail its signature.
const store = new DynamoEventStore(makeDynamoClient(settingsFromEnv(process.env)), tableName, {
  cursorSecret: process.env.CURSOR_SECRET || `eventwire-cursor:${tableName}`,
});
const corsOrigins = (process.env.CORS_ORIGINS ?? '')
  .split(',')
  .map((origin) => origin.trim())
  .filter(Boolean);

export const app = createQueryApp({
  store,
  corsOrigins,
  logger: { error: (message, extra) => logger.error(message, { error: extra.error, path: extra.path }) },
});

export const handler = toLambdaHandler(app.handle);
