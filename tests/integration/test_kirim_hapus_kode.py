"""Issue 20: a delivered receipt keeps no copy of the tracking code in the
outbox (surel_keluar); a message without a code keeps its bodies."""
from client import filed
from test_kirim import conf, flushed, kirim, outbox_of, smtp  # noqa: F401 (fixtures)


def test_a_delivered_receipt_keeps_no_tracking_code(server, db, smtp, conf):
    address = "hapus.kode@example.id"
    number, code, _ = filed(server, email=address)
    (outbox_id,) = outbox_of(db, address)
    before = db.sql("SELECT isi_teks FROM surel_keluar WHERE id = %d;" % outbox_id)[0][0]
    assert code in before
    r = kirim(conf)
    assert r.returncode == 0, r.stderr
    assert "message %d to example.id: sent" % outbox_id in r.stderr
    # The applicant got the code...
    (delivered,) = smtp.handler.for_id(outbox_id)
    assert code in delivered[2].decode("utf-8", "replace").replace("=\r\n", "")
    # ...the outbox kept none of it.
    status, subject, text, html = db.sql(
        "SELECT status, subjek, isi_teks, isi_html FROM surel_keluar WHERE id = %d;"
        % outbox_id)[0]
    assert status == "terkirim" and number in subject
    assert code not in text + html and "kode=" not in text + html
    assert "Isi dihapus setelah terkirim" in text
