import {
  Context,
  createTraceState,
  isSpanContextValid,
  propagation,
  ROOT_CONTEXT,
  Span,
  SpanKind,
  trace,
  TextMapGetter,
  TextMapPropagator,
  TextMapSetter,
} from '@opentelemetry/api';

const TRACEPARENT = 'traceparent';
const TRACESTATE = 'tracestate';
/** version-traceid-parentid-flags (W3C Trace Context level 1); an all-zero id is invalid. */
const TRACEPARENT_FORMAT = /^([0-9a-f]{2})-([0-9a-f]{32})-([0-9a-f]{16})-([0-9a-f]{2})(-.*)?$/;

/**
 * The W3C Trace Context propagator (traceparent, tracestate), written against
 * @opentelemetry/api so that any OpenTelemetry SDK registered at start-up
 * records the spans; without one the API's spans record nothing and the
 * incoming context passes on unchanged, as the W3C rules allow.
 */
export class W3CTraceContext implements TextMapPropagator {
  inject(context: Context, carrier: unknown, setter: TextMapSetter): void {
    const span = trace.getSpanContext(context);
    if (!span || !isSpanContextValid(span)) return;
    setter.set(carrier, TRACEPARENT, `00-${span.traceId}-${span.spanId}-0${(span.traceFlags & 1).toString(16)}`);
    const state = span.traceState?.serialize();
    if (state) setter.set(carrier, TRACESTATE, state);
  }

  extract(context: Context, carrier: unknown, getter: TextMapGetter): Context {
    const header = first(getter.get(carrier, TRACEPARENT));
    const m = header ? TRACEPARENT_FORMAT.exec(header.trim().toLowerCase()) : null;
    if (!m || m[1] === 'ff' || (m[1] === '00' && m[5] !== undefined)) return context;
    const state = first(getter.get(carrier, TRACESTATE));
    const spanContext = { traceId: m[2], spanId: m[3], traceFlags: parseInt(m[4], 16) & 1, isRemote: true, traceState: state ? createTraceState(state) : undefined };
    return isSpanContextValid(spanContext) ? trace.setSpanContext(context, spanContext) : context;
  }

  fields(): string[] {
    return [TRACEPARENT, TRACESTATE];
  }
}

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

let installed = false;

/** Registers the W3C propagator (once per process). */
export function installTracePropagation(): void {
  if (installed) return;
  propagation.setGlobalPropagator(new W3CTraceContext());
  installed = true;
}

const headerGetter: TextMapGetter<Record<string, string | string[] | undefined>> = {
  keys: (c) => Object.keys(c),
  get: (c, key) => c[key] ?? c[key.toLowerCase()],
};
const headerSetter: TextMapSetter<Record<string, string>> = { set: (c, key, value) => void (c[key] = value) };

export interface Hop {
  span: Span;
  /** traceparent (and tracestate) for the messages this hop produces: children of its span. */
  headers: { traceparent?: string; tracestate?: string };
}

/**
 * A span for one hop of an article through the pipeline (an HTTP push, a
 * message handled), child of the trace context its input carried, and the
 * headers that carry it to the next hop. End the span when the hop is done.
 */
export function startHop(name: string, kind: SpanKind, input: Record<string, string | string[] | undefined>, attributes: Record<string, string> = {}): Hop {
  installTracePropagation();
  const parent = propagation.extract(ROOT_CONTEXT, input, headerGetter);
  const span = trace.getTracer('news-pipeline').startSpan(name, { kind, attributes }, parent);
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), headers, headerSetter);
  return { span, headers };
}

export { SpanKind };
