#!/bin/sh
# sqlmap against every public form and parameter of SIALIP and the staff
# pages with query parameters, on a private MariaDB and Apache on 127.0.0.1
# (tests/security/run_sqlmap.py starts them as the tests do).  Fails when
# any parameter is injectable or a target could not be tested.
#   SQLMAP_TOTAL_SECONDS=2400  time for all targets together
#   SQLMAP_ONLY=lacak,masuk    run only these targets
#   SQLMAP_KEEP=1              keep the servers' and sqlmap's output
set -eu
cd "$(dirname "$0")/../.."
if ! command -v sqlmap >/dev/null 2>&1; then
    echo "sqlmap: not installed; run make deps" >&2
    exit 2
fi
if [ ! -f build/mod_sialip.so ] || [ ! -f build/mod_inovasi.so ]; then
    echo "sqlmap: build the modules first (make all)" >&2
    exit 2
fi
exec /usr/bin/python3 tests/security/run_sqlmap.py "$@"
