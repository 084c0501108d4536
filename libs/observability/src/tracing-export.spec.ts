import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { installTracing, shutdownTracing, SpanKind, startHop } from './tracing';

interface OtlpSpan {
  name: string;
  traceId: string;
  spanId: string;
  parentSpanId?: string;
}
interface OtlpBody {
  resourceSpans: Array<{
    resource: { attributes: Array<{ key: string; value: { stringValue?: string } }> };
    scopeSpans: Array<{ spans: OtlpSpan[] }>;
  }>;
}

const restore = (name: string, value: string | undefined) => {
  if (value === undefined) delete process.env[name];
  else process.env[name] = value;
};

/** A stand-in OTLP/HTTP collector that keeps every JSON body posted to it. */
async function collector(): Promise<{ server: Server; url: string; bodies: OtlpBody[] }> {
  const bodies: OtlpBody[] = [];
  const server = createServer((req, res) => {
    let body = '';
    req.on('data', (d: Buffer) => (body += d.toString()));
    req.on('end', () => {
      if (req.url === '/v1/traces') bodies.push(JSON.parse(body) as OtlpBody);
      res.writeHead(200, { 'content-type': 'application/json' }).end('{}');
    });
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, bodies };
}

describe('span export with OTEL_TRACES_EXPORTER=otlp', () => {
  it('exports one trace of a push, its normalising and storing: each span the parent of the next', async () => {
    const c = await collector();
    const saved = {
      endpoint: process.env.OTEL_EXPORTER_OTLP_ENDPOINT,
      protocol: process.env.OTEL_EXPORTER_OTLP_PROTOCOL,
    };
    process.env.OTEL_EXPORTER_OTLP_ENDPOINT = c.url;
    process.env.OTEL_EXPORTER_OTLP_PROTOCOL = 'http/json';
    try {
      expect(installTracing('test', { OTEL_TRACES_EXPORTER: 'otlp', OTEL_SERVICE_NAME: 'news-test' })).toBe(true);
      const push = startHop('ingest push', SpanKind.SERVER, {
        traceparent: '00-0af7651916cd43dd8448eb211c80319c-b7ad6b7169203331-01',
      });
      const normalise = startHop('normalise', SpanKind.CONSUMER, push.headers);
      const store = startHop('store', SpanKind.CONSUMER, normalise.headers);
      for (const hop of [store, normalise, push]) hop.span.end();
      await shutdownTracing();
      const spans = c.bodies.flatMap((b) => b.resourceSpans.flatMap((r) => r.scopeSpans.flatMap((s) => s.spans)));
      const byName = new Map(spans.map((s) => [s.name, s]));
      expect([...byName.keys()].sort()).toEqual(['ingest push', 'normalise', 'store']);
      for (const s of spans) expect(s.traceId.toLowerCase()).toBe('0af7651916cd43dd8448eb211c80319c');
      expect(byName.get('ingest push')!.parentSpanId?.toLowerCase()).toBe('b7ad6b7169203331');
      expect(byName.get('normalise')!.parentSpanId).toBe(byName.get('ingest push')!.spanId);
      expect(byName.get('store')!.parentSpanId).toBe(byName.get('normalise')!.spanId);
      const service = c.bodies[0].resourceSpans[0].resource.attributes.find((a) => a.key === 'service.name');
      expect(service?.value.stringValue).toBe('news-test');
    } finally {
      restore('OTEL_EXPORTER_OTLP_ENDPOINT', saved.endpoint);
      restore('OTEL_EXPORTER_OTLP_PROTOCOL', saved.protocol);
      await new Promise((closed) => c.server.close(closed));
    }
  });
});
