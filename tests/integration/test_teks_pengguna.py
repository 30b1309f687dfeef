"""The user-text check (scripts/usertext.py, ARCHITECTURE.md "User text"):
what it counts as a sentence a person reads, what it leaves to C, and that
the tree passes it.  No server needed."""
import importlib.util
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
spec = importlib.util.spec_from_file_location("usertext",
                                              os.path.join(ROOT, "scripts", "usertext.py"))
usertext = importlib.util.module_from_spec(spec)
spec.loader.exec_module(usertext)


def found(c_text):
    return [v for _, _, v in usertext.sentences(c_text)]


def test_a_sentence_in_c_is_found_with_its_pieces_joined():
    src = '''
    return sl_error_page(c, HTTP_NOT_FOUND, "Halaman tidak ditemukan",
                         "Periksa kembali alamat "
                         "yang Anda buka.");
    '''
    assert found(src) == ["Halaman tidak ditemukan", "Periksa kembali alamat yang Anda buka."]


def test_logs_sql_english_labels_json_and_comments_stay_in_c():
    src = '''
    /* "Komentar dalam bahasa Indonesia" is not shown */
    ap_log_rerror(APLOG_MARK, APLOG_ERR, 0, r, SL_LOGNO(00001) "Permohonan gagal disimpan");
    {"cari", "SELECT p.nomor FROM permohonan p WHERE p.status = %s"},
    detail = "multipart body ended before the closing boundary";
    {"ajukan", "Permohonan diterima"},
    sl_audit(c, "{\\"hapus\\":\\"nik, alamat\\"}");
    #include "sialip_messages.h"
    x = "Diterima";
    '''
    assert found(src) == []


def test_sql_fragments_and_the_macros_glued_into_sql_stay_in_c():
    header = '''
    #define HARI_INI "DATE(UTC_TIMESTAMP() + INTERVAL 7 HOUR)"
    #define KOLOM \\
        "tahun, nama, bentuk, tanggal_uji_coba, " \\
        "inisiator, urusan, hasil"
    #define JUDUL "Laporan monitoring inovasi"
    '''
    user = '''
    {"telat", "SELECT p.tenggat < " HARI_INI " FROM inovasi_periode p"},
    {"baru", "INSERT INTO inovasi (" KOLOM ") VALUES (%s)"},
    '''
    sql = usertext.sql_macros([header, user])
    assert sql == {"HARI_INI", "KOLOM"}
    # Only the message is user text: the macros are SQL, wherever defined.
    assert [v for _, _, v in usertext.sentences(header, sql)] == ["Laporan monitoring inovasi"]
    assert found(user) == []
    # An SQL function call is SQL even without a keyword.
    assert found('x = "GREATEST(nilai target, nilai awal)";') == []


def test_a_message_with_arguments_is_found():
    assert found('apr_psprintf(p, "Kata sandi paling sedikit %d karakter.", n);') \
        == ["Kata sandi paling sedikit %d karakter."]


def test_glued_pieces_become_one_format_message():
    src = 'x = apr_pstrcat(p, "Keberatan dapat diajukan sampai ", a, " (sejak ", b, ").", NULL);'
    assert usertext.sprintf_calls(src) \
        == 'x = apr_psprintf(p, "Keberatan dapat diajukan sampai %s (sejak %s).", a, b);'
    # A URL or a path is not a sentence: left as it is.
    url = 'u = apr_pstrcat(p, c->mount, "/admin/permohonan/", nomor, NULL);'
    assert usertext.sprintf_calls(url) == url


def test_the_tree_passes_and_a_new_sentence_in_c_fails_the_check(tmp_path):
    check = [sys.executable, os.path.join(ROOT, "scripts", "usertext.py"), "--check"]
    r = subprocess.run(check, capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    # The same script on a copy of the tree with one sentence written in C.
    copy = tmp_path / "pohon"
    copy.mkdir()
    for d in ["scripts", "common", "mod_sialip", "mod_inovasi", "tools"]:
        subprocess.run(["cp", "-r", os.path.join(ROOT, d), str(copy / d)], check=True)
    subprocess.run(["git", "init", "-q"], cwd=str(copy), check=True)
    with open(copy / "mod_sialip" / "alur.c", "a") as f:
        f.write('\nstatic const char *const contoh = "Permohonan Anda sudah kami terima.";\n')
    subprocess.run(["git", "add", "-A"], cwd=str(copy), check=True)
    r = subprocess.run([sys.executable, str(copy / "scripts" / "usertext.py"), "--check"],
                       capture_output=True, text=True, cwd=str(copy))
    assert r.returncode == 1
    assert "mod_sialip/alur.c" in r.stderr and "Permohonan Anda sudah kami terima." in r.stderr


def test_the_catalogue_texts_are_unique_per_identifier():
    for cat in ["common/sl_messages.h", "mod_sialip/sialip_messages.h",
                "mod_inovasi/inovasi_messages.h", "tools/sk_messages.h"]:
        # A catalogue and the parts it is split into are one namespace.
        names = []
        for part in usertext.parts(cat):
            text = open(os.path.join(ROOT, part)).read()
            names += [m.group(1) for m in usertext.DEFINE.finditer(text)]
        assert names and len(names) == len(set(names)), cat
