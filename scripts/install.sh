#!/bin/sh
# `make install`: puts SIALIP into the Apache the machine already runs
# (Debian layout). DESTDIR=/some/dir stages the files there instead.
set -eu
here=$(cd "$(dirname "$0")/.." && pwd)
dest=${DESTDIR:-}
libexec=$(apxs -q LIBEXECDIR)
share=/usr/share/sialip
conf=/etc/apache2

install -d "$dest$libexec" "$dest$share/views" "$dest$share/sql" \
    "$dest$conf/mods-available" "$dest$conf/conf-available" \
    "$dest/var/lib/sialip/berkas"
install -m 644 "$here/build/mod_sialip.so" "$here/build/mod_inovasi.so" "$dest$libexec/"
cp -R "$here/build/views/." "$dest$share/views/"
cp -R "$here/sql/." "$dest$share/sql/"
# XML schemas of the exports (registers, reports, statistics, DIP).
install -d "$dest$share/schema"
cp -R "$here/mod_sialip/schema/." "$here/mod_inovasi/schema/." "$dest$share/schema/"
install -m 644 "$here/conf/sialip.load" "$here/conf/inovasi.load" \
    "$dest$conf/mods-available/"
# The settings a deployer edits are never overwritten: an upgrade that
# finds an edited copy leaves it and puts the new shipped one beside it as
# .dist (not read by Apache) to compare with.
for f in sialip.conf inovasi.conf; do
    target="$dest$conf/mods-available/$f"
    if [ ! -e "$target" ]; then
        install -m 644 "$here/conf/$f" "$target"
    elif ! cmp -s "$here/conf/$f" "$target"; then
        install -m 644 "$here/conf/$f" "$target.dist"
        echo "kept your $target; the shipped version is $target.dist"
    fi
done
# The DBD block holds the database password: never overwrite an edited one.
if [ ! -e "$dest$conf/conf-available/sialip-dbd.conf" ]; then
    install -m 640 "$here/conf/sialip-dbd.conf" "$dest$conf/conf-available/"
elif ! cmp -s "$here/conf/sialip-dbd.conf" "$dest$conf/conf-available/sialip-dbd.conf"; then
    install -m 640 "$here/conf/sialip-dbd.conf" "$dest$conf/conf-available/sialip-dbd.conf.dist"
fi
# MariaDB's prepared-statement limit (conf/mariadb-sialip.cnf says why).
if [ -d "$dest/etc/mysql/mariadb.conf.d" ] || [ -n "$dest" ]; then
    install -d "$dest/etc/mysql/mariadb.conf.d"
    if [ ! -e "$dest/etc/mysql/mariadb.conf.d/60-sialip.cnf" ]; then
        install -m 644 "$here/conf/mariadb-sialip.cnf" \
            "$dest/etc/mysql/mariadb.conf.d/60-sialip.cnf"
    fi
fi
if [ -z "$dest" ] && id www-data >/dev/null 2>&1; then
    chown www-data:www-data /var/lib/sialip/berkas
fi
chmod 750 "$dest/var/lib/sialip/berkas"

# sialip-kirim: the outbox delivery program, its systemd units and its
# configuration (root-only: it holds the database password; never
# overwritten once there).
install -d "$dest/usr/sbin" "$dest/etc/systemd/system" "$dest/etc/sialip"
install -m 755 "$here/build/sialip-kirim" "$dest/usr/sbin/sialip-kirim"
# sialip-pengguna: creates the first admin, resets a password (README).
install -m 755 "$here/build/sialip-pengguna" "$dest/usr/sbin/sialip-pengguna"
install -m 644 "$here/conf/sialip-kirim.service" "$here/conf/sialip-kirim.timer" \
    "$here/conf/sialip-pengingat.service" "$here/conf/sialip-pengingat.timer" \
    "$here/conf/sialip-retensi.service" "$here/conf/sialip-retensi.timer" \
    "$dest/etc/systemd/system/"
install -m 644 "$here/conf/kirim.conf.example" "$dest$share/kirim.conf.example"
if [ ! -e "$dest/etc/sialip/kirim.conf" ]; then
    install -m 600 "$here/conf/kirim.conf.example" "$dest/etc/sialip/kirim.conf"
fi
# kirim.conf's dbd_conf reads the password from Apache's DBD block.
if [ ! -e "$dest/etc/sialip/sialip-dbd.conf" ] && [ ! -L "$dest/etc/sialip/sialip-dbd.conf" ]; then
    ln -s "$conf/conf-available/sialip-dbd.conf" "$dest/etc/sialip/sialip-dbd.conf"
fi
# Without systemd (containers, some VMs) cron runs them instead; cron uses
# the server's time zone, so 07:00 WIB is converted to it.  SIALIP_CRON=1
# installs it anyway, SIALIP_CRON=0 never.
cron=${SIALIP_CRON:-}
if [ -z "$cron" ]; then
    if [ -d /run/systemd/system ]; then cron=0; else cron=1; fi
fi
if [ "$cron" = 1 ]; then
    hour=$(date -d 'TZ="Asia/Jakarta" 07:00' +%-H 2>/dev/null || echo 0)
    install -d "$dest/etc/cron.d"
    sed "s/^0 7 /0 $hour /" "$here/conf/sialip.cron" > "$dest/etc/cron.d/sialip"
    chmod 644 "$dest/etc/cron.d/sialip"
    # cron runs them as www-data (no credentials handed over as systemd
    # does): the files with the passwords become readable by its group.
    if [ -z "$dest" ] && id www-data >/dev/null 2>&1; then
        chgrp www-data /etc/sialip/kirim.conf "$conf/conf-available/sialip-dbd.conf"
        chmod 640 /etc/sialip/kirim.conf "$conf/conf-available/sialip-dbd.conf"
    fi
    schedule="cron: /etc/cron.d/sialip runs them (every minute; reminders at $hour:00 server time = 07:00 WIB)"
else
    schedule="systemctl daemon-reload && systemctl enable --now sialip-kirim.timer sialip-pengingat.timer sialip-retensi.timer"
fi

if [ -d /run/systemd/system ]; then
    reload="systemctl restart mariadb / systemctl reload apache2"
else
    reload="service mariadb restart / apache2ctl graceful"
fi
cat <<MSG
SIALIP installed. Next (README, "Deploying into an existing Apache"):
  0. MariaDB must run; restart it once if 60-sialip.cnf was added ($reload)
  1. Create the database and user, then: $share/sql/migrate.sh -u root sialip
  2. Edit $conf/conf-available/sialip-dbd.conf (DBDParams password)
  3. a2enmod dbd socache_shmcb sialip inovasi && a2enconf sialip-dbd
  4. apache2ctl configtest, then reload Apache ($reload)
  5. Edit /etc/sialip/kirim.conf (database, mail relay, base_url); then
     $schedule
MSG
