/** Stops containers that global-setup started; services found or started by the script keep running. */
export default async function globalTeardown(): Promise<void> {
  const stop = (globalThis as { __servicesStop?: () => Promise<void> }).__servicesStop;
  if (stop) await stop();
}
