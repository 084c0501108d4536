/**
 * Static group membership (KIP-345) for kafkajs 2.2.4 consumers.
 *
 * kafkajs encodes `group.instance.id` in its JoinGroup v5, SyncGroup v3,
 * Heartbeat v3 and LeaveGroup v3 requests, but its consumer has no option for
 * it: ConsumerGroup and Broker never pass one. This module wraps those request
 * builders so that the requests for a group registered here carry the
 * process's instance id.
 *
 * What it buys: a member that restarts with the same instance id (a container
 * restarted in its pod after a crash or a `kill -9`) takes its predecessor's
 * place and partitions as soon as it joins, instead of waiting for the dead
 * member's session to expire. A clean stop still leaves the group (the others
 * take the partitions at once). Two live processes must never share an id: the
 * broker fences the older one (FENCED_INSTANCE_ID on its next heartbeat, which
 * stops that consumer).
 *
 * kafkajs is pinned at 2.2.4 (docs/architecture.md): test/kafka/static-membership.int-spec.ts
 * fails if the requests stop carrying the id.
 */
const REQUEST_MODULES = ['joinGroup', 'syncGroup', 'heartbeat', 'leaveGroup'].map(
  (m) => `kafkajs/src/protocol/requests/${m}/index.js`,
);

type Args = { groupId?: string; groupInstanceId?: string | null } & Record<string, unknown>;
type Builder = (args: Args) => unknown;
interface RequestModule {
  versions: string[];
  protocol: (o: { version: number }) => Builder | undefined;
  __newsStaticMembership?: true;
}

const instanceIds = new Map<string, string>();

export type StaticMembershipInstall = 'installed' | 'unavailable';

function patch(path: string): boolean {
  let mod: RequestModule;
  try {
    // A path into kafkajs's sources, known only at run time: no static import can name it.
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    mod = require(path) as RequestModule;
  } catch {
    return false;
  }
  if (mod.__newsStaticMembership) return true;
  if (typeof mod.protocol !== 'function' || !Array.isArray(mod.versions)) return false;
  const original = mod.protocol;
  // Versions before the field ignore it; the broker then sees a dynamic member.
  mod.protocol = ({ version }) => {
    const build = original({ version });
    if (!build) return build;
    return (args: Args) =>
      build({
        ...args,
        groupInstanceId: args.groupInstanceId ?? (args.groupId ? instanceIds.get(args.groupId) : undefined) ?? null,
      });
  };
  mod.__newsStaticMembership = true;
  return true;
}

/**
 * Makes this process's consumers of `groupId` members with the static
 * instance id `instanceId`. Brokers older than Kafka 2.3 (JoinGroup below v5)
 * get a dynamic member.
 */
export function useStaticMembership(groupId: string, instanceId: string): StaticMembershipInstall {
  // All or nothing: a join with the id but heartbeats without it would still work, a join without it would not be
  // static.
  if (!REQUEST_MODULES.map(patch).every(Boolean)) return 'unavailable';
  instanceIds.set(groupId, instanceId);
  return 'installed';
}

/** The instance id the group requests of `groupId` carry in this process (for tests and logs). */
export function staticInstanceIdOf(groupId: string): string | undefined {
  return instanceIds.get(groupId);
}
