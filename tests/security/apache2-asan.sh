#!/bin/sh
# apache2 for `make test-asan`: build/asan/bin/apache2 links here, so every
# apache2 the tests start (tests/harness.py, and the tests that run apache2
# themselves) is the real one with gcc's ASan and UBSan runtimes preloaded.
#
# Sanitizer reports must survive the tests' temporary directories:
#  - ASan writes its reports to $SIALIP_ASAN_LOGS/asan.<pid> (ASAN_OPTIONS
#    log_path, set by the Makefile);
#  - UBSan's runtime writes to stderr, and once it has reported, ASan does
#    too (the two gcc runtimes share the report file): stderr of a running
#    Apache is its ErrorLog.  So a detached reader follows the ErrorLog of the
#    configuration given with -f and copies any report into
#    $SIALIP_ASAN_LOGS/asan.errorlog.<pid> as it is written.
# The script execs apache2, so the process the tests started is Apache's
# parent (tests look for its children with pgrep -P).
#
# Environment (set by `make test-asan`):
#   SIALIP_ASAN_PRELOAD  the runtimes to preload
#   SIALIP_ASAN_LOGS     where reports go
#   SIALIP_APACHE2       the real apache2 (default /usr/sbin/apache2)
set -u
real=${SIALIP_APACHE2:-/usr/sbin/apache2}
logs=${SIALIP_ASAN_LOGS:?SIALIP_ASAN_LOGS not set}

conf="" prev=""
for arg in "$@"; do
    [ "$prev" = "-f" ] && conf=$arg
    prev=$arg
done
errlog=""
if [ -n "$conf" ] && [ -f "$conf" ]; then
    errlog=$(sed -n 's/^[[:space:]]*ErrorLog[[:space:]][[:space:]]*"\{0,1\}\([^"]*\)"\{0,1\}[[:space:]]*$/\1/p' \
             "$conf" | tail -n 1)
fi

if [ -n "$errlog" ]; then
    pid=$$
    # Detached twice over (not a child of Apache), deaf to the signals the
    # tests send Apache's process group, gone when Apache is (tail --pid).
    ( (
        trap '' TERM INT HUP
        tail -n +1 -F --pid="$pid" "$errlog" 2>/dev/null | awk -v out="$logs/asan.errorlog.$pid" '
            /ERROR: AddressSanitizer|AddressSanitizer:DEADLYSIGNAL|runtime error:|SUMMARY: (Address|UndefinedBehavior)Sanitizer/ {
                inside = 1
            }
            /^\[/ { inside = 0 }
            inside { print > out; fflush(out) }'
    ) </dev/null >/dev/null 2>&1 & )
fi

LD_PRELOAD=${SIALIP_ASAN_PRELOAD:-} exec "$real" "$@"
