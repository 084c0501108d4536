#!/usr/bin/env bash
# Runs the file-transfer and mail servers the transport tests read from, on
# loopback, each as a normal process with its own configuration under .run/:
#   - SFTP: Debian's openssh-server (sshd, key authentication, sftp only)
#   - FTP with explicit TLS (FTPS): pure-ftpd (a virtual user in its own password database)
#   - IMAP over TLS: dovecot-imapd (a passwd-file user with a Maildir)
# Usage: scripts/transport-servers.sh up|down|status|env|install
#   up       install what is missing, generate keys, certificate, users and
#            configuration (first time only), start the three servers, write
#            .run/transport-servers.env. Idempotent.
#   down     stop them (files are kept under .run/transports).
#   status   exit 0 when all three answer.
#   env      print the .run/transport-servers.env of the running servers.
#   install  only the Debian packages (CI does this with the rest of its packages).
# Ports: NEWS_SFTP_PORT, NEWS_FTP_PORT, NEWS_FTP_PASSIVE_PORTS (first:last), NEWS_IMAP_PORT.
# The servers' files belong to an OS user made for them (news-transfer) when run as root,
# else to the calling user.
set -euo pipefail

ROOT_DIR=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
RUN_DIR=${NEWS_RUN_DIR:-$ROOT_DIR/.run}
T_DIR="$RUN_DIR/transports"
ENV_FILE="$RUN_DIR/transport-servers.env"

SFTP_PORT=${NEWS_SFTP_PORT:-19622}
FTP_PORT=${NEWS_FTP_PORT:-19621}
FTP_PASSIVE=${NEWS_FTP_PASSIVE_PORTS:-19650:19669}
IMAP_PORT=${NEWS_IMAP_PORT:-19643}

log() { echo "==> $*" >&2; }
die() { echo "error: $*" >&2; exit 1; }
port_open() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }
wait_port() { # wait_port <port> <name> <log>
  for _ in $(seq 1 40); do port_open "$1" && { log "$2 is up on 127.0.0.1:$1"; return; }; sleep 0.25; done
  [[ -f "$3" ]] && tail -n 20 "$3" >&2
  die "$2 did not start on 127.0.0.1:$1 (log: $3)"
}
pid_alive() { [[ -f "$1" ]] && kill -0 "$(cat "$1")" 2>/dev/null; }

missing_packages() {
  local need=()
  [[ -x /usr/sbin/sshd ]] || need+=(openssh-server)
  [[ -x /usr/sbin/pure-ftpd ]] || need+=(pure-ftpd)
  [[ -x /usr/sbin/dovecot && -x /usr/lib/dovecot/imap ]] || need+=(dovecot-imapd)
  command -v openssl >/dev/null || need+=(openssl)
  echo "${need[@]}"
}

