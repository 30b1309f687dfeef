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


def test_the_tree_passes_and_the_list_of_files_left_is_printed():
    r = subprocess.run([sys.executable, os.path.join(ROOT, "scripts", "usertext.py"), "--check"],
                       capture_output=True, text=True, cwd=ROOT)
    assert r.returncode == 0, r.stderr
    assert "files not yet migrated" in r.stdout
    # Migrated files are off the list for good.
    todo = open(os.path.join(ROOT, "scripts", "usertext.todo")).read().split()
    for f in ["common/form.c", "common/httpd/sl_request.c", "common/httpd/sl_login.c",
              "mod_sialip/alur.c", "mod_sialip/permohonan_rules.c"]:
        assert f not in todo


def test_the_catalogue_texts_are_unique_per_identifier():
    for cat in ["common/sl_messages.h", "mod_sialip/sialip_messages.h",
                "mod_inovasi/inovasi_messages.h", "tools/sk_messages.h"]:
        text = open(os.path.join(ROOT, cat)).read()
        names = [m.group(1) for m in usertext.DEFINE.finditer(text)]
        assert names and len(names) == len(set(names)), cat
