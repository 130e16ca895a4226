/**
 * Hand-written marshalling for the few item shapes of the table (@aws-sdk/util-dynamodb is not a
 * dependency, and the items are simple enough that a generic marshaller would add nothing).
 */
import type { AttributeValue } from '@aws-sdk/client-dynamodb';

export type Item = Record<string, AttributeValue>;

export const S = (value: string): AttributeValue => ({ S: value });
export const N = (value: number): AttributeValue => ({ N: String(value) });
/** String set; DynamoDB rejects an empty set, so the caller omits the attribute instead. */
export const SS = (values: string[]): AttributeValue => ({ SS: values });
export const NS = (values: number[]): AttributeValue => ({ NS: values.map(String) });
export const L = (values: AttributeValue[]): AttributeValue => ({ L: values });
export const NULL: AttributeValue = { NULL: true };

export function keyItem(key: { pk: string; sk: string }): Item {
  return { pk: S(key.pk), sk: S(key.sk) };
}

export function str(item: Item | undefined, name: string): string | undefined {
  const value = item?.[name];
  return value && 'S' in value ? value.S : undefined;
}

export function num(item: Item | undefined, name: string): number | undefined {
  const value = item?.[name];
  return value && 'N' in value && value.N !== undefined ? Number(value.N) : undefined;
}

export function strList(item: Item | undefined, name: string): string[] {
  const value = item?.[name];
  if (!value) return [];
  if ('L' in value && value.L) return value.L.flatMap((v) => ('S' in v && v.S !== undefined ? [v.S] : []));
  if ('SS' in value && value.SS) return value.SS;
  return [];
}

export function numSet(item: Item | undefined, name: string): number[] {
  const value = item?.[name];
  return value && 'NS' in value && value.NS ? value.NS.map(Number) : [];
}

/** A stable string for a key, to use in Sets and Maps. */
export function keyId(key: { pk: string; sk: string }): string {
  return `${key.pk}\u0000${key.sk}`;
}
