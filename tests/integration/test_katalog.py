"""The DCAT catalogue (/ppid/katalog.jsonld and /ppid/katalog.rdf): both
parse with rdflib into the same graph; every dataset has the properties a
CKAN harvester and Satu Data need; every download URL answers 200 with the
media type the catalogue declares, and XML validates against the XSD the
catalogue names (fetched from the server itself); links come from the
configured server name, not the Host header; no applicant's personal data
is in the catalogue or any of its downloads."""
import datetime
import os
import subprocess

import pytest
import requests
from lxml import etree
from rdflib import RDF, Graph, Literal, Namespace, URIRef
from rdflib.compare import isomorphic

import harness
from client import another_apache, filed
from staf_uji import location_id, post, session, user

pytestmark = pytest.mark.usefixtures("clear_throttle")

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCT = Namespace("http://purl.org/dc/terms/")
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
SD = Namespace("urn:serangkab:ppid:satudata:")
XSD_DT = URIRef("http://www.w3.org/2001/XMLSchema#dateTime")
IANA = "https://www.iana.org/assignments/media-types/"
FREQ = "http://purl.org/cld/freq/"
PDF_BYTES = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"

# An applicant nobody else uses: none of this may appear in open data.
PEMOHON = {"nama": "Zulkarnain Katalogwati", "nik": "3604019988776655",
           "telepon": "0812-9988-7766", "email": "zulkat.katalog@contoh.id",
           "alamat": "Jl. Kampung Katalogsari No. 77"}


@pytest.fixture(scope="module")
def data(server, db):
    user(db, "kat.utama", ["ppid_utama"], "diskominfo", "Utama Katalog")
    user(db, "kat.dinkes", ["ppid_pelaksana"], "dinkes", "Pelaksana Katalog")
    utama, dinkes = session(server, "kat.utama"), session(server, "kat.dinkes")

    def entry(nomor, kategori, files=None, tautan="", terbit=True):
        fields = {"nomor": nomor, "kategori": kategori,
                  "ringkasan": "Katalogtes %s <dokumen> & data" % nomor,
                  "pejabat_penguasa": "Sekretaris", "penanggung_jawab": "Kasubbag",
                  "waktu_tempat": "Serang", "bentuk": "PDF", "retensi": "5 tahun",
                  "tahun": "2025", "tautan": tautan}
        r = post(dinkes, server, "/ppid/admin/dip", fields, files=files)
        ident = location_id(r, "/ppid/admin/dip/")
        if terbit:
            assert post(dinkes, server, "/ppid/admin/dip/%s/ajukan" % ident).status_code == 303
            assert post(utama, server, "/ppid/admin/dip/%s/terbitkan" % ident).status_code == 303
        return ident

    ids = {
        "dokumen": entry("KAT-1", "berkala",
                         files={"berkas": ("laporan.pdf", PDF_BYTES, "application/pdf")}),
        "tautan": entry("KAT-2", "serta_merta", tautan="https://dinkes.serangkab.go.id/k"),
        "tanpa": entry("KAT-3", "setiap_saat"),
        "draf": entry("KAT-4", "berkala", tautan="https://dinkes.serangkab.go.id/d",
                      terbit=False),
    }
    # One exemption, so the exempt list's XML has an entry to validate.
    db.sql("INSERT INTO informasi_dikecualikan (opd_id, informasi, pasal17_huruf, "
           "dasar_hukum, konsekuensi, jangka_waktu, berlaku_sampai, ditetapkan_pada, "
           "dibuat_oleh) SELECT id, 'Katalog: rekam medis', 'h', 'UU 14/2008 Pasal 17 h', "
           "'Membuka rahasia pribadi', '5 tahun', '2030-01-01', '2025-01-02', %s "
           "FROM opd WHERE kode = 'dinkes';" % user(db, "kat.utama", ["ppid_utama"]))
    nomor, _, _ = filed(server, **PEMOHON)
    return {"dip": ids, "nomor": nomor}


def fetch(server, path, media, **headers):
    r = requests.get(server.url + path, headers=headers, timeout=30)
    assert r.status_code == 200, r.text
    assert r.headers["Content-Type"].split(";")[0] == media
    return r


def graphs(server, **headers):
    j = fetch(server, "/ppid/katalog.jsonld", "application/ld+json", **headers)
    x = fetch(server, "/ppid/katalog.rdf", "application/rdf+xml", **headers)
    gj = Graph().parse(data=j.text, format="json-ld")
    gx = Graph().parse(data=x.content, format="xml")
    return gj, gx, j.text + x.text


def one(g, s, p):
    values = list(g.objects(s, p))
    assert len(values) == 1, (s, p, values)
    return values[0]


