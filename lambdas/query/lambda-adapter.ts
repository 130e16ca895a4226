/**
 * API Gateway (HTTP API, payload v2.0) to the query API and back. Every body this API writes is
 * text (JSON, problem+json, CSV, NDJSON), so none is base64-encoded.
 */
import type { APIGatewayProxyEventV2, APIGatewayProxyStructuredResultV2 } from 'aws-lambda';
import { type ApiHandler, headerReader } from './http';

export function toLambdaHandler(handle: ApiHandler) {
  return async (event: APIGatewayProxyEventV2): Promise<APIGatewayProxyStructuredResultV2> => {
    const response = await handle({
      method: event.requestContext.http.method.toUpperCase(),
      rawPath: event.rawPath,
      rawQuery: event.rawQueryString ?? '',
      header: headerReader(event.headers ?? {}),
    });
    return {
      statusCode: response.status,
      headers: response.headers,
      body: response.body,
      isBase64Encoded: false,
    };
  };
}
