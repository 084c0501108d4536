import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { quantityBytes } from './cgroup';
import type { ServiceName } from './processes';
import { repoRoot } from './repo-root';

export interface ManifestResources {
  /** As written in the Deployment, e.g. `768Mi`. */
  limit: string;
  limitBytes: number;
  request: string;
  requestBytes: number;
}

/**
 * A service's memory request and limit as its Kubernetes Deployment
 * (k8s/base/<service>/deployment.yaml) sets them: what the benchmark runs the
 * service under and reports its RSS against. The overlays do not change them
 * (scripts/validate-deploy.sh checks the limit against the benchmark's peak).
 */
export function manifestMemory(service: ServiceName, root = repoRoot()): ManifestResources {
  const text = readFileSync(join(root, 'k8s', 'base', service, 'deployment.yaml'), 'utf8');
  const block = (kind: 'requests' | 'limits') => {
    const m = new RegExp(`\\n(\\s+)${kind}:\\n((?:\\1\\s+.*\\n)+)`).exec(text);
    const memory = m ? /memory:\s*"?([0-9.]+[A-Za-z]*)"?/.exec(m[2])?.[1] : undefined;
    if (!memory) throw new Error(`k8s/base/${service}/deployment.yaml: no resources.${kind}.memory`);
    return memory;
  };
  const limit = block('limits');
  const request = block('requests');
  return { limit, limitBytes: quantityBytes(limit), request, requestBytes: quantityBytes(request) };
}
