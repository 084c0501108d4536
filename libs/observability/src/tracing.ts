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
    const spanContext = {
      traceId: m[2],
      spanId: m[3],
      traceFlags: parseInt(m[4], 16) & 1,
      isRemote: true,
      traceState: state ? createTraceState(state) : undefined,
    };
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

/** The OpenTelemetry SDK packages the OTLP export needs (dependencies; loaded only when the export is on). */
export const OTLP_PACKAGES = [
  '@opentelemetry/sdk-trace@3.0.0',
  '@opentelemetry/exporter-trace-otlp-http@0.300.0',
  '@opentelemetry/resources@3.0.0',
];

interface SdkModules {
  sdk: {
    TracerProvider: new (o: object) => { shutdown(): Promise<void> };
    BatchSpanProcessor: new (o: { exporter: unknown }) => unknown;
  };
  exporter: { OTLPTraceExporter: new () => unknown };
  resources: { resourceFromAttributes(attributes: Record<string, string>): unknown };
}

function sdkModules(): SdkModules {
  try {
    /* eslint-disable @typescript-eslint/no-require-imports */
    return {
      sdk: require('@opentelemetry/sdk-trace') as SdkModules['sdk'],
      exporter: require('@opentelemetry/exporter-trace-otlp-http') as SdkModules['exporter'],
      resources: require('@opentelemetry/resources') as SdkModules['resources'],
    };
    /* eslint-enable @typescript-eslint/no-require-imports */
  } catch (err) {
    throw new Error(
      `OTEL_TRACES_EXPORTER=otlp needs the OpenTelemetry SDK: npm install ${OTLP_PACKAGES.join(' ')} ` +
        `(${(err as Error).message})`,
      { cause: err },
    );
  }
}

let exporting: { shutdown(): Promise<void> } | undefined;

/**
 * Exports the spans over OTLP/HTTP when OTEL_TRACES_EXPORTER=otlp (endpoint,
 * headers and timeouts from the standard OTEL_EXPORTER_OTLP_* variables, service
 * name from OTEL_SERVICE_NAME, else the service's); off otherwise, and then the
 * spans cost next to nothing. Throws at start-up when export is asked for and
 * the SDK is not installed. Returns whether spans are exported.
 */
export function installTracing(service: string, env: NodeJS.ProcessEnv = process.env): boolean {
  installTracePropagation();
  if ((env.OTEL_TRACES_EXPORTER ?? 'none') !== 'otlp' || exporting) return exporting !== undefined;
  const { sdk, exporter, resources } = sdkModules();
  const provider = new sdk.TracerProvider({
    resource: resources.resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME ?? `news-${service}` }),
    spanProcessors: [new sdk.BatchSpanProcessor({ exporter: new exporter.OTLPTraceExporter() })],
  });
  trace.setGlobalTracerProvider(provider as unknown as Parameters<typeof trace.setGlobalTracerProvider>[0]);
  exporting = provider;
  // What is still batched goes out before the process ends on its own (a SIGKILL loses one batch at most).
  process.once('beforeExit', () => void provider.shutdown());
  return true;
}

/** Sends the spans still batched (tests, shutdown). */
export async function shutdownTracing(): Promise<void> {
  await exporting?.shutdown();
  exporting = undefined;
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
export function startHop(
  name: string,
  kind: SpanKind,
  input: Record<string, string | string[] | undefined>,
  attributes: Record<string, string> = {},
): Hop {
  installTracePropagation();
  const parent = propagation.extract(ROOT_CONTEXT, input, headerGetter);
  const span = trace.getTracer('news-pipeline').startSpan(name, { kind, attributes }, parent);
  const headers: Record<string, string> = {};
  propagation.inject(trace.setSpan(parent, span), headers, headerSetter);
  return { span, headers };
}

export { SpanKind };
