"""Helpers of the DIP, exempt-list and admin tests: staff users of their
own (unique names), logged-in sessions and staff POSTs with the CSRF token
and this site's Origin."""
import re

import harness
from client import csrf_of, login

PASSWORD = "kata-sandi-uji-123"
_created = {}


def user(db, username, roles, opd_kode=None, name=None):
    """Creates the staff user once per test session; returns its id."""
    if username not in _created:
        _created[username] = harness.add_user(
            db, username, PASSWORD, name or username.replace(".", " ").title(),
            roles, opd_kode=opd_kode, cost=4)
    return _created[username]


def session(server, username, password=PASSWORD):
    return login(server, username, password)


def token(s, server, path="/ppid/admin/"):
    return csrf_of(s.get(server.url + path, timeout=10).text)


def post(s, server, path, fields=None, files=None, csrf=None):
    """POSTs fields (a dict or a list of pairs, for repeated names) with the
    session's CSRF token; multipart when files are given.  No redirect is
    followed."""
    pairs = list(fields.items()) if isinstance(fields, dict) else list(fields or [])
    pairs.append(("csrf", csrf if csrf is not None else token(s, server)))
    headers = {"Origin": server.url}
    if files:
        parts = [(k, (None, v)) for k, v in pairs] + list(files.items())
        return s.post(server.url + path, files=parts, headers=headers,
                      allow_redirects=False, timeout=30)
    return s.post(server.url + path, data=pairs, headers=headers,
                  allow_redirects=False, timeout=30)


def location_id(response, prefix):
    """The id in a 303 Location such as /ppid/admin/dip/12?pesan=disimpan."""
    assert response.status_code == 303, response.text
    m = re.match(re.escape(prefix) + r"(\d+)", response.headers["Location"])
    assert m, response.headers["Location"]
    return m.group(1)


def audit_rows(db, objek, objek_id, aksi=None):
    where = "objek = '%s' AND objek_id = '%s'" % (objek, objek_id)
    if aksi:
        where += " AND aksi = '%s'" % aksi
    return db.sql("SELECT aksi, aktor, sebelum, sesudah FROM audit WHERE %s "
                  "ORDER BY id;" % where)


def field_error(html, field):
    """The message shown beside a field, or None."""
    m = re.search(r'<p class="galat-field" id="galat-%s">([^<]*)</p>' % re.escape(field),
                  html)
    return m.group(1) if m else None


def objected(server, db, utama, dinkes):
    """Files a request and takes it through routing to dinkes, extension,
    dinkes's answer of its part, a notice and the requester's objection;
    returns (number, code, the objection's 303 answer)."""
    import requests
    from client import filed
    number, code, _ = filed(server)
    dinkes_id = db.sql("SELECT id FROM opd WHERE kode = 'dinkes';")[0][0]
    assert post(utama, server, "/ppid/admin/permohonan/%s/disposisi" % number,
                {"opd": dinkes_id, "catatan": "Mohon dijawab."}).status_code == 303
    assert post(utama, server, "/ppid/admin/permohonan/%s/perpanjang" % number,
                {"alasan": "Dokumen tersebar di beberapa bidang.", "yakin": "1"}).status_code == 303
    part = db.sql("SELECT d.id FROM disposisi d JOIN permohonan p ON p.id = d.permohonan_id "
                  "WHERE p.nomor = '%s';" % number)[0][0]
    assert post(dinkes, server, "/ppid/admin/permohonan/%s/disposisi/%s/jawab"
                % (number, part), {"jawaban": "Tidak dikuasai."}).status_code == 303
    assert post(utama, server, "/ppid/admin/permohonan/%s/pemberitahuan" % number,
                {"keputusan": "tidak_dikuasai",
                 "diteruskan_ke": "Badan Pusat Statistik"}).status_code == 303
    r = requests.post(server.url + "/ppid/permohonan/%s/keberatan?kode=%s" % (number, code),
                      data={"alasan": ["a", "e"], "uraian": "Keberatan."},
                      allow_redirects=False, timeout=30)
    assert r.status_code == 303, r.text
    return number, code, r


def logged_in(server, db, users):
    """users: {username: (roles, opd_kode, full name)}; creates each once and
    returns {username: logged-in session}."""
    for username, (roles, opd_kode, name) in users.items():
        user(db, username, roles, opd_kode, name)
    return {username: session(server, username) for username in users}
