"""Helpers and fixtures the mod_inovasi tests share (no tests here): staff
users of the innovation roles, a logged-in client that posts with the CSRF
token, a complete innovation profile, indicator sets, periods and reports.

Each test module works in years of its own, so the figures it checks are
computed from the rows it created."""
import re

import pytest
import requests

import harness

PASSWORD = "sandi-inovasi-uji-7"

# username -> (roles, OPD kode)
USERS = {
    "inov.dinkes": (["opd_inovasi"], "dinkes"),
    "inov.dinkes2": (["opd_inovasi"], "dinkes"),
    "inov.dishub": (["opd_inovasi"], "dishub"),
    "inov.tanpa.opd": (["opd_inovasi"], None),
    "inov.eval1": (["evaluator"], "bappeda"),
    "inov.eval2": (["evaluator"], None),
    "inov.eval3": (["evaluator"], None),
    "inov.pimpinan": (["pimpinan"], None),
    "inov.ppid": (["ppid_pelaksana"], "dinkes"),
}

LOCATION_RE = re.compile(r"^/inovasi/admin/inovasi/(\d+)$")


def ensure_users(db):
    """Creates the users once per database, whichever module asks first."""
    for username, (roles, opd) in USERS.items():
        if not db.sql("SELECT id FROM pengguna WHERE username = '%s';" % username):
            harness.add_user(db, username, PASSWORD, "Uji " + username, roles,
                             opd_kode=opd, cost=4)


class Staf:
    """A staff session: get/post relative to the server, CSRF added."""

    def __init__(self, server, username):
        self.server = server
        self.username = username
        self.s = requests.Session()
        r = self.s.post(server.url + "/ppid/masuk",
                        data={"username": username, "password": PASSWORD},
                        allow_redirects=False, timeout=30)
        assert r.status_code == 303, r.text
        page = self.s.get(server.url + "/inovasi/", timeout=30).text
        m = re.search(r'name="csrf" value="([0-9a-f]{32})"', page)
        assert m, "no CSRF token"
        self.csrf = m.group(1)

    def get(self, path, **kw):
        kw.setdefault("allow_redirects", False)
        kw.setdefault("timeout", 30)
        return self.s.get(self.server.url + path, **kw)

    def xml(self, path):
        from lxml import etree
        r = self.get(path, headers={"Accept": "application/xml"})
        assert r.status_code == 200, (path, r.status_code, r.text[:500])
        return etree.fromstring(r.content)

    def post(self, path, data=None, files=None, csrf=True, **kw):
        data = dict(data or {})
        if csrf:
            data["csrf"] = self.csrf
        kw.setdefault("allow_redirects", False)
        kw.setdefault("timeout", 30)
        kw.setdefault("headers", {"Origin": self.server.url})
        if files:
            fields = {k: (None, v) for k, v in data.items()}
            fields.update(files)
            return self.s.post(self.server.url + path, files=fields, **kw)
        return self.s.post(self.server.url + path, data=data, **kw)


@pytest.fixture(scope="module")
def staf(server, db):
    """username -> logged-in Staf, created on first use."""
    ensure_users(db)
    cache = {}

    def get(username):
        if username not in cache:
            cache[username] = Staf(server, username)
        return cache[username]
    return get


def profil(**overrides):
    """Every field of a valid profile."""
    form = {
        "nama": "Posyandu Digital Ceria",
        "tahun": "2026",
        "bentuk": "pelayanan_publik",
        "jenis": "digital",
        "tahapan": "penerapan",
        "tanggal_uji_coba": "2026-01-15",
        "tanggal_penerapan": "2026-03-02",
        "inisiator": "perangkat_daerah",
        "urusan": "Kesehatan",
        "ringkasan": "Pencatatan tumbuh kembang balita di posyandu secara daring.",
        "rancang_bangun": "Masalah: catatan kertas hilang. Perubahan: aplikasi kader.",
        "tujuan": "Menurunkan angka stunting.",
        "manfaat": "Data balita tersedia untuk puskesmas.",
        "hasil": "120 posyandu memakai aplikasi.",
        "anggaran": "150000000",
        "dasar_hukum_jenis": "sk_kepala_opd",
        "dasar_hukum_nomor": "440/12/Dinkes/2026",
        "kontak_nama": "dr. Rina Marlina",
        "kontak_telepon": "0254-200100",
        "kontak_email": "inovasi@dinkes.serangkab.go.id",
        "replikasi": "bukan",
        "sumber_inovasi_id": "",
        "sumber_nama": "",
        "sumber_daerah": "",
        "replikasi_cara": "",
        "replikasi_perubahan": "",
    }
    form.update(overrides)
    return form


def buat_inovasi(staf_session, **overrides):
    r = staf_session.post("/inovasi/admin/inovasi", profil(**overrides))
    assert r.status_code == 303, r.text[:2000]
    m = LOCATION_RE.match(r.headers["Location"])
    assert m, r.headers["Location"]
    return m.group(1)


def ind(dimensi, nama, baseline, target, bobot, arah="naik", satuan="orang", id=""):
    return {"dimensi": dimensi, "nama": nama, "satuan": satuan,
            "baseline": str(baseline), "target": str(target), "arah": arah,
            "bobot": str(bobot), "id": id}


