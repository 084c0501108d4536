/**
 * The faults the chaos run picks from, each a function that causes it, waits
 * for the pipeline to get over it, and records what it measured: how long a
 * restarted consumer took to process again, how long a stopped one kept its
 * partitions.
 */
import type { Admin } from 'kafkajs';
import type { PrivateService } from '../../tools/harness/private-services';
import type { ServiceProcess } from '../../tools/harness/processes';

export type FaultKind = 'broker-kill' | 'postmaster-kill' | 'postmaster-flap' | 'consumer-sigstop' | 'store-double-kill' | 'ingest-kill' | 'consumer-kill';
export const FAULT_KINDS: FaultKind[] = ['broker-kill', 'postmaster-kill', 'postmaster-flap', 'consumer-sigstop', 'store-double-kill', 'ingest-kill', 'consumer-kill'];

/** A consumer started again after a kill -9: from its spawn to its first processed message. */
export interface Resume {
  role: string;
  /** Spawn to the service's start (its modules loaded, Nest starting): how long the process took to boot. */
  bootMs: number | null;
  /** Spawn to ready (member of its group, heartbeats going through). */
  readyMs: number;
  /** Spawn to the first message it processed; null if none within 60 s. */
  processingMs: number | null;
}

/** When the service logged that Nest is starting (its first line at info level), ms since epoch. */
function startedAt(output: string): number | null {
  const line = output.split('\n').find((l) => l.includes('Starting Nest application'));
  const time = line ? /"time":"([^"]+)"/.exec(line)?.[1] : undefined;
  return time ? Date.parse(time) : null;
}

export interface FaultRecord {
  kind: FaultKind;
  target?: string;
  startedAt: number;
  endedAt: number;
  resumes: Resume[];
  /** SIGSTOP: from the stop to the group being stable without the stopped member; null if not within 40 s. */
  handoverMs?: number | null;
}

export interface ChaosPipeline {
  kafka: PrivateService;
  pg: PrivateService;
  procs: Map<string, ServiceProcess>;
  /** Starts (again) the process of a role, with the same environment and instance id (and `extra`). */
  start(role: string, extra?: Record<string, string>): Promise<ServiceProcess>;
  /** The group of a consumer role, and an admin client on the private broker. */
  groupOf(role: string): string;
  admin(): Promise<Admin>;
  random(): number;
  log(message: string): void;
}

export const CONSUMERS = ['normaliser-0', 'normaliser-1', 'store-0', 'store-1'];
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function processedCount(metricsUrl: string): Promise<number> {
  const text = await (await fetch(`${metricsUrl}/metrics`)).text();
  return text
    .split('\n')
    .filter((l) => l.startsWith('pipeline_messages_total{') && l.includes('outcome="processed"'))
    .reduce((n, l) => n + Number(l.slice(l.lastIndexOf(' ') + 1)), 0);
}

async function killAndRestart(p: ChaosPipeline, role: string): Promise<Resume> {
  const victim = p.procs.get(role)!;
  victim.child.kill('SIGKILL');
  await victim.exited;
  const spawnedAt = Date.now();
  // At info level, for the line that dates the end of its boot.
  const proc = await p.start(role, { LOG_LEVEL: 'info' });
  const readyMs = Date.now() - spawnedAt;
  const booted = startedAt(proc.output());
  const bootMs = booted === null ? null : booted - spawnedAt;
  let processingMs: number | null = null;
  if (role !== 'ingest') {
    // Its counter starts at 0: the first poll that sees a processed message bounds the moment from above.
    while (Date.now() - spawnedAt < 60_000) {
      if ((await processedCount(proc.metricsUrl).catch(() => 0)) > 0) {
        processingMs = Date.now() - spawnedAt;
        break;
      }
      await sleep(100);
    }
  }
  p.log(`${role} restarted: booted after ${bootMs ?? '–'} ms, ready after ${readyMs} ms, processing after ${processingMs ?? '–'} ms`);
  return { role, bootMs, readyMs, processingMs };
}

/** Waits until the group is stable with one member fewer than before, every member holding partitions. */
async function handover(p: ChaosPipeline, role: string, before: number, stoppedAt: number): Promise<number | null> {
  const admin = await p.admin();
  try {
    while (Date.now() - stoppedAt < 40_000) {
      const g = (await admin.describeGroups([p.groupOf(role)]).catch(() => null))?.groups[0];
      if (g?.state === 'Stable' && g.members.length === before - 1 && g.members.every((m) => m.memberAssignment.length > 0)) return Date.now() - stoppedAt;
      await sleep(100);
    }
    return null;
  } finally {
    await admin.disconnect();
  }
}

async function membersOf(p: ChaosPipeline, role: string): Promise<number> {
  const admin = await p.admin();
  try {
    return (await admin.describeGroups([p.groupOf(role)])).groups[0]?.members.length ?? 0;
  } finally {
    await admin.disconnect();
  }
}

const pick = <T>(p: ChaosPipeline, list: T[]): T => list[Math.floor(p.random() * list.length)];

/** Causes a fault and waits until the pipeline has what it needs to recover (a restarted process, a server back). */
export async function runFault(p: ChaosPipeline, kind: FaultKind): Promise<FaultRecord> {
  const record: FaultRecord = { kind, startedAt: Date.now(), endedAt: 0, resumes: [] };
  switch (kind) {
    case 'broker-kill':
      p.kafka.kill();
      await sleep(2_000);
      await p.kafka.startAsync();
      break;
    case 'postmaster-kill':
      p.pg.kill();
      await p.pg.startAsync();
      break;
    case 'postmaster-flap':
      for (let i = 0; i < 5; i++) {
        const killedAt = Date.now();
        p.pg.kill();
        await p.pg.startAsync();
        if (i < 4) await sleep(Math.max(0, 6_000 - (Date.now() - killedAt)));
      }
      break;
    case 'consumer-sigstop': {
      const role = (record.target = pick(p, CONSUMERS));
      const before = await membersOf(p, role);
      const proc = p.procs.get(role)!;
      const stoppedAt = Date.now();
      proc.child.kill('SIGSTOP');
      try {
        record.handoverMs = await handover(p, role, before, stoppedAt);
        await sleep(Math.max(0, 15_000 - (Date.now() - stoppedAt)));
      } finally {
        proc.child.kill('SIGCONT');
      }
      p.log(`${role} stopped: partitions handed over after ${record.handoverMs ?? '–'} ms`);
      break;
    }
    case 'store-double-kill': {
      const role = (record.target = pick(p, ['store-0', 'store-1']));
      record.resumes.push(await killAndRestart(p, role));
      await sleep(Math.max(0, 10_000 - (Date.now() - record.startedAt)));
      record.resumes.push(await killAndRestart(p, role));
      break;
    }
    case 'ingest-kill':
      record.target = 'ingest';
      await killAndRestart(p, 'ingest');
      break;
    case 'consumer-kill':
      record.target = pick(p, CONSUMERS);
      record.resumes.push(await killAndRestart(p, record.target));
      break;
  }
  record.endedAt = Date.now();
  return record;
}
