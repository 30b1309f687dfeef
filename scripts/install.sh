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
install -m 644 "$here/conf/sialip.load" "$here/conf/sialip.conf" \
    "$here/conf/inovasi.load" "$here/conf/inovasi.conf" "$dest$conf/mods-available/"
# The DBD block holds the database password: never overwrite an edited one.
if [ ! -e "$dest$conf/conf-available/sialip-dbd.conf" ]; then
    install -m 640 "$here/conf/sialip-dbd.conf" "$dest$conf/conf-available/"
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
    "$dest/etc/systemd/system/"
install -m 644 "$here/conf/kirim.conf.example" "$dest$share/kirim.conf.example"
if [ ! -e "$dest/etc/sialip/kirim.conf" ]; then
    install -m 600 "$here/conf/kirim.conf.example" "$dest/etc/sialip/kirim.conf"
fi

cat <<MSG
SIALIP installed. Next:
  0. Restart MariaDB once if 60-sialip.cnf was added (max_prepared_stmt_count)
  1. Create the database and user, then: $share/sql/migrate.sh -u root sialip
  2. Edit $conf/conf-available/sialip-dbd.conf (DBDParams password)
  3. a2enmod dbd socache_shmcb sialip inovasi && a2enconf sialip-dbd
  4. apachectl configtest && systemctl reload apache2
  5. Edit /etc/sialip/kirim.conf (database, mail relay, base_url), then:
     systemctl daemon-reload
     systemctl enable --now sialip-kirim.timer sialip-pengingat.timer
MSG
