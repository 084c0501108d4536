import 'reflect-metadata';
import { Type } from 'class-transformer';
import { IsDate, IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { IsStorableDate } from '../date-range';

/** Source ids are slugs: they appear in keys, URLs, metrics labels and logs. */
export const SOURCE_ID_PATTERN = /^[a-z0-9][a-z0-9._-]{0,63}$/;

/**
 * Metadata every event carries, whatever its topic. Consumers use `eventId`
 * to drop redeliveries and `correlationId` to follow one article through the
 * pipeline's logs.
 */
export class EventEnvelope {
  @IsUUID()
  eventId!: string;

  @IsIn([1])
  schemaVersion!: 1;

  @IsString()
  @Matches(SOURCE_ID_PATTERN)
  sourceId!: string;

  @Type(() => Date)
  @IsDate()
  @IsStorableDate()
  receivedAt!: Date;

  @IsString()
  @Length(1, 128)
  correlationId!: string;

  /** The event this one was derived from (the raw event for a normalised one). */
  @IsOptional()
  @IsUUID()
  causationId?: string;
}

/** Kafka header names the pipeline sets on every message. */
export const HEADERS = {
  eventId: 'event-id',
  correlationId: 'correlation-id',
  sourceId: 'source-id',
  schemaVersion: 'schema-version',
  contentType: 'content-type',
} as const;

/** The Kafka headers that mirror an event's envelope, so tools can route and trace without parsing the value. */
export function envelopeHeaders(envelope: Pick<EventEnvelope, 'eventId' | 'correlationId' | 'sourceId' | 'schemaVersion'>): Record<string, string> {
  return {
    [HEADERS.eventId]: envelope.eventId,
    [HEADERS.correlationId]: envelope.correlationId,
    [HEADERS.sourceId]: envelope.sourceId,
    [HEADERS.schemaVersion]: String(envelope.schemaVersion),
    [HEADERS.contentType]: 'application/json',
  };
}