def indikator_form(rows):
    form = {"baris": str(len(rows))}
    for k, row in enumerate(rows, start=1):
        for key, value in row.items():
            form["%s_%d" % (key, k)] = value
    return form


def set_indikator(staf_session, inovasi_id, rows, expect=303):
    r = staf_session.post("/inovasi/admin/inovasi/%s/indikator" % inovasi_id,
                          indikator_form(rows))
    assert r.status_code == expect, r.text[:3000]
    return r


STANDARD_SET = [
    ind("output", "Posyandu memakai aplikasi", 0, 100, 60, satuan="posyandu"),
    ind("output", "Kader terlatih", 10, 50, 40),
    ind("kemanfaatan", "Waktu rekap bulanan", 10, 2, 100, arah="turun", satuan="hari"),
    ind("keberlanjutan", "Puskesmas memakai data", 95, 95, 100, satuan="persen"),
]


def indikator_ids(db, inovasi_id):
    """Indicator ids by name."""
    return {name: iid for iid, name in db.sql(
        "SELECT id, nama FROM inovasi_indikator WHERE inovasi_id = %s;" % inovasi_id)}


def buat_periode(evaluator, tahun, jenis, nomor, tenggat=None, hari=None, expect=303):
    data = {"jenis": jenis, "nomor": str(nomor)}
    if tenggat:
        data["tenggat"] = tenggat
    if hari is not None:
        data["hari"] = str(hari)
    r = evaluator.post("/inovasi/admin/tahun/%s/periode" % tahun, data)
    assert r.status_code == expect, r.text[:3000]
    return r


def periode_id(db, tahun, jenis, nomor):
    return db.sql("SELECT id FROM inovasi_periode WHERE tahun = %s AND jenis = '%s' "
                  "AND nomor = %s;" % (tahun, jenis, nomor))[0][0]


def lapor(staf_session, inovasi_id, periode, nilai, aksi="simpan", narasi="Capaian sesuai rencana.",
          tautan=None, files=None, extra=None):
    """nilai: {indikator_id: value}; tautan: {indikator_id: url}."""
    data = {"aksi": aksi, "narasi": narasi}
    for iid, v in nilai.items():
        data["nilai_%s" % iid] = str(v)
    for iid, v in (tautan or {}).items():
        data["tautan_%s" % iid] = v
    data.update(extra or {})
    return staf_session.post("/inovasi/admin/inovasi/%s/laporan/%s" % (inovasi_id, periode),
                             data, files=files or {"_kosong": ("", b"", "application/octet-stream")})


def verifikasi(evaluator, inovasi_id, periode, aksi="verifikasi", catatan=""):
    return evaluator.post("/inovasi/admin/inovasi/%s/laporan/%s/verifikasi"
                          % (inovasi_id, periode), {"aksi": aksi, "catatan": catatan})


def terbitkan(evaluator, inovasi_id, terbit="1"):
    r = evaluator.post("/inovasi/admin/inovasi/%s/terbit" % inovasi_id, {"terbit": terbit})
    assert r.status_code == 303, r.text[:2000]


def kriteria_tahun(evaluator, tahun, rows):
    """rows: [(nama, bobot)] as the year's criteria."""
    data = {"kriteria_baris": str(len(rows))}
    for k, (nama, bobot) in enumerate(rows, start=1):
        data["kriteria_nama_%d" % k] = nama
        data["kriteria_bobot_%d" % k] = str(bobot)
        data["kriteria_id_%d" % k] = ""
    return evaluator.post("/inovasi/admin/tahun/%s/kriteria" % tahun, data)


def nilai(evaluator, db, inovasi_id, tahun, skor, catatan="Bukti: dokumen profil dan kunjungan lapangan."):
    """skor: list of scores in criteria order."""
    kids = [r[0] for r in db.sql("SELECT id FROM inovasi_kriteria WHERE tahun = %s "
                                 "ORDER BY urutan;" % tahun)]
    assert len(kids) == len(skor)
    data = {}
    for kid, s in zip(kids, skor):
        data["skor_%s" % kid] = str(s)
        data["catatan_%s" % kid] = catatan
    return evaluator.post("/inovasi/admin/inovasi/%s/nilai" % inovasi_id, data)


def persen(baseline, target, arah, value):
    """An indicator's achievement in percent, as the module computes it
    (capaian.c): the gain over the span from baseline to target, either
    direction, within 0-100."""
    gain, span = ((baseline - value, baseline - target) if arah == "turun"
                  else (value - baseline, target - baseline))
    if span <= 0:
        return 100.0 if gain >= span else 0.0
    return max(0.0, min(100.0, gain / span * 100.0))


def text_of(html):
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))


def terverifikasi(officer, evaluator, db, inovasi_id, periode, values):
    """The standard indicators set, then a report of values (indicator name
    -> value, each with a link) submitted and verified."""
    set_indikator(officer, inovasi_id, STANDARD_SET)
    ids = indikator_ids(db, inovasi_id)
    assert lapor(officer, inovasi_id, periode, {ids[n]: v for n, v in values.items()},
                 aksi="ajukan",
                 tautan={ids[n]: "https://serangkab.go.id/e" for n in values}).status_code == 303
    assert verifikasi(evaluator, inovasi_id, periode).status_code == 303
