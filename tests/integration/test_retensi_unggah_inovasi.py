"""mod_inovasi's uploads name files of the same content-addressed store as
mod_sialip's, so they take the same content lock (berkas_kunci) before
naming one.  The worst interleaving is forced as in test_retensi_unggah.py:
an officer records a replicating region with the same PDF as a citizen's
case the retention job is erasing, held inside its transaction after its
berkas row (on the innovation's row, which the replication row's foreign
key reads) while the job runs; the evidence must still download.  Year 2063."""
import uuid

import pytest

from test_inovasi_bantuan import buat_inovasi, staf  # noqa: F401
from test_retensi_unggah import (  # noqa: F401
    closed_long_ago, conf, file_with, held_while_the_job_runs, pdf, utama)

pytestmark = pytest.mark.usefixtures("clear_throttle")


def test_an_evidence_upload_held_mid_transaction_keeps_the_file_the_job_would_remove(
        server, db, utama, conf, staf):
    content = pdf("replikasi " + uuid.uuid4().hex)
    closed_long_ago(server, utama, db, file_with(server, content))

    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Replikasi Retensi " + uuid.uuid4().hex[:8],
                       tahun="2063")
    path = "/inovasi/admin/inovasi/%s/replikasi" % iid
    daerah = "Kabupaten Retensi " + uuid.uuid4().hex[:8]

    # The upload stops inside its transaction after its berkas row, on the
    # innovation's row (the replication row's foreign key reads it).
    r = held_while_the_job_runs(
        db, conf, "SELECT id FROM inovasi WHERE id = %s" % iid,
        lambda: officer.post(path, {"daerah": daerah, "tahun": "2063", "tautan": ""},
                             files={"berkas": ("bukti.pdf", content, "application/pdf")},
                             timeout=180))
    assert r.status_code == 303, r.text[:2000]

    rows = [x for x in officer.xml(path).findall("replikasi") if x.text == daerah]
    assert len(rows) == 1
    got = officer.get("%s/%s/berkas" % (path, rows[0].get("rid")))
    assert got.status_code == 200 and got.content == content
