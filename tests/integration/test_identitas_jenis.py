"""Identity documents by applicant type (issue 16 item 14): the web form
asks for the KTP of an individual, the deed of a legal entity and the power
of attorney of a group, each required, and the server checks it as the form
says: the message beside the field, the input kept, nothing filed without
it."""
import re

from client import PNG_BYTES, file_request, filed

PDF = b"%PDF-1.4\n% akta\n"


def count(db):
    return db.sql("SELECT COUNT(*) FROM permohonan;")[0][0]


def error(page):
    m = re.search(r'<p class="galat-field" id="galat-identitas">([^<]*)</p>', page)
    return m.group(1) if m else None


def test_the_form_asks_for_the_document_of_each_applicant_type(server):
    import requests
    page = requests.get(server.url + "/ppid/permohonan/baru", timeout=10).text
    block = re.search(r'<ul class="bantuan" id="syarat-identitas">(.*?)</ul>', page, re.S)
    assert block
    for text in ("salinan KTP", "akta pendirian", "surat kuasa khusus"):
        assert text in block.group(1)


def test_each_applicant_type_must_attach_its_document(server, db):
    before = count(db)
    r = file_request(server, files={}, nama="Budi <Perorangan>")
    assert r.status_code == 422
    assert "salinan KTP" in error(r.text)
    assert 'value="Budi &lt;Perorangan&gt;"' in r.text
    r = file_request(server, files={}, jenis_pemohon="badan_hukum", nik="",
                     nomor_badan_hukum="AHU-0012345.AH.01.04.2020",
                     nama="PT Contoh Sejahtera")
    assert r.status_code == 422
    assert "akta pendirian" in error(r.text)
    assert 'value="PT Contoh Sejahtera"' in r.text
    r = file_request(server, files={}, jenis_pemohon="kelompok", nama="Kelompok Tani Maju")
    assert r.status_code == 422
    assert "surat kuasa khusus" in error(r.text)
    assert count(db) == before

    filed(server, jenis_pemohon="badan_hukum", nik="",
          nomor_badan_hukum="AHU-0012345.AH.01.04.2020",
          files={"identitas": ("akta.pdf", PDF, "application/pdf")})
    filed(server, jenis_pemohon="kelompok",
          files={"identitas": ("kuasa.png", PNG_BYTES, "image/png")})
    number, _, _ = filed(server, files={"identitas": ("ktp.png", PNG_BYTES, "image/png")})
    assert db.sql("SELECT b.mime FROM permohonan p JOIN berkas b ON b.id = "
                  "p.identitas_berkas_id WHERE p.nomor = '%s';" % number) == [["image/png"]]
    assert count(db) == str(int(before) + 3)
