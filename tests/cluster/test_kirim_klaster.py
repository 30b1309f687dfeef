"""sialip-kirim on both web nodes of the cluster at once, each connecting
through HAProxy as README "Cluster" says: every message is sent exactly
once."""
import collections
import os
import subprocess
import sys

sys.path.insert(0, os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(__file__))),
                                "integration"))
import harness  # noqa: E402
import harness_cluster  # noqa: E402
from test_kirim import SMTPServer, write_conf  # noqa: E402

KIRIM = os.path.join(harness.BUILD, "sialip-kirim")


def test_two_nodes_deliver_each_message_once(cluster, tmp_path):
    smtp = SMTPServer()
    smtp.start()
    try:
        values = ",".join(
            "('klaster%02d@example.id', 'Pesan klaster %02d', 'Isi %02d', '<p>Isi</p>', "
            "'uji', 'uji', 'klaster', UTC_TIMESTAMP(), UTC_TIMESTAMP())" % (i, i, i)
            for i in range(40))
        cluster.sql("INSERT INTO surel_keluar (kepada, subjek, isi_teks, isi_html, jenis, "
                    "objek, objek_id, kirim_setelah, dibuat_pada) VALUES %s;" % values)
        # The receipts of the other tests' bursts wait: only these go now.
        cluster.sql("UPDATE surel_keluar SET kirim_setelah = UTC_TIMESTAMP() + INTERVAL 1 DAY "
                    "WHERE objek_id <> 'klaster' AND status = 'menunggu';")
        ids = {int(r[0]) for r in cluster.sql(
            "SELECT id FROM surel_keluar WHERE objek_id = 'klaster';")}
        endpoint = harness_cluster._Endpoint(cluster.proxy.sql_port, cluster.dbs[0].password)
        smtp.handler.delay = 0.02
        confs = [write_conf(str(tmp_path / ("web%d.conf" % i)), endpoint, smtp.port,
                            batch_size="4") for i in (1, 2)]
        runs = [subprocess.Popen([KIRIM, "-c", c], stderr=subprocess.PIPE, text=True)
                for c in confs]
        logs = [p.communicate(timeout=300)[1] for p in runs]
        assert [p.returncode for p in runs] == [0, 0], logs
        counts = collections.Counter(i for i in smtp.handler.outbox_ids() if i in ids)
        assert set(counts) == ids and set(counts.values()) == {1}, counts
        for node in cluster.dbs:
            assert node.sql("SET SESSION wsrep_sync_wait = 1; SELECT status, COUNT(*) "
                            "FROM surel_keluar WHERE objek_id = 'klaster' "
                            "GROUP BY status;") == [["terkirim", "40"]], node.name
    finally:
        smtp.stop()
