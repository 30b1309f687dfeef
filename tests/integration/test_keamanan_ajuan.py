"""Issue 20: anonymous filing is limited per address and per recipient
e-mail within a window (429 with the form kept), and a document stored for
a filing that failed is removed from the store."""
import hashlib
import os
import secrets

import pytest
import requests

import harness
from client import IDENTITY, PNG_BYTES, valid_form
from test_keamanan_masuk import client

pytestmark = pytest.mark.usefixtures("clear_throttle")


class LowFilingLimit(harness.Apache):
    def write_config(self):
        super().write_config()
        with open(self.conf, "a") as f:
            f.write("\nSialipFilingLimit 3 2 3600\n")


@pytest.fixture(scope="module")
def limited(workdir, db):
    apache = LowFilingLimit(os.path.join(workdir, "ajuan"), db)
    apache.start()
    try:
        yield apache
    finally:
        apache.stop()


def file_from(server, address, **overrides):
    fields = {k: (None, v) for k, v in valid_form(**overrides).items()}
    fields.update(IDENTITY)
    return client(address).post(server.url + "/ppid/permohonan", files=fields,
                                allow_redirects=False, timeout=60)


def test_filings_are_limited_per_email_and_per_address(limited, db):
    first, second = "batas.satu@example.id", "batas.dua@example.id"
    assert file_from(limited, "127.0.0.7", email=first).status_code == 303
    assert file_from(limited, "127.0.0.7", email=first).status_code == 303
    r = file_from(limited, "127.0.0.7", email=first, nama="Nama Tetap Ada")
    assert r.status_code == 429
    assert "Sudah terlalu banyak permohonan dengan alamat e-mail ini" in r.text
    assert 'value="Nama Tetap Ada"' in r.text
    assert int(r.headers["Retry-After"]) == 3600
    r = file_from(limited, "127.0.0.7", email=second)
    assert r.status_code == 429
    assert "terlalu banyak permohonan dari alamat jaringan Anda" in r.text
    # Refused for its address, the filing did not count against its e-mail
    # (both are counted in one statement, the e-mail's taken back).
    key = "ajukan-surel:" + hashlib.sha256(second.encode()).hexdigest()
    assert db.sql("SELECT jumlah FROM pembatasan WHERE kunci = '%s';" % key) in ([], [["0"]])
    # Another address with another e-mail is not affected.
    assert file_from(limited, "127.0.0.8", email=second).status_code == 303
    assert "filing refused: more than 3 filings from 127.0.0.7 within 3600 s (status 429)" \
        in limited.log()


def test_a_document_of_a_failed_filing_is_removed(server, db):
    content = PNG_BYTES + secrets.token_bytes(32)
    sha = hashlib.sha256(content).hexdigest()
    path = os.path.join(server.uploads, sha[:2], sha)
    # The filing fails after the document is stored: the insert is refused.
    db.sql("CREATE TRIGGER uji_gagal_simpan BEFORE INSERT ON permohonan FOR EACH ROW "
           "SET NEW.nama = IF(NEW.nama = 'Gagal Simpan', NULL, NEW.nama);")
    try:
        fields = {k: (None, v) for k, v in valid_form(nama="Gagal Simpan").items()}
        fields["identitas"] = ("ktp.png", content, "image/png")
        r = requests.post(server.url + "/ppid/permohonan", files=fields,
                          allow_redirects=False, timeout=60)
    finally:
        db.sql("DROP TRIGGER uji_gagal_simpan;")
    assert r.status_code == 503, r.text
    assert not os.path.exists(path)
    assert "removed %s (its filing failed)" % sha in server.log()
    # The same document in a filing that succeeds stays.
    fields = {k: (None, v) for k, v in valid_form().items()}
    fields["identitas"] = ("ktp.png", content, "image/png")
    r = requests.post(server.url + "/ppid/permohonan", files=fields,
                      allow_redirects=False, timeout=60)
    assert r.status_code == 303, r.text
    assert os.path.exists(path)
