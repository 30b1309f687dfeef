"""The public DIP (issue 17 item 5): a search by words finds the entries a
citizen expects ("kesehatan ibu": both words, any order, in the summary, the
OPD or the officials), best match first; short words count; one compact row
per entry headed by what the information is, every column one click away on
the entry's own page.  Also the statistics charts' captions above them and
the innovation pages' own header.  Entries of the year 2091 and OPDs of
their own."""
import re

import pytest
import requests
from lxml import etree, html

from staf_uji import user

YEAR = "2091"


@pytest.fixture(scope="module")
def entries(db):
    db.sql("INSERT IGNORE INTO opd (kode, nama, singkatan) VALUES "
           "('uji-cari-sehat', 'Dinas Kesehatan Uji Cari', 'DKUC'), "
           "('uji-cari-sosial', 'Dinas Sosial Uji Cari', 'DSUC');")
    sehat, sosial = (db.sql("SELECT id FROM opd WHERE kode = '%s';" % k)[0][0]
                     for k in ("uji-cari-sehat", "uji-cari-sosial"))
    creator = user(db, "cari.utama", ["ppid_utama"], "diskominfo")
    # key: (opd, summary, official)
    spec = {
        "frasa": (sosial, "Kesehatan ibu dan anak di puskesmas", "Kepala Dinas"),
        "acak": (sosial, "Ibu hamil: data kesehatan per kecamatan", "Kepala Dinas"),
        "opd": (sehat, "Data ibu menyusui", "Kepala Dinas"),
        "pejabat": (sosial, "Laporan bulanan", "Kepala Seksi Kesehatan Ibu"),
        "satu": (sosial, "Data kesehatan hewan ternak", "Kepala Dinas"),
        "kb": (sosial, "Peserta KB aktif per desa", "Kepala Dinas"),
        "sebagian": (sosial, "Ribuan ibukota", "Kepala Dinas"),
    }
    ids = {}
    for i, (key, (opd, ringkasan, pejabat)) in enumerate(sorted(spec.items())):
        db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
               "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, status, "
               "dimutakhirkan_pada, diterbitkan_pada, dibuat_oleh) VALUES (%s, "
               "'CARI-2091-%02d', 'berkala', '%s', '%s', 'Sekretaris', 'Serang', 'PDF', "
               "'5 tahun', %s, 'terbit', UTC_TIMESTAMP(), UTC_TIMESTAMP(), %s);"
               % (opd, i, ringkasan, pejabat, YEAR, creator))
        ids[key] = db.sql("SELECT id FROM dip WHERE nomor = 'CARI-2091-%02d' "
                          "AND opd_id = %s;" % (i, opd))[0][0]
    # Not published: never found.
    db.sql("INSERT INTO dip (opd_id, nomor, kategori, ringkasan, pejabat_penguasa, "
           "penanggung_jawab, waktu_tempat, bentuk, retensi, tahun, status, "
           "dimutakhirkan_pada, dibuat_oleh) VALUES (%s, 'CARI-2091-DRAF', 'berkala', "
           "'Kesehatan ibu draf', 'P', 'PJ', 'Serang', 'PDF', '5 tahun', %s, 'draf', "
           "UTC_TIMESTAMP(), %s);" % (sosial, YEAR, creator))
    return ids


def search(server, q, **params):
    r = requests.get(server.url + "/ppid/dip", params=dict(params, q=q, tahun=YEAR),
                     timeout=10)
    assert r.status_code == 200, r.text
    return r


def found(r):
    return re.findall(r'<li class="entri-dip" id="dip-(\d+)"', r.text)


def test_both_words_in_any_order_and_in_the_opd_or_officials(server, entries):
    r = search(server, "kesehatan ibu")
    assert set(found(r)) == {entries[k] for k in ("frasa", "acak", "opd", "pejabat")}
    assert "memuat sebagian kata" not in r.text
    assert set(found(search(server, "IBU   Kesehatan"))) == set(found(r))
    # A word matches at the start of a word: "ibu" is not in "Ribuan ibukota"
    # as a word of its own, yet "ibuk" is the start of one.
    assert entries["sebagian"] not in found(r)
    assert found(search(server, "ibuk")) == [entries["sebagian"]]


def test_the_best_match_comes_first(server, entries):
    """The words as a phrase in the summary, then both in the summary, then
    one in the summary and one in the OPD's name, then in the officials."""
    assert found(search(server, "kesehatan ibu")) == [
        entries["frasa"], entries["acak"], entries["opd"], entries["pejabat"]]


def test_short_words_and_the_opd_abbreviation_are_searched(server, entries):
    assert found(search(server, "kb")) == [entries["kb"]]
    r = search(server, "dkuc")
    assert found(r) == [entries["opd"]]
    assert found(search(server, "sehat")) == []       # not the start of a word


