/**
 * Hono's API Gateway adapter, configured for this API. Its default treats every content type it does
 * not recognise as text as binary and base64-encodes the body; application/x-ndjson and
 * application/problem+json are text, so say so (API Gateway would decode base64 for clients, but
 * the bodies would be a third larger and unreadable in logs).
 */
import type { Hono } from 'hono';
import { handle } from 'hono/aws-lambda';

export function isContentTypeBinary(contentType: string): boolean {
  return !/^(?:text\/|application\/(?:json|problem\+json|x-ndjson|ndjson)\b)/i.test(contentType.trim());
}

// biome-ignore lint/suspicious/noExplicitAny: any Hono app, whatever its route types.
export function toLambdaHandler(app: Hono<any, any, any>) {
  return handle(app, { isContentTypeBinary });
}