def test_both_formats_give_the_same_graph(server, data):
    gj, gx, _ = graphs(server)
    # The catalogue is named by the URL it was read from; otherwise equal.
    cj = URIRef(server.url + "/ppid/katalog.jsonld")
    cx = URIRef(server.url + "/ppid/katalog.rdf")
    assert (cj, RDF.type, DCAT.Catalog) in gj and (cx, RDF.type, DCAT.Catalog) in gx
    renamed = Graph()
    for s, p, o in gx:
        renamed.add((cj if s == cx else s, p, o))
    assert len(gj) > 100
    assert isomorphic(gj, renamed)


def test_every_dataset_has_the_properties(server, data):
    g, _, _ = graphs(server)
    datasets = set(g.subjects(RDF.type, DCAT.Dataset))
    assert datasets
    for ds in datasets:
        for p in (DCT.title, DCT.description):
            assert isinstance(one(g, ds, p), Literal) and str(one(g, ds, p))
            assert one(g, ds, p).language == "id"
        publisher = one(g, ds, DCT.publisher)
        assert (publisher, RDF.type, FOAF.Agent) in g
        assert str(one(g, publisher, FOAF.name))
        assert one(g, ds, SD.produsenData) == publisher
        walidata = one(g, ds, SD.walidata)
        assert "Komunikasi" in str(one(g, walidata, FOAF.name))
        assert str(one(g, ds, SD.kodeWilayah)) == "3604"
        assert str(one(g, one(g, ds, DCT.spatial), DCT.identifier)) == "3604"
        modified = one(g, ds, DCT.modified)
        assert modified.datatype == XSD_DT
        assert isinstance(modified.toPython(), datetime.datetime)
        assert str(one(g, ds, DCT.accrualPeriodicity)).startswith(FREQ)
        assert str(one(g, ds, DCT.license)).startswith("https://creativecommons.org/")
        assert len(list(g.objects(ds, DCAT.keyword))) >= 3
        dists = list(g.objects(ds, DCAT.distribution))
        assert dists, ds
        for d in dists:
            assert (d, RDF.type, DCAT.Distribution) in g
            assert str(one(g, d, DCAT.accessURL)).startswith("http")
            if (d, DCAT.downloadURL, None) in g:
                assert str(one(g, d, DCAT.mediaType)).startswith(IANA)
                assert str(one(g, d, DCAT.downloadURL)).startswith(server.url + "/")


def test_the_catalogue_lists_the_public_data(server, data):
    g, _, _ = graphs(server)
    base = server.url + "/ppid"
    datasets = {str(d) for d in g.subjects(RDF.type, DCAT.Dataset)}
    year = datetime.datetime.utcnow().year
    for path in ("/dip", "/dikecualikan", "/statistik", "/survei", "/laporan/%d" % year,
                 "/laporan/%d/semester/1" % year):
        assert base + path in datasets, path
    assert server.url + "/inovasi/" in datasets
    ids = data["dip"]
    # Published entries with a document or a link; not one without, nor a draft.
    assert base + "/dip/%s" % ids["dokumen"] in datasets
    assert base + "/dip/%s" % ids["tautan"] in datasets
    assert base + "/dip/%s" % ids["tanpa"] not in datasets
    assert base + "/dip/%s" % ids["draf"] not in datasets

    doc = URIRef(base + "/dip/%s" % ids["dokumen"])
    assert str(one(g, doc, DCT.title)) == "KAT-1: Katalogtes KAT-1 <dokumen> & data"
    assert one(g, doc, DCT.accrualPeriodicity) == URIRef(FREQ + "semiannual")
    assert "Dinas Kesehatan" in str(one(g, one(g, doc, DCT.publisher), FOAF.name))
    dist = one(g, doc, DCAT.distribution)
    assert str(one(g, dist, DCAT.downloadURL)) == base + "/dip/%s/berkas" % ids["dokumen"]
    assert str(one(g, dist, DCAT.mediaType)) == IANA + "application/pdf"
    link = URIRef(base + "/dip/%s" % ids["tautan"])
    assert one(g, link, DCT.accrualPeriodicity) == URIRef(FREQ + "irregular")
    dist = one(g, link, DCAT.distribution)
    assert str(one(g, dist, DCAT.accessURL)) == "https://dinkes.serangkab.go.id/k"
    assert (dist, DCAT.downloadURL, None) not in g


