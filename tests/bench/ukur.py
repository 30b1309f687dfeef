"""What the tools that measure one page on any tree share
(laporan_ukur.py, status_ukur.py): they take harness, gen_data and
run_bench from the tree they measure, so an older commit runs with the code
of its day, and hand them in here."""
import contextlib
import os
import shutil
import tempfile


@contextlib.contextmanager
def bench_servers(tree, prefix, n_requests, keep=False):
    """A private MariaDB with the bench's data of n_requests requests and a
    bench Apache on a snapshot of the build, as tree's `make bench` makes
    them; tree is (harness, gen_data, run_bench) of the measured tree.
    Yields (workdir, db, apache, pairs_path); both servers are stopped at
    the end, and the folder removed unless keep."""
    harness, gen_data, run_bench = tree
    workdir = tempfile.mkdtemp(prefix=prefix)
    os.chmod(workdir, 0o755)
    db = harness.MariaDB(workdir)
    apache = None
    try:
        db.install()
        db.start()
        db.create_app_database()
        db.sql("SET GLOBAL innodb_buffer_pool_size = %d;" % run_bench.BUFFER_POOL)
        apache = run_bench.BenchApache(workdir, db, run_bench.snapshot_build(workdir))
        apache.start()
        pairs_path = os.path.join(workdir, "pairs.tsv")
        gen_data.generate(db.socket, requests=n_requests, pairs_path=pairs_path,
                          log=lambda m: None)
        yield workdir, db, apache, pairs_path
    finally:
        if apache:
            apache.stop()
        db.stop()
        if keep:
            print("kept", workdir)
        else:
            shutil.rmtree(workdir, ignore_errors=True)
