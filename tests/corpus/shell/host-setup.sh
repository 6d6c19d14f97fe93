#!/bin/sh
# One-time host preparation for the app servers. Safe to re-run.
set -eu

sysctl -w net.core.somaxconn=512
sysctl -w net.ipv4.tcp_fin_timeout=30
sysctl -w fs.file-max=200000

id app >/dev/null 2>&1 || useradd --system --uid 101 --home /srv/app app
install -d -o 101 -g 101 -m 750 /srv/app /var/log/app
install -m 600 /dev/null /srv/app/.secrets

# Log rotation: keep 100 files of at most 250M each.
cat > /etc/logrotate.d/app <<'CONF'
/var/log/app/*.log {
    rotate 100
    maxsize 250M
    compress
    missingok
}
CONF

# Swap of 512 MB for the small instances, priority 100.
if [ ! -f /swapfile ]; then
  fallocate -l 512M /swapfile
  chmod 600 /swapfile
  mkswap /swapfile
  swapon -p 100 /swapfile
fi

# Nightly cleanup at 03:15; jobs get nice 10 and a 900 second limit.
echo '15 3 * * * app nice -n 10 timeout 900 /srv/app/current/bin/cleanup' > /etc/cron.d/app-cleanup
chmod 644 /etc/cron.d/app-cleanup

echo "host ready (kernel $(uname -r), 200 MB reserved for the page cache)"
