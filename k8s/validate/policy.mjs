// Project rules for the deployment files, beyond what the schemas can say.
// Run by scripts/validate-deploy.sh after it has rendered every kustomization
// and resolved docker-compose.yml into JSON:
//   node k8s/validate/policy.mjs <dir with compose.json and render-*.json>
// Prints one line per broken rule and exits 1 if there is any.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve, dirname } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import {
  checkFlux,
  checkIngress,
  checkMemory,
  checkMigrationStep,
  checkNetwork,
  checkScaling,
  classDefault,
  measuredPeaks,
} from './policy-ops.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const outDir = process.argv[2];
if (!outDir) {
  console.error('usage: node k8s/validate/policy.mjs <rendered dir>');
  process.exit(2);
}

const problems = [];
let checks = 0;
function expect(ok, where, message) {
  checks += 1;
  if (!ok) problems.push(`${where}: ${message}`);
}

const read = (p) => readFileSync(join(ROOT, p), 'utf8');
const json = (p) => JSON.parse(readFileSync(p, 'utf8'));

// ------------------------------------------------------------ sources of truth
// The topic list is the application's own (libs/contracts/src/topics.ts, plain
// TypeScript that Node 24 loads by stripping the types).
const { allTopicSpecs, TOPICS } = await import(pathToFileURL(join(ROOT, 'libs/contracts/src/topics.ts')).href);
const topicSpecs = allTopicSpecs();
const topicNames = new Set(topicSpecs.map((t) => t.name));

// Defaults of libs/config/src/sections.ts that the manifests must respect.
const sections = read('libs/config/src/sections.ts');
const shutdownDefault = Number((/SHUTDOWN_TIMEOUT_MS = ([\d_]+)/.exec(sections)?.[1] ?? '').replace(/_/g, ''));
expect(
  Number.isFinite(shutdownDefault) && shutdownDefault > 0,
  'libs/config/src/sections.ts',
  'SHUTDOWN_TIMEOUT_MS default not found',
);

const operationsDoc = existsSync(join(ROOT, 'docs/operations.md')) ? read('docs/operations.md') : '';
expect(operationsDoc.length > 0, 'docs/operations.md', 'missing');

const APPS = ['ingest', 'normaliser', 'store'];
const ingestSource = read('apps/ingest/src/ingest.config.ts');
const kafkaSentTimeoutMs = classDefault(sections, 'KAFKA_PRODUCE_SENT_TIMEOUT_MS');
expect(
  Number.isFinite(kafkaSentTimeoutMs),
  'libs/config/src/sections.ts',
  'KAFKA_PRODUCE_SENT_TIMEOUT_MS default not found',
);
const peaks = measuredPeaks(ROOT, APPS);
const CONSUMERS = { normaliser: TOPICS.articlesRaw.name, store: TOPICS.articlesNormalised.name };
const SECRET_LIKE = /PASSWORD|SECRET|API_KEY|TOKEN|^DATABASE_URL$/;

