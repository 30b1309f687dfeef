"""mod_inovasi's uploads name files of the same content-addressed store as
mod_sialip's, so they take the same content lock (berkas_kunci) before
naming one.  The worst interleaving is forced as in test_retensi_unggah.py:
an officer records a replicating region with the same PDF as a citizen's
case the retention job is erasing, held inside its transaction after its
berkas row (on the innovation's row, which the replication row's foreign
key reads) while the job runs; the evidence must still download."""
import threading
import uuid

import pytest

from test_inovasi_bantuan import buat_inovasi, staf  # noqa: F401
from test_retensi_unggah import (  # noqa: F401
    RowHolder, await_true, closed_long_ago, conf, file_with, lock_waits, pdf, retensi,
    utama)

pytestmark = pytest.mark.usefixtures("clear_throttle")


def test_an_evidence_upload_held_mid_transaction_keeps_the_file_the_job_would_remove(
        server, db, utama, conf, staf):
    content = pdf("replikasi " + uuid.uuid4().hex)
    closed_long_ago(server, utama, db, file_with(server, content))

    officer = staf("inov.dinkes")
    iid = buat_inovasi(officer, nama="Replikasi Retensi " + uuid.uuid4().hex[:8])
    path = "/inovasi/admin/inovasi/%s/replikasi" % iid
    daerah = "Kabupaten Retensi " + uuid.uuid4().hex[:8]

    holder = RowHolder(db, "SELECT id FROM inovasi WHERE id = %s" % iid)
    result = {}
    upload = threading.Thread(target=lambda: result.update(r=officer.post(
        path, {"daerah": daerah, "tahun": "2026", "tautan": ""},
        files={"berkas": ("bukti.pdf", content, "application/pdf")})))
    try:
        upload.start()
        await_true("the upload to wait on the innovation's row",
                   lambda: lock_waits(db) >= 1)
        # The job erases the citizen's case meanwhile: it either finishes
        # (and must have left the file) or waits for the upload's lock.
        job = retensi(conf)
        await_true("the retention job to finish or wait",
                   lambda: job.poll() is not None or lock_waits(db) >= 2)
    finally:
        holder.release()
    upload.join(timeout=120)
    out, err = job.communicate(timeout=120)
    assert job.returncode == 0, err
    assert result["r"].status_code == 303, result["r"].text[:2000]

    rows = [x for x in officer.xml(path).findall("replikasi") if x.text == daerah]
    assert len(rows) == 1
    got = officer.get("%s/%s/berkas" % (path, rows[0].get("rid")))
    assert got.status_code == 200 and got.content == content
