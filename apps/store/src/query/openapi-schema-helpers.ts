/** Small builders shared by the store's hand-written OpenAPI schemas. */
export type Schema = Record<string, unknown>;

export const nullable = (type: string, extra: Schema = {}): Schema => ({ type: [type, 'null'], ...extra });
export const dateTime = { type: 'string', format: 'date-time' };
export const nullableDateTime = nullable('string', { format: 'date-time' });
export const ref = (name: string) => ({ $ref: `#/components/schemas/${name}` });
