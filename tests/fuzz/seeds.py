#!/usr/bin/python3
"""Writes the seed corpus of the libFuzzer harnesses, tests/fuzz/corpus/<name>/:
a handful of small real inputs in each harness's input format (see the
comment at the top of each fuzz_<name>.c).  The files are committed; run
this again only to change them."""
import os
import struct
import datetime

HERE = os.path.dirname(os.path.abspath(__file__))
CRLF = b"\r\n"

PNG = (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01"
       b"\x08\x06\x00\x00\x00\x1f\x15\xc4\x89\x00\x00\x00\rIDATx\x9cc\xf8"
       b"\xcf\xc0\x00\x00\x03\x01\x01\x00\xc9\xfe\x92\xef\x00\x00\x00\x00IEND\xaeB`\x82")

FORM = [
    ("jenis_pemohon", "perorangan"), ("nama", "Siti Aminah"),
    ("nik", "3604011234567890"), ("nomor_badan_hukum", ""),
    ("alamat", "Jl. Raya Serang No. 1, Kec. Ciruas"), ("telepon", "0812-3456-7890"),
    ("email", "siti@example.id"), ("pekerjaan", "Guru"),
    ("rincian", "Rincian anggaran pendidikan tahun 2026"),
    ("tujuan", "Bahan penelitian"), ("cara_memperoleh", "salinan_softcopy"),
    ("cara_salinan", "email"),
]


def multipart(boundary, parts, preamble=b"", epilogue=b"", padding=b""):
    """parts: (headers bytes, content bytes)."""
    out = preamble
    for headers, content in parts:
        out += b"--" + boundary + padding + CRLF + headers + CRLF + content + CRLF
    return out + b"--" + boundary + b"--" + epilogue


def field(name, value):
    return (b'Content-Disposition: form-data; name="%s"\r\n' % name.encode(),
            value.encode())


def request_form(boundary):
    parts = [field(k, v) for k, v in FORM]
    parts.append((b'Content-Disposition: form-data; name="identitas"; '
                  b'filename="ktp.png"\r\nContent-Type: image/png\r\n', PNG))
    return multipart(boundary, parts)


def write(name, files):
    d = os.path.join(HERE, "corpus", name)
    os.makedirs(d, exist_ok=True)
    for fname, data in files.items():
        with open(os.path.join(d, fname), "wb") as f:
            f.write(data)


def multipart_seeds():
    big = b"\x0f\xff\xff\xff\x07"          # 16 parts, roomy limits
    small = b"\x01\x08\x04\x01\x03"        # 2 parts, tiny limits
    rq = b"9f2c4e1a7b3d4c5e8a6b0c1d2e3f4a5b"
    wk = b"----WebKitFormBoundary7MA4YWxkTrZu0gW"
    odd = b"a b'()+_,-./:=?"
    ct = lambda b, extra=b"": b"multipart/form-data; " + extra + b"boundary=" + b + b"\n"
    return {
        "permohonan": big + ct(rq) + request_form(rq),
        "permohonan-kecil": small + ct(rq) + request_form(rq),
        "berkas-kosong": big + ct(wk) + multipart(wk, [
            field("nama", "Budi"),
            (b'Content-Disposition: form-data; name="identitas"; filename=""\r\n'
             b"Content-Type: application/octet-stream\r\n", b"")]),
        "nama-berkas": big + b'multipart/form-data; charset=utf-8; boundary="' + odd
        + b'"\n' + multipart(odd, [
            (b"Content-Disposition: form-data; name=\"f\"; filename=\"C:\\dir\\a.pdf\"; "
             b"filename*=UTF-8''%C3%BC.pdf\r\nContent-Type: application/pdf\r\n",
             b"%PDF-1.7\r\n--a b\r\r\n-- trailing"),
            field("catatan", "baris satu\r\nbaris dua\t\u00e9")],
            preamble=b"This is the preamble.\r\n", epilogue=b"\r\nepilogue",
            padding=b"  \t"),
        "tanpa-penutup": big + ct(b"XyZzy42") + b"--XyZzy42\r\n"
        b'Content-Disposition: form-data; name="a"\r\n\r\nsatu\r\n--XyZzy',
    }