install_packages() {
  local need; read -r -a need <<<"$(missing_packages)"
  ((${#need[@]})) || return 0
  command -v apt-get >/dev/null || die "missing ${need[*]} and apt-get is not available; install them"
  log "installing ${need[*]} from Debian packages"
  local sudo=""; [[ $(id -u) -eq 0 ]] || sudo="sudo"
  # The packages' own daemons (ports 21, 22, 143) must not start: only ours, on loopback.
  local policy=/usr/sbin/policy-rc.d made_policy=""
  if [[ ! -e $policy ]]; then
    printf '#!/bin/sh\nexit 101\n' | $sudo tee "$policy" >/dev/null && $sudo chmod 755 "$policy" && made_policy=1
  fi
  # A fresh package list (CI updated it a moment ago) is not fetched again.
  find /var/lib/apt/lists -maxdepth 1 -name '*Packages*' -mmin -60 2>/dev/null | grep -q . || $sudo apt-get update -qq >&2
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}" >&2 || { [[ -n $made_policy ]] && $sudo rm -f "$policy"; die "apt-get install ${need[*]} failed"; }
  [[ -n $made_policy ]] && $sudo rm -f "$policy"
  return 0
}

# The account the servers' files belong to and that logs in over SFTP, FTP and IMAP.
transfer_user() {
  if [[ $(id -u) -eq 0 ]]; then
    if ! id news-transfer >/dev/null 2>&1; then
      useradd --system --home-dir "$T_DIR/home" --no-create-home --shell /usr/sbin/nologin news-transfer
      # '*' (no password) rather than useradd's locked '!': sshd refuses key logins to locked accounts without PAM.
      usermod -p '*' news-transfer
    fi
    echo news-transfer
  else
    id -un
  fi
}

random_secret() { openssl rand -hex 16; }

# ------------------------------------------------------------ shared material
prepare_common() {
  mkdir -p "$T_DIR"
  chmod 755 "$T_DIR"
  mkdir -p "$T_DIR/home/sftp" "$T_DIR/home/ftp" "$T_DIR/home/mail/Maildir"/{cur,new,tmp}
  if [[ ! -f "$T_DIR/tls/cert.pem" ]]; then
    mkdir -p "$T_DIR/tls"
    openssl req -x509 -newkey rsa:2048 -nodes -days 3650 -subj /CN=127.0.0.1 \
      -addext subjectAltName=IP:127.0.0.1,DNS:localhost \
      -keyout "$T_DIR/tls/key.pem" -out "$T_DIR/tls/cert.pem" 2>/dev/null
    cat "$T_DIR/tls/key.pem" "$T_DIR/tls/cert.pem" >"$T_DIR/tls/combined.pem"
    chmod 600 "$T_DIR/tls/key.pem" "$T_DIR/tls/combined.pem"
  fi
  [[ -f "$T_DIR/ftp/password" ]] || { mkdir -p "$T_DIR/ftp"; random_secret >"$T_DIR/ftp/password"; chmod 600 "$T_DIR/ftp/password"; }
  [[ -f "$T_DIR/imap/password" ]] || { mkdir -p "$T_DIR/imap"; random_secret >"$T_DIR/imap/password"; chmod 600 "$T_DIR/imap/password"; }
}

# ------------------------------------------------------------------- SFTP
sftp_up() {
  local d="$T_DIR/sftp"
  mkdir -p "$d"
  [[ -f "$d/host_ed25519" ]] || ssh-keygen -q -t ed25519 -N '' -C news-sftp-host -f "$d/host_ed25519"
  [[ -f "$d/client_ed25519" ]] || ssh-keygen -q -t ed25519 -N '' -C news-sftp-client -f "$d/client_ed25519"
  cp "$d/client_ed25519.pub" "$d/authorized_keys"
  chmod 644 "$d/authorized_keys"
  cat >"$d/sshd_config" <<CONF
Port $SFTP_PORT
ListenAddress 127.0.0.1
HostKey $d/host_ed25519
PidFile $d/sshd.pid
AuthorizedKeysFile $d/authorized_keys
PubkeyAuthentication yes
PasswordAuthentication no
KbdInteractiveAuthentication no
UsePAM no
PermitRootLogin no
AllowUsers $TUSER
StrictModes no
AllowTcpForwarding no
X11Forwarding no
ForceCommand internal-sftp
Subsystem sftp internal-sftp
CONF
  if pid_alive "$d/sshd.pid"; then log "SFTP already running on 127.0.0.1:$SFTP_PORT"; return; fi
  port_open "$SFTP_PORT" && die "port $SFTP_PORT is taken by another process; set NEWS_SFTP_PORT"
  [[ $(id -u) -eq 0 ]] && mkdir -p /run/sshd && chmod 755 /run/sshd
  # Daemons get no descriptor of ours: a caller reading our output would otherwise wait for them to exit.
  /usr/sbin/sshd -f "$d/sshd_config" -E "$d/sshd.log" </dev/null >>"$d/sshd.log" 2>&1
  wait_port "$SFTP_PORT" "SFTP (sshd)" "$d/sshd.log"
}

sftp_fingerprint() { ssh-keygen -l -E sha256 -f "$T_DIR/sftp/host_ed25519.pub" | awk '{print $2}'; }

# -------------------------------------------------------------------- FTP
ftp_up() {
  local d="$T_DIR/ftp" uid gid
  mkdir -p "$d"
  uid=$(id -u "$TUSER"); gid=$(id -g "$TUSER")
  if [[ ! -f "$d/pureftpd.pdb" ]]; then
    local pw; pw=$(cat "$d/password")
    rm -f "$d/pureftpd.passwd"
    printf '%s\n%s\n' "$pw" "$pw" | pure-pw useradd news -u "$uid" -g "$gid" -d "$T_DIR/home/ftp" -f "$d/pureftpd.passwd" >/dev/null
    pure-pw mkdb "$d/pureftpd.pdb" -f "$d/pureftpd.passwd"
  fi
  if pid_alive "$d/pure-ftpd.pid"; then log "FTP already running on 127.0.0.1:$FTP_PORT"; return; fi
  port_open "$FTP_PORT" && die "port $FTP_PORT is taken by another process; set NEWS_FTP_PORT"
  # -Y 2: TLS required for the session and the data; -A: chrooted to the user's directory; -E: no anonymous logins.
  /usr/sbin/pure-ftpd -S "127.0.0.1,$FTP_PORT" -l "puredb:$d/pureftpd.pdb" -E -A -H -j \
    -p "$FTP_PASSIVE" -P 127.0.0.1 -u "$uid" -Y 2 -2 "$T_DIR/tls/combined.pem" \
    -g "$d/pure-ftpd.pid" -B </dev/null >>"$d/pure-ftpd.log" 2>&1
  wait_port "$FTP_PORT" "FTPS (pure-ftpd)" "$d/pure-ftpd.log"
}

# ------------------------------------------------------------------- IMAP
imap_up() {
  local d="$T_DIR/imap" uid gid
  mkdir -p "$d/run" "$d/state"
  uid=$(id -u "$TUSER"); gid=$(id -g "$TUSER")
  printf 'news:{PLAIN}%s:%s:%s::%s::\n' "$(cat "$d/password")" "$uid" "$gid" "$T_DIR/home/mail" >"$d/users"
  # dovecot's auth process reads it as the dovecot user when the master runs as root.
  if [[ $(id -u) -eq 0 ]]; then chgrp dovecot "$d/users"; chmod 640 "$d/users"; else chmod 600 "$d/users"; fi
  local internal=""
  [[ $(id -u) -eq 0 ]] || internal=$'default_internal_user = '"$TUSER"$'\ndefault_login_user = '"$TUSER"
  cat >"$d/dovecot.conf" <<CONF
base_dir = $d/run
state_dir = $d/state
instance_name = news-transports
log_path = $d/dovecot.log
protocols = imap
listen = 127.0.0.1
ssl = required
ssl_cert = <$T_DIR/tls/cert.pem
ssl_key = <$T_DIR/tls/key.pem
auth_mechanisms = plain login
first_valid_uid = $uid
last_valid_uid = $uid
first_valid_gid = $gid
mail_location = maildir:~/Maildir
passdb {
  driver = passwd-file
  args = scheme=PLAIN $d/users
}
userdb {
  driver = passwd-file
  args = $d/users
}
service imap-login {
  inet_listener imap {
    port = 0
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = $IMAP_PORT
    ssl = yes
  }
}
service pop3-login {
  inet_listener pop3 {
    port = 0
  }
}
$internal
CONF
  if [[ -f "$d/run/master.pid" ]] && kill -0 "$(cat "$d/run/master.pid")" 2>/dev/null; then
    log "IMAP already running on 127.0.0.1:$IMAP_PORT"; return
  fi
  port_open "$IMAP_PORT" && die "port $IMAP_PORT is taken by another process; set NEWS_IMAP_PORT"
  /usr/sbin/dovecot -c "$d/dovecot.conf" </dev/null >>"$d/dovecot.log" 2>&1
  wait_port "$IMAP_PORT" "IMAPS (dovecot)" "$d/dovecot.log"
}

# ------------------------------------------------------------------ all
own_files() { [[ $(id -u) -eq 0 ]] && chown -R "$TUSER:" "$T_DIR/home"; return 0; }

write_env() {
  umask 077
  cat >"$ENV_FILE" <<ENV
NEWS_TRANSPORTS_DIR=$T_DIR
NEWS_TRANSFER_USER=$TUSER
NEWS_TRANSFER_UID=$(id -u "$TUSER")
NEWS_TRANSFER_GID=$(id -g "$TUSER")
NEWS_TLS_CA_FILE=$T_DIR/tls/cert.pem
NEWS_SFTP_PORT=$SFTP_PORT
NEWS_SFTP_USER=$TUSER
NEWS_SFTP_KEY_FILE=$T_DIR/sftp/client_ed25519
NEWS_SFTP_HOST_KEY=$(sftp_fingerprint)
NEWS_SFTP_ROOT=$T_DIR/home/sftp
NEWS_FTP_PORT=$FTP_PORT
NEWS_FTP_USER=news
NEWS_FTP_PASSWORD_FILE=$T_DIR/ftp/password
NEWS_FTP_ROOT=$T_DIR/home/ftp
NEWS_IMAP_PORT=$IMAP_PORT
NEWS_IMAP_USER=news
NEWS_IMAP_PASSWORD_FILE=$T_DIR/imap/password
NEWS_IMAP_MAILDIR=$T_DIR/home/mail/Maildir
ENV
}

stop_pidfile() { # stop_pidfile <file> <name>
  if pid_alive "$1"; then
    local pid; pid=$(cat "$1")
    log "stopping $2 (pid $pid)"
    kill "$pid"
    for _ in $(seq 1 40); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
  fi
  rm -f "$1"
}

all_up() {
  install_packages
  TUSER=$(transfer_user)
  prepare_common
  own_files
  sftp_up
  ftp_up
  imap_up
  write_env
  log "transport servers are up; their addresses are in .run/transport-servers.env"
}

all_down() {
  stop_pidfile "$T_DIR/sftp/sshd.pid" "SFTP (sshd)"
  stop_pidfile "$T_DIR/ftp/pure-ftpd.pid" "FTPS (pure-ftpd)"
  stop_pidfile "$T_DIR/imap/run/master.pid" "IMAPS (dovecot)"
}

case "${1:-}" in
  up) all_up ;;
  down) all_down ;;
  install) install_packages ;;
  status)
    ok=0
    for p in "SFTP:$SFTP_PORT" "FTP:$FTP_PORT" "IMAP:$IMAP_PORT"; do
      if port_open "${p#*:}"; then echo "${p%%:*}: up (127.0.0.1:${p#*:})"; else echo "${p%%:*}: down"; ok=1; fi
    done
    exit $ok ;;
  env) cat "$ENV_FILE" ;;
  *) echo "usage: $0 up|down|status|env|install" >&2; exit 2 ;;
esac