def test_no_entry_with_every_word_lists_those_with_some(server, entries):
    r = search(server, "kesehatan zzqxv")
    assert "memuat sebagian kata" in r.text
    ids = found(r)
    assert set(ids) == {entries[k] for k in ("frasa", "acak", "opd", "pejabat", "satu")}
    # The summary before the OPD and the officials.
    assert ids.index(entries["pejabat"]) > ids.index(entries["frasa"])
    x = etree.fromstring(requests.get(server.url + "/ppid/dip.xml",
                                      params={"q": "kesehatan zzqxv", "tahun": YEAR},
                                      timeout=10).content)
    assert x.get("sebagian") == "1" and x.get("total") == "5"
    assert [e.get("id") for e in x.findall("entri")] == ids
    assert found(search(server, "zzqxv qqvxz")) == []
    assert found(search(server, "!!! %%")) == []


def test_each_entry_is_one_compact_row_with_its_details_one_click_away(server, entries):
    r = search(server, "kesehatan ibu")
    doc = html.fromstring(r.text)
    rows = doc.xpath("//ol[@class='daftar-dip']/li[@class='entri-dip']")
    assert len(rows) == 4
    first = rows[0]
    link = first.xpath(".//a[@class='judul-dip']")[0]
    # Headed by what the information is, not by its code.
    assert link.text_content() == "Kesehatan ibu dan anak di puskesmas"
    assert link.get("href") == "/ppid/dip/%s" % entries["frasa"]
    meta = first.xpath(".//span[@class='meta-dip']")[0].text_content()
    assert re.sub(r"\s+", " ", meta).strip() == "DSUC · Berkala · 2091"
    assert first.xpath(".//abbr[@class='opd']")[0].get("title") == "Dinas Sosial Uji Cari"
    assert not doc.xpath("//ol[@class='daftar-dip']//table") and "CARI-2091" not in r.text

    page = requests.get(server.url + link.get("href"), timeout=10)
    assert page.status_code == 200
    d = html.fromstring(page.text)
    assert d.xpath("//h1")[0].text_content() == "Kesehatan ibu dan anak di puskesmas"
    heads = [th.text_content() for th in d.xpath("//table[@class='entri-dip-rinci']//th")]
    assert heads[:3] == ["Nomor", "Ringkasan isi informasi", "Kategori"]
    assert len(heads) == 12
    assert d.xpath("//td[@class='nomor-dip']")[0].text_content() == "CARI-2091-01"   # "frasa", second by key
    assert d.xpath("//td[@class='opd']")[0].text_content() == "Dinas Sosial Uji Cari"
    for bad in ("0", "abc", "999999999"):
        assert requests.get(server.url + "/ppid/dip/" + bad, timeout=10).status_code == 404


def test_an_unpublished_entry_has_no_page(server, db, entries):
    draft = db.sql("SELECT id FROM dip WHERE nomor = 'CARI-2091-DRAF';")[0][0]
    assert requests.get(server.url + "/ppid/dip/%s" % draft, timeout=10).status_code == 404
    assert "draf" not in search(server, "kesehatan ibu").text.lower().split("daftar-dip")[1]


def test_filter_selects_are_not_squeezed(server, entries):
    doc = html.fromstring(search(server, "").text)
    form = doc.xpath("//form[contains(@class, 'saring-dip')]")[0]
    # Each label and its field in a box of their own (the box wraps whole).
    for name in ("kategori", "opd", "tahun"):
        box = form.xpath(".//select[@id='%s']" % name)[0].getparent()
        assert box.tag == "div" and box.xpath("label[@for='%s']" % name)


def test_each_chart_caption_is_above_its_chart(server):
    doc = html.fromstring(requests.get(server.url + "/ppid/statistik", timeout=30).text)
    figures = doc.xpath("//figure[@class='grafik']")
    assert figures
    for f in figures:
        kids = [k.tag for k in f if isinstance(k.tag, str)]
        assert kids[0] == "figcaption", kids


def test_innovation_pages_carry_the_regency_header_with_their_own_name(server):
    ppid = html.fromstring(requests.get(server.url + "/ppid/", timeout=10).text)
    ino = html.fromstring(requests.get(server.url + "/inovasi/", timeout=10).text)
    brand = lambda d: d.xpath("//header[@class='kepala']//div[@class='merek']/strong")[0].text_content()
    sub = lambda d: d.xpath("//header[@class='kepala']//div[@class='merek']/span")[0].text_content()
    assert brand(ino) == brand(ppid) == "Pemerintah Kabupaten Serang"
    assert "PPID" in sub(ppid)
    assert "Inovasi Daerah" in sub(ino) and "PPID" not in sub(ino)
    foot = lambda d: " ".join(d.xpath("//footer")[0].text_content().split())
    assert foot(ino).startswith("Bappeda Kabupaten Serang") and "PPID" in foot(ppid)
    # The same navigation: the PPID's pages stay one click away.
    links = lambda d: [a.get("href") for a in d.xpath("//header[@class='kepala']/nav/a")]
    assert links(ino) == links(ppid)
