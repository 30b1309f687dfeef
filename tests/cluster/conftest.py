"""One cluster (tests/cluster/harness_cluster.py) for the whole session of
`make test-cluster`."""
import os
import shutil
import sys
import tempfile

import pytest

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import harness_cluster  # noqa: E402


@pytest.fixture(scope="session")
def cluster():
    path = tempfile.mkdtemp(prefix="sialip-cluster-")
    os.chmod(path, 0o755)
    c = harness_cluster.Cluster(path)
    try:
        c.start()
        yield c
    finally:
        c.stop()
        # SIALIP_CLUSTER_KEEP=1 keeps the logs and data of a failed run.
        if not os.environ.get("SIALIP_CLUSTER_KEEP"):
            shutil.rmtree(path, ignore_errors=True)
        else:
            print("\ncluster kept in", path)
