import { installTracing, SpanKind, startHop } from './tracing';

const PARENT = '00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01';

describe('W3C trace context through a hop', () => {
  it('carries the incoming trace and its state on to the messages the hop produces', () => {
    const hop = startHop('test', SpanKind.CONSUMER, { traceparent: PARENT, tracestate: 'vendor=a,other=b' });
    hop.span.end();
    expect(hop.headers.traceparent).toMatch(/^00-4bf92f3577b34da6a3ce929d0e0e4736-[0-9a-f]{16}-01$/);
    expect(hop.headers.tracestate).toBe('vendor=a,other=b');
  });

  it('starts nothing from a malformed or missing traceparent', () => {
    for (const input of [
      {},
      { traceparent: 'garbage' },
      { traceparent: '00-00000000000000000000000000000000-00f067aa0ba902b7-01' },
      { traceparent: 'ff-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01' },
    ]) {
      expect(startHop('test', SpanKind.SERVER, input).headers).toEqual({});
    }
  });
});

describe('span export', () => {
  it('is off unless OTEL_TRACES_EXPORTER=otlp, whatever else the environment says', () => {
    expect(installTracing('test', {})).toBe(false);
    expect(
      installTracing('test', { OTEL_TRACES_EXPORTER: 'none', OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318' }),
    ).toBe(false);
  });
});
