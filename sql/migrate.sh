#!/bin/sh
# Applies the migrations in sql/migrations that this database has not seen,
# in order, recording each in schema_migrations; then loads the seed data
# (idempotent upserts). Safe to run again at any time.
#
# usage: sql/migrate.sh [mysql client options...]   e.g. -h 127.0.0.1 -P 3306 -u sialip -pSECRET sialip
set -eu
here=$(cd "$(dirname "$0")" && pwd)
# Caller options first: --no-defaults is only honoured as the first one.
mysql_cmd() { mysql "$@" --batch --skip-column-names --default-character-set=utf8mb4; }

mysql_cmd "$@" -e "CREATE TABLE IF NOT EXISTS schema_migrations (
    versi VARCHAR(64) NOT NULL PRIMARY KEY,
    diterapkan DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP
  ) ENGINE=InnoDB DEFAULT CHARSET=ascii"

# What ran before, asked once (a client per file made a run that had
# nothing to do take seconds).
applied=$(mysql_cmd "$@" -e "SELECT versi FROM schema_migrations")
is_applied() { printf '%s\n' "$applied" | grep -qxF "$1"; }

for file in "$here"/migrations/*.sql; do
    version=$(basename "$file" .sql)
    if ! is_applied "$version"; then
        echo "migrasi: $version"
        # The file and its record go in one client session, so a failed
        # statement stops before the version is recorded.
        { cat "$file"; echo; echo "INSERT INTO schema_migrations (versi) VALUES ('$version');"; } \
            | mysql_cmd "$@"
    fi
done

# Seeds run once too, so an admin's later edits (a removed holiday, a
# renamed OPD) are not undone by the next run.
apply_once() {
    version=$1; shift
    if ! is_applied "$version"; then
        echo "seed: $version"
        { cat; echo; echo "INSERT INTO schema_migrations (versi) VALUES ('$version');"; } | mysql_cmd "$@"
    else
        cat >/dev/null
    fi
}

apply_once seed-opd "$@" < "$here/seed/opd.sql"

# The holiday CSV (tanggal,jenis,nama,dasar_hukum) as inserts; quotes in
# the text are doubled for SQL.
awk -F, 'NR > 1 && NF == 4 {
    for (i = 1; i <= 4; i++) gsub(/\047/, "\047\047", $i)
    printf "INSERT IGNORE INTO hari_libur (tanggal, jenis, nama, dasar_hukum, libur) VALUES (\047%s\047, \047%s\047, \047%s\047, \047%s\047, 1);\n", $1, $2, $3, $4
}' "$here/seed/hari-libur.csv" | apply_once seed-hari-libur "$@"
