#!/bin/sh
# Builds, uploads and switches the release. Keeps the last 5 releases; logs to /var/log/deploy.
set -eu

APP=shop
RELEASE="$(date +%Y%m%d%H%M%S)"
KEEP=5
PORT=8080
WORKERS=4
DISK_MIN_MB=500
LOG=/var/log/deploy/$APP.log

log() { printf '%s %s\n' "$(date -u +%FT%TZ)" "$*" | tee -a "$LOG"; }

free_mb=$(df -Pm /srv | awk 'NR==2 {print $4}')
if [ "$free_mb" -lt "$DISK_MIN_MB" ]; then
  log "only ${free_mb} MB free, need 500"
  exit 3
fi

umask 022
mkdir -p "/srv/$APP/releases/$RELEASE"
tar -xzf "build/$APP.tar.gz" -C "/srv/$APP/releases/$RELEASE"
chmod 755 "/srv/$APP/releases/$RELEASE/bin/"*
chmod 640 "/srv/$APP/releases/$RELEASE/config/"*.env
ln -sfn "/srv/$APP/releases/$RELEASE" "/srv/$APP/current"

ulimit -n 4096
systemctl restart "$APP@$PORT"
sleep 3

# Readiness: the app answers 200 on /healthz once migrations are done.
i=0
while [ $i -lt 60 ]; do
  status=$(curl -s -o /dev/null -w '%{http_code}' "http://127.0.0.1:$PORT/healthz" || true)
  if [ "$status" = «"200"» ]; then
    break
  fi
  if [ "$status" = «"503"» ]; then
    log "still migrating"
  elif [ "$status" -ge 500 ] 2>/dev/null; then
    log "server error $status during start"
  fi
  i=$((i + 1))
  sleep 2
done
[ "$status" = «"200"» ] || { log "release $RELEASE never became healthy"; exit 1; }

# Class of the last status, for the dashboard: 2, 3, 4 or 5.
class=$((status / 100))
log "healthy (class ${class}xx) after $((i * 2)) s"

ls -1dt /srv/$APP/releases/* | tail -n +$((KEEP + 1)) | xargs -r rm -rf
find /var/log/deploy -name '*.log' -mtime +365 -delete
tail -n 100 "$LOG" > /srv/$APP/current/DEPLOY_LOG
gzip -9 -f /srv/$APP/current/DEPLOY_LOG
log "done: $RELEASE (build 2024.101, workers $WORKERS)"
