/**
 * The SFTP, FTPS and IMAPS servers of the transport tests: started (or found
 * running) by scripts/transport-servers.sh, which installs them from Debian
 * packages when missing, like scripts/services.sh does PostgreSQL.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../../../tools/harness/repo-root';

export interface TransportServers {
  caFile: string;
  sftp: { port: number; user: string; keyFile: string; hostKey: string; root: string };
  ftp: { port: number; user: string; passwordFile: string; root: string };
  imap: { port: number; user: string; passwordFile: string; maildir: string };
  /** Makes a directory the servers' account can write (the tests may run as root). */
  ownedDir(path: string): string;
}

export function transportServers(): TransportServers {
  const root = repoRoot();
  const script = join(root, 'scripts', 'transport-servers.sh');
  try {
    execFileSync('bash', [script, 'up'], { stdio: ['ignore', 'ignore', 'inherit'], timeout: 10 * 60_000 });
  } catch (err) {
    throw new Error(
      `Could not start the SFTP, FTPS and IMAPS test servers with ${script}: ${(err as Error).message}. Run it ` +
        `by hand to see why (it needs apt-get or the packages openssh-server, pure-ftpd, dovecot-imapd).`,
      { cause: err },
    );
  }
  const runDir = process.env.NEWS_RUN_DIR ?? join(root, '.run');
  const env = Object.fromEntries(
    readFileSync(join(runDir, 'transport-servers.env'), 'utf8')
      .split('\n')
      .filter((l) => l.includes('='))
      .map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]),
  );
  const uid = Number(env.NEWS_TRANSFER_UID);
  const gid = Number(env.NEWS_TRANSFER_GID);
  return {
    caFile: env.NEWS_TLS_CA_FILE,
    sftp: {
      port: Number(env.NEWS_SFTP_PORT),
      user: env.NEWS_SFTP_USER,
      keyFile: env.NEWS_SFTP_KEY_FILE,
      hostKey: env.NEWS_SFTP_HOST_KEY,
      root: env.NEWS_SFTP_ROOT,
    },
    ftp: {
      port: Number(env.NEWS_FTP_PORT),
      user: env.NEWS_FTP_USER,
      passwordFile: env.NEWS_FTP_PASSWORD_FILE,
      root: env.NEWS_FTP_ROOT,
    },
    imap: {
      port: Number(env.NEWS_IMAP_PORT),
      user: env.NEWS_IMAP_USER,
      passwordFile: env.NEWS_IMAP_PASSWORD_FILE,
      maildir: env.NEWS_IMAP_MAILDIR,
    },
    ownedDir: (path) => {
      mkdirSync(path, { recursive: true });
      if (process.getuid?.() === 0) chownSync(path, uid, gid);
      return path;
    },
  };
}