def test_every_download_answers_with_its_media_type_and_schema(server, data):
    g, _, _ = graphs(server)
    checked = validated = 0
    for d in g.subjects(RDF.type, DCAT.Distribution):
        url = one(g, d, DCAT.downloadURL) if (d, DCAT.downloadURL, None) in g else None
        if url is None:
            continue
        media = str(one(g, d, DCAT.mediaType))[len(IANA):]
        r = requests.get(str(url), timeout=30)
        assert r.status_code == 200, url
        assert r.headers["Content-Type"].split(";")[0] == media, url
        checked += 1
        if media == "application/xml":
            xsd_url = str(one(g, d, DCT.conformsTo)) if (d, DCT.conformsTo, None) in g \
                else None
            assert xsd_url, url
            xsd = requests.get(xsd_url, timeout=30)
            assert xsd.status_code == 200, xsd_url
            name = xsd_url.rsplit("/", 1)[1]
            module = "mod_inovasi" if name == "inovasi.xsd" else "mod_sialip"
            with open(os.path.join(harness.ROOT, module, "schema", name), "rb") as f:
                assert xsd.content == f.read()
            schema = etree.XMLSchema(etree.fromstring(xsd.content))
            assert schema.validate(etree.fromstring(r.content)), (url, schema.error_log)
            validated += 1
    assert checked >= 12 and validated >= 6
    assert server.url + "/ppid/dip/semua.csv" in {str(u) for u in g.objects(None, DCAT.downloadURL)}


def test_unknown_schema_is_404(server):
    for name in ("register", "..%2Fsialip%2F_layout", "tidakada"):
        assert requests.get(server.url + "/ppid/skema/%s.xsd" % name,
                            timeout=10).status_code == 404


def test_links_ignore_the_host_header(server, data):
    _, _, text = graphs(server, Host="penyerang.example")
    assert "penyerang.example" not in text
    assert server.url + "/ppid/statistik.xml" in text


def test_no_personal_data_in_the_catalogue_or_its_downloads(server, data):
    g, _, text = graphs(server)
    texts = [text]
    for d in g.subjects(RDF.type, DCAT.Distribution):
        if (d, DCAT.downloadURL, None) in g:
            texts.append(requests.get(str(one(g, d, DCAT.downloadURL)), timeout=30).text)
    assert len(texts) > 5
    for t in texts:
        for value in PEMOHON.values():
            assert value not in t, value
        assert "Katalogwati" not in t
        assert "9988776655" not in t and "99887766" not in t.replace("-", "")


def test_the_service_page_links_the_catalogue(server):
    page = requests.get(server.url + "/ppid/", timeout=10)
    assert page.status_code == 200
    doc = etree.fromstring(page.content, etree.HTMLParser())
    hrefs = set(doc.xpath("//a/@href"))
    assert {"/ppid/katalog.jsonld", "/ppid/katalog.rdf"} <= hrefs


@pytest.mark.parametrize("directive, message", [
    ("SialipBaseURL ppid.serangkab.go.id", "SialipBaseURL: expected http(s)://host[:port]"),
    ("SialipBaseURL https://x.go.id/?a=1", "SialipBaseURL: expected http(s)://host[:port]"),
    ("SialipKodeWilayah 36.04", "SialipKodeWilayah: expected the BPS region code"),
])
def test_configtest_reports_a_bad_catalogue_directive(server, directive, message, tmp_path):
    bad = tmp_path / "httpd.conf"
    with open(server.conf) as f:
        bad.write_text(f.read() + "\n" + directive + "\n")
    r = subprocess.run(["apache2", "-t", "-f", str(bad)], capture_output=True, text=True)
    assert r.returncode != 0
    assert message in r.stderr


def test_the_configured_base_url_publisher_and_walidata(server, db, tmp_path):
    """Another Apache on the same database with the catalogue's directives
    set: every link starts with SialipBaseURL, the names are the configured
    ones."""
    def configured(text, _port):
        return text + ("\nSialipBaseURL https://ppid.serangkab.go.id/\n"
                       "SialipPenerbit \"PPID Uji Katalog\"\nSialipWalidata \"Walidata Uji\"\n"
                       "SialipKodeWilayah 3604\n")
    with another_apache(server, tmp_path, configured) as base:
        r = requests.get(base + "/ppid/katalog.jsonld", timeout=30)
        assert r.status_code == 200
        g = Graph().parse(data=r.text, format="json-ld")
    cat = URIRef("https://ppid.serangkab.go.id/ppid/katalog.jsonld")
    assert (cat, RDF.type, DCAT.Catalog) in g
    assert str(one(g, one(g, cat, DCT.publisher), FOAF.name)) == "PPID Uji Katalog"
    assert str(one(g, one(g, cat, SD.walidata), FOAF.name)) == "Walidata Uji"
    for url in g.objects(None, DCAT.downloadURL):
        assert str(url).startswith("https://ppid.serangkab.go.id/"), url
    assert "127.0.0.1" not in r.text
