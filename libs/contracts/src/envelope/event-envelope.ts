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

/**
 * CloudEvents 1.0 attributes in the Kafka protocol binding's binary mode
 * (`ce_` headers, the value is the event data, `content-type` its media type),
 * and the W3C trace context headers (Distributed Tracing extension).
 */
export const CLOUD_EVENT_HEADERS = {
  specversion: 'ce_specversion',
  id: 'ce_id',
  source: 'ce_source',
  type: 'ce_type',
  subject: 'ce_subject',
  time: 'ce_time',
  /** Extension attribute of the stored topics: created, updated or killed. */
  change: 'ce_change',
  traceparent: 'traceparent',
  tracestate: 'tracestate',
} as const;

/** What a producer says about an event beyond its envelope, for the CloudEvents headers. */
export interface CloudEventAttributes {
  /** `ce_type`: the topic's `eventType`. */
  type: string;
  /** `ce_source`: the producing service, as a URI reference (`/news-pipeline/store`). */
  source: string;
  /** `ce_subject`: the article id. */
  subject: string;
  /** `ce_time`: when the event happened (received, normalised, stored). */
  time: Date;
  /** Further headers: `ce_change`, `traceparent`, `tracestate`. */
  extra?: Record<string, string | undefined>;
}

/**
 * The Kafka headers that mirror an event's envelope, so tools can route and
 * trace without parsing the value; with `cloudEvent`, also the CloudEvents
 * binding's headers (ce_id is the envelope's eventId).
 */
export function envelopeHeaders(
  envelope: Pick<EventEnvelope, 'eventId' | 'correlationId' | 'sourceId' | 'schemaVersion'>,
  cloudEvent?: CloudEventAttributes,
  contentType = 'application/json',
): Record<string, string> {
  const headers: Record<string, string> = {
    [HEADERS.eventId]: envelope.eventId,
    [HEADERS.correlationId]: envelope.correlationId,
    [HEADERS.sourceId]: envelope.sourceId,
    [HEADERS.schemaVersion]: String(envelope.schemaVersion),
    [HEADERS.contentType]: contentType,
  };
  return cloudEvent ? { ...headers, ...cloudEventHeaders(envelope.eventId, cloudEvent) } : headers;
}

/** The CloudEvents binding's headers of one event (ce_id is the envelope's eventId). */
export function cloudEventHeaders(eventId: string, cloudEvent: CloudEventAttributes): Record<string, string> {
  const headers: Record<string, string> = {
    [CLOUD_EVENT_HEADERS.specversion]: '1.0',
    [CLOUD_EVENT_HEADERS.id]: eventId,
    [CLOUD_EVENT_HEADERS.source]: cloudEvent.source,
    [CLOUD_EVENT_HEADERS.type]: cloudEvent.type,
    [CLOUD_EVENT_HEADERS.subject]: cloudEvent.subject,
    [CLOUD_EVENT_HEADERS.time]: cloudEvent.time.toISOString(),
  };
  for (const [k, v] of Object.entries(cloudEvent.extra ?? {})) if (v !== undefined) headers[k] = v;
  return headers;
}
