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
install -m 644 "$here/conf/sialip.load" "$here/conf/sialip.conf" \
    "$here/conf/inovasi.load" "$here/conf/inovasi.conf" "$dest$conf/mods-available/"
# The DBD block holds the database password: never overwrite an edited one.
if [ ! -e "$dest$conf/conf-available/sialip-dbd.conf" ]; then
    install -m 640 "$here/conf/sialip-dbd.conf" "$dest$conf/conf-available/"
fi
if [ -z "$dest" ] && id www-data >/dev/null 2>&1; then
    chown www-data:www-data /var/lib/sialip/berkas
fi
chmod 750 "$dest/var/lib/sialip/berkas"

cat <<MSG
SIALIP installed. Next:
  1. Create the database and user, then: $share/sql/migrate.sh -u root sialip
  2. Edit $conf/conf-available/sialip-dbd.conf (DBDParams password)
  3. a2enmod dbd sialip inovasi && a2enconf sialip-dbd
  4. apachectl configtest && systemctl reload apache2
MSG
