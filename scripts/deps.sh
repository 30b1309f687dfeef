#!/bin/sh
# Installs the Debian packages SIALIP builds, runs and tests with, when any
# is missing. Needs root (or sudo) only when something must be installed.
set -eu

PACKAGES="
  make gcc pkg-config
  apache2 apache2-dev apache2-utils
  libaprutil1-dev libaprutil1-dbd-mysql
  libxml2-dev libxslt1-dev libxml2-utils xsltproc
  mariadb-server mariadb-client
  libcmocka-dev
  libssl-dev openssl
  python3 python3-pytest python3-requests python3-lxml python3-pymysql
  python3-aiosmtpd python3-rdflib
  python3-selenium chromium chromium-driver
  curl wrk
  clang libclang-rt-14-dev sqlmap
"

missing=""
for pkg in $PACKAGES; do
    if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed"; then
        missing="$missing $pkg"
    fi
done
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
