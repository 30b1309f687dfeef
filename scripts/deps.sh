#!/bin/sh
# Installs the Debian packages SIALIP needs, when any is missing. Needs root
# (or sudo) only when something must be installed.
#   scripts/deps.sh runtime   what `make install` needs on a server: the
#                             build tools (it compiles the modules) and what
#                             the modules and sialip-kirim run with
#   scripts/deps.sh deb       what `make deb` needs: the build tools,
#                             debhelper, lintian and cmocka (the unit tests
#                             run at package build)
#   scripts/deps.sh           also everything the tests, fuzzing, the
#                             benchmark and the security scans use
#                             (`make deps`, `make test`, `make run`)
set -eu

# Building: apxs, the compiler and the headers.
BUILD="
  make gcc pkg-config apache2-dev libaprutil1-dev
  libxml2-dev libxslt1-dev libssl-dev zlib1g-dev libdeflate-dev
"
# Running: Apache, the apr-util MySQL driver, the libraries, MariaDB.
RUNTIME="
  apache2 apache2-utils libaprutil1-dbd-mysql
  libxml2 libxslt1.1 openssl zlib1g libdeflate0
  mariadb-server mariadb-client
"
# Testing and the checks run by hand; never needed on a server.
TEST="
  libxml2-utils xsltproc
  libcmocka-dev
  python3 python3-pytest python3-pytest-xdist python3-requests python3-lxml python3-pymysql
  python3-aiosmtpd python3-rdflib
  python3-selenium chromium chromium-driver
  nodejs
  curl wrk
  clang libclang-rt-14-dev sqlmap
"
# `make deb` (debian/) and `make cluster`/`make test-cluster` (tests/cluster/).
PACKAGING="
  debhelper dpkg-dev fakeroot lintian
  galera-4 haproxy rsync mariadb-backup socat
"
case "${1:-all}" in
    runtime) PACKAGES="$BUILD $RUNTIME" ;;
    deb) PACKAGES="$BUILD libcmocka-dev debhelper dpkg-dev fakeroot lintian" ;;
    all) PACKAGES="$BUILD $RUNTIME $TEST $PACKAGING" ;;
    *) echo "usage: $0 [runtime|deb|all]" >&2; exit 2 ;;
esac

# One dpkg-query for all of them (`make test` runs this every time; one
# call per package took seconds on a loaded machine).
installed=" $(dpkg-query -W -f='${Package} ${Status}\n' $PACKAGES 2>/dev/null \
    | awk '$NF == "installed" && $(NF-1) == "ok" {printf "%s ", $1}')"
missing=""
for pkg in $PACKAGES; do
    case "$installed" in
        *" $pkg "*) ;;
        *) missing="$missing $pkg" ;;
    esac
done
# npm (axe-core for the browser tests): Debian's package, unless the
# installed nodejs already brings its own npm (NodeSource's does).
if [ "${1:-all}" = all ] && ! command -v npm >/dev/null 2>&1; then
    missing="$missing npm"
fi
[ -z "$missing" ] && exit 0

echo "deps: installing$missing"
if [ "$(id -u)" -ne 0 ]; then
    SUDO=sudo
else
    SUDO=
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
# Debian starts the packaged apache2 and mariadb services on install; the
# project runs private instances and does not need them.
$SUDO apt-get install -y -qq $missing