def urlencoded_seeds():
    ctl_url = b"\x7e\xff\xff\xff\xff"       # even: urlencoded, 64 fields
    ctl_mp = b"\x7f\xff\xff\xff\xff"        # odd: multipart collector
    from urllib.parse import urlencode
    form = urlencode(FORM + [("catatan", "Kaf\u00e9 & teh, 100%")]).encode()
    mp_b = b"d41d8cd98f00b204e9800998ecf8427e"
    return {
        "permohonan": ctl_url + form,
        "masuk": ctl_url + b"username=admin.uji&password=kata-sandi-uji-123",
        "saring": ctl_url + b"status=baru&opd=dinkes&kanal=&tahun=2026&halaman=2&csrf=0123456789abcdef0123456789abcdef",
        "pasangan-kosong": ctl_url + b"a=1&&b=&c&=x&d=%41%2b+%E2%82%AC",
        "batas-kecil": b"\x04\x02\x01\x01\x02" + b"a=12345678&b=2&c=3",
        "multipart": ctl_mp + b"multipart/form-data; boundary=" + mp_b + b"\n"
        + request_form(mp_b),
    }


def validate_seeds():
    nul = lambda fields: b"\x00".join(f.encode() if isinstance(f, str) else f for f in fields)
    valid = [v for _, v in FORM]
    badan = list(valid)
    badan[0], badan[2], badan[3] = "badan_hukum", b"\x01", "AHU-0001234.AH.01.07.2026"
    return {
        "permohonan": nul(valid),
        "badan-hukum": nul(badan),
        "salah-semua": nul(["lain", " ", "12345", "", "\u00a0\u3000", "+62 812",
                            "a..b@x", "", "", "", "pos", "fax"]),
        "kode": b"7kq2-m9xd-4htb-r0vz",
        "png": PNG,
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
        "csv-rumus": "=HYPERLINK(\"http://x\";\"klik\") <b>'&'</b>; \u00fc.txt".encode(),
        "utf8-salah": b"\xc0\xaf \xed\xa0\x80 \xf4\x90\x80\x80 ok",
    }


def calendar_seeds():
    base = datetime.date(1990, 1, 1)

    def seed(start, n, cutoff_min, receipt_s, runs, text):
        out = struct.pack("<HBHI", (start - base).days, n, cutoff_min, receipt_s)
        out += bytes([len(runs)])
        for first, length, name in runs:
            out += bytes([(first - start).days + 16, length, name])
        return out + text.encode()

    friday = datetime.date(2026, 3, 13)
    lebaran = [(datetime.date(2026, 3, 18), 1, 3), (datetime.date(2026, 3, 19), 1, 1),
               (datetime.date(2026, 3, 20), 2, 2), (datetime.date(2026, 3, 23), 2, 3),
               (datetime.date(2026, 4, 3), 1, 4)]
    # receipt_s counts from 00:00 UTC of the day before the start day.
    return {
        "lebaran": seed(friday, 10, 960, 86400 + 3 * 3600, lebaran, "2026-03-13"),
        "setelah-jam-kantor": seed(friday, 10, 960, 86400 + 10 * 3600, lebaran,
                                   "2026-03-13 09:30:00"),
        "akhir-pekan": seed(datetime.date(2025, 12, 27), 17, 960, 2 * 86400, [
            (datetime.date(2025, 12, 25), 2, 4), (datetime.date(2026, 1, 1), 1, 1)],
            "2024-02-29"),
        "tanpa-libur": seed(datetime.date(2026, 1, 5), 0, 0, 0, [], "2026-02-30"),
        "detik-kabisat": seed(datetime.date(2026, 6, 30), 3, 1440, 86399, [
            (datetime.date(2026, 6, 30), 39, 0)], "2016-12-31 23:59:60"),
    }


def route_seeds():
    return {
        "nomor": b"/permohonan/{nomor}\n/permohonan/2026-000123",
        "keberatan": b"/permohonan/{nomor}/keberatan\n/permohonan/2026-000001/keberatan",
        "laporan-xml": b"/laporan/{tahun}.xml\n/laporan/2026.xml",
        "admin": b"/admin/permohonan\n/admin/permohonan",
        "inovasi": b"/inovasi/{id}\n/inovasi/7",
        "garis-miring": b"/admin/\n/admin",
    }


if __name__ == "__main__":
    write("multipart", multipart_seeds())
    write("urlencoded", urlencoded_seeds())
    write("validate", validate_seeds())
    write("calendar", calendar_seeds())
    write("route", route_seeds())