// ------------------------------------------------------------ Dockerfile
{
  const where = 'Dockerfile';
  const df = read('Dockerfile');
  expect(/^FROM \$\{NODE_IMAGE\}|^ARG NODE_IMAGE=node:24-/m.test(df), where, 'base image must be Node 24');
  expect(/npm ci --omit=dev/.test(df), where, 'runtime dependencies must be installed with npm ci --omit=dev');
  expect(/^USER (?!0\b|root\b)\d+(:\d+)?$/m.test(df), where, 'must switch to a numeric non-root USER');
  expect(/^ENTRYPOINT \["\/usr\/bin\/tini", "--"/m.test(df), where, 'tini must be PID 1 (ENTRYPOINT)');
  expect(/^HEALTHCHECK [\s\S]*?\/health\/live/m.test(df), where, 'HEALTHCHECK on /health/live missing');
  for (const app of APPS) {
    expect(df.includes(`dist/apps/${app}/src/main.js`), where, `no command for ${app}`);
    expect(existsSync(join(ROOT, `apps/${app}/src/main.ts`)), where, `apps/${app}/src/main.ts does not exist`);
  }
  const ignore = read('.dockerignore');
  expect(/^\*\*$/m.test(ignore), '.dockerignore', 'must exclude everything by default (allow-list)');
}

// ------------------------------------------------------------ docker-compose.yml
{
  const where = 'docker-compose.yml';
  const compose = json(join(outDir, 'compose.json'));
  const svc = compose.services ?? {};
  for (const name of ['kafka', 'kafka-topics', 'postgres', 'migrate', ...APPS]) {
    expect(svc[name], where, `service ${name} missing`);
  }
  // The broker must behave like the one the tests run against.
  const template = read('infra/kafka/server.properties.template');
  const kafkaEnv = svc.kafka?.environment ?? {};
  expect(/^apache\/kafka:4\./.test(svc.kafka?.image ?? ''), where, 'kafka must be apache/kafka 4.x');
  // Listener layout and paths differ by design (compose adds a listener for the host).
  const skip = new Set([
    'process.id',
    'node.id',
    'controller.quorum.voters',
    'listeners',
    'advertised.listeners',
    'listener.security.protocol.map',
    'log.dirs',
  ]);
  for (const line of template.split('\n')) {
    const m = /^([a-z0-9.]+)=(.*)$/.exec(line.trim());
    if (!m || skip.has(m[1]) || m[2].includes('@')) continue;
    const envName = `KAFKA_${m[1].toUpperCase().replace(/\./g, '_')}`;
    expect(
      kafkaEnv[envName] === m[2],
      where,
      `kafka ${envName} is ${JSON.stringify(kafkaEnv[envName])}, server.properties.template has ${m[1]}=${m[2]}`,
    );
  }
  const dependsOn = (s, on, condition) =>
    expect(
      svc[s]?.depends_on?.[on]?.condition === condition,
      where,
      `${s} must depend on ${on} with condition ${condition}`,
    );
  dependsOn('kafka-topics', 'kafka', 'service_healthy');
  dependsOn('migrate', 'postgres', 'service_healthy');
  for (const app of APPS) dependsOn(app, 'kafka-topics', 'service_completed_successfully');
  dependsOn('store', 'migrate', 'service_completed_successfully');
  for (const app of APPS) {
    const s = svc[app] ?? {};
    const env = s.environment ?? {};
    for (const v of ['KAFKA_BROKERS', 'KAFKA_CLIENT_ID', 'PORT', 'HOST']) expect(env[v], where, `${app} lacks ${v}`);
    if (app in CONSUMERS) expect(env.KAFKA_GROUP_ID, where, `${app} lacks KAFKA_GROUP_ID`);
    expect(
      JSON.stringify(s.command ?? []).includes(`dist/apps/${app}/src/main.js`),
      where,
      `${app} command must run dist/apps/${app}/src/main.js`,
    );
    expect(s.healthcheck && !s.healthcheck.disable, where, `${app} needs a healthcheck (start order and --wait)`);
    expect(
      s.read_only === true && (s.cap_drop ?? []).includes('ALL'),
      where,
      `${app} must run read-only with all capabilities dropped`,
    );
    for (const port of s.ports ?? []) {
      expect(
        port.host_ip === '127.0.0.1',
        where,
        `${app} publishes port ${port.published} on ${port.host_ip ?? 'every address'}: bind it to 127.0.0.1 (ingest runs with open auth here)`,
      );
    }
    const grace = /^(\d+)s$/.exec(s.stop_grace_period ?? '');
    expect(
      grace && Number(grace[1]) * 1000 > shutdownDefault,
      where,
      `${app} stop_grace_period must exceed SHUTDOWN_TIMEOUT_MS`,
    );
  }
  expect(
    svc.store?.environment?.DATABASE_URL && svc.migrate?.environment?.DATABASE_URL,
    where,
    'store and migrate need DATABASE_URL',
  );
  for (const app of APPS) {
    if (svc[app]?.environment?.DATABASE_URL) dependsOn(app, 'migrate', 'service_completed_successfully');
  }
  expect(JSON.stringify(svc.migrate?.command ?? []).includes('migration:run'), where, 'migrate must run migration:run');
  expect(
    JSON.stringify(svc['kafka-topics']?.command ?? []).includes('ensure-topics.js'),
    where,
    'kafka-topics must run ensure-topics.js',
  );
}

// ------------------------------------------------------------ Kubernetes renders
const renders = Object.fromEntries(
  readdirSync(outDir)
    .filter((f) => /^render-.*\.json$/.test(f))
    .map((f) => [f.replace(/^render-|\.json$/g, '').replace(/__/g, '/'), json(join(outDir, f))]),
);
expect(Object.keys(renders).length >= 3, outDir, 'expected renders of base, dev, prod and strimzi-topics');

const byKind = (docs, kind) => docs.filter((d) => d.kind === kind);
const selects = (selector, labels) => Object.entries(selector ?? {}).every(([k, v]) => labels?.[k] === v);
const podSpecs = (docs) =>
  docs
    .filter((d) => d.kind === 'Deployment' || d.kind === 'Job')
    .map((d) => ({ doc: d, where: `${d.kind}/${d.metadata.name}`, spec: d.spec.template.spec }));
const secretNamesReferenced = new Set();

for (const [name, docs] of Object.entries(renders)) {
  const at = (w) => `k8s/${name} ${w}`;
  const configMaps = new Map(byKind(docs, 'ConfigMap').map((c) => [c.metadata.name, c.data ?? {}]));

  expect(
    byKind(docs, 'Secret').length === 0,
    at('Secret'),
    'no Secret objects in the repository: reference existing ones',
  );
  for (const [cmName, data] of configMaps) {
    for (const key of Object.keys(data))
      expect(!SECRET_LIKE.test(key), at(`ConfigMap/${cmName}`), `${key} looks secret: use a secretKeyRef`);
  }

  for (const { doc, where, spec } of podSpecs(docs)) {
    const psc = spec.securityContext ?? {};
    expect(psc.runAsNonRoot === true, at(where), 'pod securityContext.runAsNonRoot must be true');
    expect(psc.seccompProfile?.type === 'RuntimeDefault', at(where), 'seccompProfile RuntimeDefault required');
    expect(spec.automountServiceAccountToken === false, at(where), 'no service account token needed');
    const tmpVolumes = new Set((spec.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name));
    for (const c of spec.containers) {
      const cw = at(`${where} container ${c.name}`);
      const sc = c.securityContext ?? {};
      expect(sc.allowPrivilegeEscalation === false, cw, 'allowPrivilegeEscalation must be false');
      expect(sc.readOnlyRootFilesystem === true, cw, 'readOnlyRootFilesystem must be true');
      expect((sc.capabilities?.drop ?? []).includes('ALL'), cw, 'capabilities must drop ALL');
      expect(sc.privileged !== true, cw, 'must not be privileged');
      for (const kind of ['requests', 'limits']) {
        expect(
          c.resources?.[kind]?.cpu && c.resources?.[kind]?.memory,
          cw,
          `resources.${kind} cpu and memory required`,
        );
      }
      expect(
        (c.volumeMounts ?? []).some((m) => m.mountPath === '/tmp' && tmpVolumes.has(m.name)),
        cw,
        '/tmp must be an emptyDir (read-only root)',
      );
      for (const e of c.env ?? []) {
        if (SECRET_LIKE.test(e.name)) {
          expect(
            e.value === undefined && e.valueFrom?.secretKeyRef,
            cw,
            `${e.name} must come from a secretKeyRef, never a literal`,
          );
        }
        if (e.valueFrom?.secretKeyRef) secretNamesReferenced.add(e.valueFrom.secretKeyRef.name);
      }
      for (const ef of c.envFrom ?? []) {
        if (ef.configMapRef)
          expect(
            configMaps.has(ef.configMapRef.name),
            cw,
            `envFrom ConfigMap ${ef.configMapRef.name} is not in the render`,
          );
        if (ef.secretRef) secretNamesReferenced.add(ef.secretRef.name);
      }
    }
    if (doc.kind === 'Job') {
      expect(
        spec.restartPolicy === 'Never' || spec.restartPolicy === 'OnFailure',
        at(where),
        'Job pods must not restart Always',
      );
    }
  }

  for (const ta of byKind(docs, 'TriggerAuthentication')) {
    for (const r of ta.spec.secretTargetRef ?? []) secretNamesReferenced.add(r.name);
  }

  const deployments = byKind(docs, 'Deployment');
  const hpas = byKind(docs, 'HorizontalPodAutoscaler');
  const scaledObjects = byKind(docs, 'ScaledObject');
  for (const d of deployments) {
    const where = at(`Deployment/${d.metadata.name}`);
    const spec = d.spec.template.spec;
    const c = spec.containers[0];
    const app = APPS.find((a) => (c.args ?? []).join(' ').includes(`dist/apps/${a}/src/main.js`));
    expect(app, where, 'container args must run one of dist/apps/<app>/src/main.js');
    const env = Object.assign({}, ...(c.envFrom ?? []).map((ef) => configMaps.get(ef.configMapRef?.name) ?? {}));
    for (const e of c.env ?? []) if (e.value !== undefined) env[e.name] = e.value;
    for (const v of ['KAFKA_BROKERS', 'KAFKA_CLIENT_ID', 'PORT', 'HOST']) expect(env[v], where, `env ${v} not set`);
    if (app in CONSUMERS) expect(env.KAFKA_GROUP_ID, where, 'consumer needs KAFKA_GROUP_ID');
    expect(env.INGEST_AUTH_MODE !== 'open', where, 'INGEST_AUTH_MODE=open is for local development only');
    expect(env.STORE_AUTH_MODE !== 'open', where, 'STORE_AUTH_MODE=open is for local development only');
    if (app === 'store')
      expect(
        (c.env ?? []).some((e) => e.name === 'STORE_API_KEYS' && e.valueFrom?.secretKeyRef),
        where,
        'store needs STORE_API_KEYS from a Secret',
      );
    if (app === 'store')
      expect(
        (c.env ?? []).some((e) => e.name === 'DATABASE_URL' && e.valueFrom?.secretKeyRef),
        where,
        'store needs DATABASE_URL from a Secret',
      );
    const shutdownMs = Number(env.SHUTDOWN_TIMEOUT_MS ?? shutdownDefault);
    expect(
      (spec.terminationGracePeriodSeconds ?? 30) * 1000 >= shutdownMs + 10_000,
      where,
      `terminationGracePeriodSeconds (${spec.terminationGracePeriodSeconds}) must exceed SHUTDOWN_TIMEOUT_MS (${shutdownMs} ms) plus drain margin`,
    );
    expect(c.startupProbe?.httpGet?.path === '/health/live', where, 'startupProbe on /health/live');
    expect(c.livenessProbe?.httpGet?.path === '/health/live', where, 'livenessProbe on /health/live');
    expect(c.readinessProbe?.httpGet?.path === '/health/ready', where, 'readinessProbe on /health/ready');
    expect(spec.enableServiceLinks === false, where, 'enableServiceLinks false (no *_PORT env clashes)');
    expect((spec.topologySpreadConstraints ?? []).length > 0, where, 'topologySpreadConstraints required');
    const labels = d.spec.template.metadata.labels;
    expect(
      byKind(docs, 'PodDisruptionBudget').some((p) => selects(p.spec.selector?.matchLabels, labels)),
      where,
      'no PodDisruptionBudget selects it',
    );
    expect(
      byKind(docs, 'Service').some((s) => selects(s.spec.selector, labels)),
      where,
      'no Service selects it',
    );
    const hpa = hpas.filter((h) => h.spec.scaleTargetRef.name === d.metadata.name);
    const so = scaledObjects.filter((s) => s.spec.scaleTargetRef.name === d.metadata.name);
    expect(hpa.length + so.length <= 1, where, 'targeted by more than one autoscaler (KEDA owns its own HPA)');
    if (app === 'ingest') expect(hpa.length === 1, where, 'ingest needs its CPU HorizontalPodAutoscaler');
    for (const s of so) {
      for (const t of s.spec.triggers.filter((t) => t.type === 'kafka')) {
        const sw = at(`ScaledObject/${s.metadata.name}`);
        expect(
          t.metadata.bootstrapServers === env.KAFKA_BROKERS,
          sw,
          `bootstrapServers ${t.metadata.bootstrapServers} != KAFKA_BROKERS ${env.KAFKA_BROKERS}`,
        );
        expect(
          t.metadata.consumerGroup === env.KAFKA_GROUP_ID,
          sw,
          `consumerGroup ${t.metadata.consumerGroup} != KAFKA_GROUP_ID ${env.KAFKA_GROUP_ID}`,
        );
        expect(t.metadata.topic === CONSUMERS[app], sw, `topic must be ${CONSUMERS[app]}`);
      }
    }
  }
  for (const h of [...hpas, ...scaledObjects]) {
    expect(
      deployments.some((d) => d.metadata.name === h.spec.scaleTargetRef.name),
      at(`${h.kind}/${h.metadata.name}`),
      'targets no Deployment in the render',
    );
  }
  checkScaling(docs, at, expect);
  if (deployments.length > 0) {
    checkNetwork(docs, at, expect);
    checkMemory(docs, at, expect, peaks, APPS);
    const ingest = deployments.find((d) => d.metadata.name === 'news-ingest');
    const ingestEnv = Object.assign(
      {},
      ...(ingest?.spec.template.spec.containers[0].envFrom ?? []).map(
        (ef) => configMaps.get(ef.configMapRef?.name) ?? {},
      ),
    );
    checkIngress(docs, at, expect, { env: ingestEnv, ingestSource, kafkaSentTimeoutMs });
  }
  if (name === 'flux') checkFlux(docs, expect);
  if (deployments.length > 0 && name.startsWith('overlays/')) {
    const migrate = byKind(docs, 'Job').find((j) =>
      (j.spec.template.spec.containers[0].args ?? []).includes('migration:run'),
    );
    expect(migrate, at('Job'), 'the migration Job is missing');
    const ns = byKind(docs, 'Namespace')[0];
    expect(
      ns?.metadata?.labels?.['pod-security.kubernetes.io/enforce'] === 'restricted',
      at('Namespace'),
      'namespace must enforce Pod Security "restricted"',
    );
  }
}

checkMigrationStep(renders, expect);

// Topics as code: the same names as the application, no fewer partitions.
const kafkaTopics = Object.values(renders).flatMap((docs) => byKind(docs, 'KafkaTopic'));
if (kafkaTopics.length > 0) {
  const declared = new Map(kafkaTopics.map((t) => [t.spec.topicName ?? t.metadata.name, t]));
  for (const spec of topicSpecs) {
    const t = declared.get(spec.name);
    expect(t, 'k8s/strimzi-topics', `topic ${spec.name} (libs/contracts/src/topics.ts) not declared`);
    if (t)
      expect(
        t.spec.partitions >= spec.partitions,
        'k8s/strimzi-topics',
        `${spec.name}: fewer partitions than the application's ${spec.partitions}`,
      );
  }
  for (const n of declared.keys())
    expect(topicNames.has(n), 'k8s/strimzi-topics', `${n} is not a topic of libs/contracts/src/topics.ts`);
  const raw = declared.get(TOPICS.articlesRaw.name);
  expect(
    Number(raw?.spec.config?.['retention.ms']) >= 7 * 86_400_000,
    'k8s/strimzi-topics',
    'raw topic must be kept at least 7 days for replays',
  );
  // A consumer beyond the partition count gets no partition.
  for (const so of Object.values(renders).flatMap((docs) => byKind(docs, 'ScaledObject'))) {
    for (const t of so.spec.triggers.filter((t) => t.type === 'kafka')) {
      const partitions = declared.get(t.metadata.topic)?.spec.partitions;
      expect(
        partitions && so.spec.maxReplicaCount <= partitions,
        `ScaledObject/${so.metadata.name}`,
        `maxReplicaCount ${so.spec.maxReplicaCount} exceeds the ${partitions} partitions of ${t.metadata.topic}`,
      );
    }
  }
}

// Every Secret a manifest expects is documented for the operators who create it.
for (const s of secretNamesReferenced)
  expect(operationsDoc.includes(s), 'docs/operations.md', `Secret ${s} is referenced but not documented`);

for (const p of problems) console.error(`policy: ${p}`);
console.log(`policy: ${checks} checks, ${problems.length} failed`);
process.exit(problems.length ? 1 : 0);
