import './register-paths';
import { ninjsSweep } from '../support/ninjs-sweep';

/**
 * Every article the end-to-end suites stored must render as valid ninjs: the
 * sweep fails the run naming the first offenders. Then stops the containers
 * global-setup started; services found or started by the script keep running.
 */
export default async function globalTeardown(): Promise<void> {
  const stop = (globalThis as { __servicesStop?: () => Promise<void> }).__servicesStop;
  try {
    if (process.env.DATABASE_URL) {
      const { checked, failures } = await ninjsSweep(process.env.DATABASE_URL);
      process.stderr.write(
        `\n[ninjs sweep] ${checked} stored articles rendered as ninjs 2.2 and 3.1, ${failures.length} invalid\n`,
      );
      if (failures.length > 0)
        throw new Error(`stored articles whose ninjs is invalid:\n${failures.slice(0, 20).join('\n')}`);
    }
  } finally {
    if (stop) await stop();
  }
}
