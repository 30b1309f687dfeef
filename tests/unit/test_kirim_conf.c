/* Unit tests for sialip-kirim's configuration file (tools/kirim_conf.c). */
#include "unit.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>

#include <apr_strings.h>

#include "kirim_conf.h"

#define REQUIRED \
    "dbd_params = host=127.0.0.1 port=3306 user=sialip pass=x dbname=sialip\n" \
    "smtp_host = mail.serangkab.go.id\n" \
    "smtp_from = ppid@serangkab.go.id\n" \
    "base_url = https://ppid.serangkab.go.id/\n"

static const char *parse_error(apr_pool_t *p, const char *text)
{
    sk_conf conf;
    const char *error = NULL;
    if (sk_conf_parse(p, text, "kirim.conf", &conf, &error) == 0) {
        return NULL;
    }
    assert_non_null(error);
    return error;
}

static void test_defaults(void **state)
{
    apr_pool_t *p = *state;
    sk_conf conf;
    const char *error = NULL;

    assert_int_equal(sk_conf_parse(p, "# SIALIP\n\n" REQUIRED, "kirim.conf", &conf,
                                   &error), 0);
    assert_string_equal(conf.dbd_params,
                        "host=127.0.0.1 port=3306 user=sialip pass=x dbname=sialip");
    assert_string_equal(conf.smtp_host, "mail.serangkab.go.id");
    assert_int_equal(conf.smtp_port, 25);
    assert_string_equal(conf.smtp_from, "ppid@serangkab.go.id");
    assert_string_equal(conf.smtp_from_name, "");
    assert_int_equal(conf.smtp_tls, SK_TLS_NONE);
    assert_null(conf.smtp_ca_file);
    assert_int_equal(conf.smtp_timeout, 30);
    assert_null(conf.smtp_helo);
    assert_null(conf.smtp_user);
    assert_null(conf.smtp_password_file);
    assert_null(conf.smtp_password);
    assert_string_equal(conf.base_url, "https://ppid.serangkab.go.id");  /* no slash */
    assert_string_equal(conf.sialip_mount, "/ppid");
    assert_string_equal(conf.inovasi_mount, "/inovasi");
    assert_int_equal(conf.batch_size, 20);
    assert_int_equal(conf.cutoff_minutes, 960);
}

static void test_every_setting(void **state)
{
    apr_pool_t *p = *state;
    sk_conf conf;
    const char *error = NULL;
    const char *text = REQUIRED
        "smtp_port = 587\n"
        "\tsmtp_tls\t=\tstarttls   \r\n"
        "smtp_ca_file = \"/etc/ssl/certs/relay ca.pem\"\n"
        "smtp_timeout = 10\n"
        "smtp_helo = sialip.serangkab.go.id\n"
        "smtp_user = ppid@serangkab.go.id\n"
        "smtp_password_file = /etc/sialip/smtp-password\n"
        "smtp_from_name = PPID Kabupaten Serang\n"
        "sialip_mount = /layanan/ppid/\n"
        "inovasi_mount = /layanan/inovasi//\n"
        "batch_size = 50\n"
        "cutoff = 15:30\n";

    assert_int_equal(sk_conf_parse(p, text, "kirim.conf", &conf, &error), 0);
    assert_int_equal(conf.smtp_port, 587);
    assert_int_equal(conf.smtp_tls, SK_TLS_STARTTLS);
    assert_string_equal(conf.smtp_ca_file, "/etc/ssl/certs/relay ca.pem");
    assert_int_equal(conf.smtp_timeout, 10);
    assert_string_equal(conf.smtp_helo, "sialip.serangkab.go.id");
    assert_string_equal(conf.smtp_user, "ppid@serangkab.go.id");
    assert_string_equal(conf.smtp_password_file, "/etc/sialip/smtp-password");
    assert_null(conf.smtp_password);      /* read only when delivering */
    assert_string_equal(conf.smtp_from_name, "PPID Kabupaten Serang");
    assert_string_equal(conf.sialip_mount, "/layanan/ppid");
    assert_string_equal(conf.inovasi_mount, "/layanan/inovasi");
    assert_int_equal(conf.batch_size, 50);
    assert_int_equal(conf.cutoff_minutes, 15 * 60 + 30);
}

static void test_missing_settings(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(parse_error(p, ""),
                        "kirim.conf: dbd_params is missing (required)");
    assert_string_equal(parse_error(p,
                                    "dbd_params = host=x\nsmtp_host = h\n"
                                    "base_url = http://x\n"),
                        "kirim.conf: smtp_from is missing (required)");
    assert_string_equal(parse_error(p,
                                    "dbd_params = host=x\nsmtp_host = h\n"
                                    "smtp_from = a@b.id\n"),
                        "kirim.conf: base_url is missing (required)");
}

/* A bad setting and a part of the error it must give. */
static const unit_text_case bad_settings[] = {
    {REQUIRED "smtp_port = -1\n", "smtp_port"},
    {REQUIRED "smtp_port =\n", "line 5: smtp_port"},
    {REQUIRED "smtp_timeout = 0\n", "smtp_timeout"},
    {REQUIRED "smtp_timeout = 121\n", "1 to 120"},
    {REQUIRED "batch_size = 0\n", "batch_size"},
    {REQUIRED "batch_size = 10x\n", "batch_size"},
    {REQUIRED "cutoff = 24:00\n", "HH:MM"},
    {REQUIRED "cutoff = 4:00\n", "HH:MM"},
    {REQUIRED "smtp_helo = bad name\n", "smtp_helo"},
    {REQUIRED "sialip_mount = ppid\n", "sialip_mount"},
    {"dbd_params = host=x\nsmtp_host = h\nsmtp_from = not-an-address\nbase_url = http://x\n",
     "line 3: smtp_from must be an e-mail address"},
    {"dbd_params = host=x\nsmtp_host = h\nsmtp_from = a@b.id\nbase_url = ftp://x\n",
     "line 4: base_url must be an http:// or https:// address"},
    {"dbd_params = host=x\nsmtp_host = h\nsmtp_from = a@b.id\nbase_url = https://\n",
     "must name a host"},
    {"dbd_params = host=x\nsmtp_host = h\nsmtp_from = a@b.id\nbase_url = https://x/\"><s\n",
     "base_url"},
    {"dbd_params =\n", "line 1: dbd_params must not be empty"},
    {REQUIRED "smtp_ca_file = /x.pem\n", "only used with smtp_tls = starttls or tls"},
};

static void test_bad_values(void **state)
{
    apr_pool_t *p = *state;
    /* A password the driver would cut is refused, and never echoed. */
    const char *cut = parse_error(p, "dbd_params = host=x user=s pass=rahasia ku dbname=d\n");
    assert_non_null(strstr(cut, "kirim.conf line 1: dbd_params is refused: the password (pass=)"));
    assert_null(strstr(cut, "rahasia"));
    assert_string_equal(parse_error(p, REQUIRED "smtp_port = 70000\n"),
                        "kirim.conf line 5: smtp_port must be a number from 1 to "
                        "65535 (got '70000')");
    assert_string_equal(parse_error(p, REQUIRED "smtp_tls = ssl\n"),
                        "kirim.conf line 5: smtp_tls must be none, starttls or tls "
                        "(got 'ssl')");
    assert_string_equal(parse_error(p, REQUIRED "inovasi_mount = /inovasi\"><s\n"),
                        "kirim.conf line 5: inovasi_mount must be a URL path such as "
                        "/inovasi (got '/inovasi\"><s')");
    for (size_t i = 0; i < sizeof bad_settings / sizeof bad_settings[0]; i++)
        UNIT_EXPECT_IN(parse_error(p, bad_settings[i].in), bad_settings[i].want);
}

static void test_tls_and_auth_rules(void **state)
{
    apr_pool_t *p = *state;
    sk_conf conf;
    const char *error = NULL;

    assert_int_equal(sk_conf_parse(p, REQUIRED "smtp_tls = tls\nsmtp_port = 465\n"
                                   "smtp_ca_file = /etc/sialip/ca.pem\n"
                                   "smtp_user = relay\nsmtp_password_file = sandi\n",
                                   "kirim.conf", &conf, &error), 0);
    assert_int_equal(conf.smtp_tls, SK_TLS_IMPLICIT);
    assert_string_equal(conf.smtp_password_file, "sandi");
    /* The password never crosses the network in clear text. */
    assert_string_equal(parse_error(p, REQUIRED "smtp_user = relay\n"
                                    "smtp_password_file = /etc/sialip/sandi\n"),
                        "kirim.conf line 5: smtp_user needs smtp_tls = starttls or tls");
    assert_string_equal(parse_error(p, REQUIRED "smtp_tls = starttls\nsmtp_user = relay\n"),
                        "kirim.conf line 6: smtp_user and smtp_password_file go together");
    assert_string_equal(parse_error(p, REQUIRED "smtp_tls = starttls\n"
                                    "smtp_password_file = /etc/sialip/sandi\n"),
                        "kirim.conf line 6: smtp_user and smtp_password_file go together");
    assert_non_null(strstr(parse_error(p, REQUIRED "smtp_user =\n"), "smtp_user must be"));
    assert_non_null(strstr(parse_error(p, REQUIRED "smtp_password_file = \"\"\n"),
                           "smtp_password_file must be the path"));
    /* There is no setting for the password itself. */
    assert_string_equal(parse_error(p, REQUIRED "smtp_password = rahasia\n"),
                        "kirim.conf line 5: unknown setting 'smtp_password'");
}

/* Writes text to a new temporary file in dir; returns its path. */
static char *temp_file(apr_pool_t *p, const char *dir, const char *text)
{
    char *path = apr_pstrcat(p, dir, "/kirimXXXXXX", NULL);
    int fd = mkstemp(path);
    FILE *f;

    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    fputs(text, f);
    fclose(f);
    return path;
}

static void test_password_file(void **state)
{
    apr_pool_t *p = *state;
    char dir[] = "/tmp/test_kirim_sandi_XXXXXX";
    const char *conf_path, *pw_path, *empty_path, *error = NULL;
    sk_conf conf;

    assert_non_null(mkdtemp(dir));
    pw_path = temp_file(p, dir, "sandi rahasia \xc3\xa9\r\nbaris kedua diabaikan\n");
    /* A relative path is beside the configuration file. */
    conf_path = temp_file(p, dir, apr_pstrcat(p, REQUIRED "smtp_tls = starttls\n"
                                              "smtp_user = relay\nsmtp_password_file = ",
                                              strrchr(pw_path, '/') + 1, "\n", NULL));
    assert_int_equal(sk_conf_load(p, conf_path, &conf, &error), 0);
    assert_string_equal(conf.smtp_password_file, pw_path);
    assert_int_equal(sk_conf_password(p, &conf, &error), 0);
    assert_string_equal(conf.smtp_password, "sandi rahasia \xc3\xa9");

    empty_path = temp_file(p, dir, "\nsandi\n");
    conf.smtp_password_file = empty_path;
    assert_int_equal(sk_conf_password(p, &conf, &error), -1);
    assert_non_null(strstr(error, "must hold the password (1 to 1024 bytes) on its "
                                  "first line"));
    conf.smtp_password_file = apr_pstrcat(p, dir, "/tidak-ada", NULL);
    assert_int_equal(sk_conf_password(p, &conf, &error), -1);
    assert_non_null(strstr(error, "cannot read smtp_password_file "));
    unlink(empty_path);
    unlink(pw_path);
    unlink(conf_path);
    rmdir(dir);
}

static void test_syntax_mistakes(void **state)
{
    apr_pool_t *p = *state;
    assert_string_equal(parse_error(p, REQUIRED "smtp_hots = x\n"),
                        "kirim.conf line 5: unknown setting 'smtp_hots'");
    assert_string_equal(parse_error(p, REQUIRED "smtp_port = 25\nsmtp_port = 26\n"),
                        "kirim.conf line 6: smtp_port is set twice (first on line 5)");
    assert_string_equal(parse_error(p, REQUIRED "smtp_port 25\n"),
                        "kirim.conf line 5: expected 'setting = value'");
    assert_non_null(strstr(parse_error(p, REQUIRED "smtp_from_name = \"PPID\n"),
                           "unbalanced double quote"));
    assert_non_null(strstr(parse_error(p, REQUIRED "smtp_from_name = \xc3\x28\n"),
                           "not valid UTF-8"));
}

static void test_load_file(void **state)
{
    apr_pool_t *p = *state;
    char path[] = "/tmp/test_kirim_conf_XXXXXX";
    int fd = mkstemp(path);
    sk_conf conf;
    const char *error = NULL;
    FILE *f;

    assert_true(fd >= 0);
    f = fdopen(fd, "w");
    fputs(REQUIRED "smtp_port = 2525\n", f);
    fclose(f);
    assert_int_equal(sk_conf_load(p, path, &conf, &error), 0);
    assert_int_equal(conf.smtp_port, 2525);
    unlink(path);
    assert_int_equal(sk_conf_load(p, path, &conf, &error), -1);
    assert_non_null(strstr(error, "cannot read /tmp/test_kirim_conf_"));
}

/* A file that holds a password and that every user may read is refused
 * with the file's name and the fix; group-readable is fine. */
static void test_world_readable_files_are_refused(void **state)
{
    apr_pool_t *p = *state;
    char path[] = "/tmp/test_kirim_conf_XXXXXX";
    char secret[] = "/tmp/test_kirim_sandi_XXXXXX";
    int fd = mkstemp(path), sfd = mkstemp(secret);
    sk_conf conf;
    const char *error = NULL;
    FILE *f;

    assert_true(fd >= 0 && sfd >= 0);
    f = fdopen(fd, "w");
    fputs(REQUIRED, f);
    fclose(f);
    f = fdopen(sfd, "w");
    fputs("rahasia\n", f);
    fclose(f);
    assert_int_equal(chmod(path, 0644), 0);
    assert_int_equal(sk_conf_load(p, path, &conf, &error), -1);
    assert_non_null(strstr(error, path));
    assert_non_null(strstr(error, "readable by every user"));
    assert_non_null(strstr(error, "chmod o-r"));
    assert_int_equal(chmod(path, 0640), 0);
    assert_int_equal(sk_conf_load(p, path, &conf, &error), 0);

    conf.smtp_password_file = secret;
    assert_int_equal(chmod(secret, 0604), 0);
    assert_int_equal(sk_conf_password(p, &conf, &error), -1);
    assert_non_null(strstr(error, "smtp_password_file"));
    assert_non_null(strstr(error, secret));
    assert_int_equal(chmod(secret, 0600), 0);
    assert_int_equal(sk_conf_password(p, &conf, &error), 0);
    assert_string_equal(conf.smtp_password, "rahasia");
    unlink(path);
    unlink(secret);
}

/* The shipped example is a valid configuration (make unit runs from the
 * top of the tree). */
static void test_dbd_params_from_apache(void **state)
{
    apr_pool_t *p = *state;
    const char *params = NULL;

    assert_null(sk_conf_dbd_from_apache(p, "# x\n<IfModule dbd_module>\n  dbdparams "
        "\"host=h user=s pass=a\\\"b fldsz=65536 dbname=d\"\n", &params));
    assert_string_equal(params, "host=h user=s pass=a\"b dbname=d ");
    assert_non_null(strstr(sk_conf_dbd_from_apache(p, "DBDParams \"pass=a b\"\n", &params),
                           "the password (pass=)"));
    assert_non_null(sk_conf_dbd_from_apache(p, "DBDriver mysql\n", &params));
    assert_string_equal(parse_error(p, "dbd_params = host=x\ndbd_conf = y\n"
                                       "smtp_host = h\nsmtp_from = a@b.id\nbase_url = http://x\n"),
                        "kirim.conf line 2: dbd_params and dbd_conf: set only one");
}

/* Copies the shipped file name from conf/ into dir, private as installed
 * (the checkout's mode is 644, which sialip-kirim refuses). */
static const char *installed_copy(apr_pool_t *p, const char *dir, const char *name)
{
    char line[512];
    const char *to = apr_pstrcat(p, dir, "/", name, NULL);
    FILE *in = fopen(apr_pstrcat(p, "conf/", name, NULL), "r");
    FILE *out = fopen(to, "w");

    assert_non_null(in);
    assert_non_null(out);
    while (fgets(line, sizeof(line), in)) {
        fputs(line, out);
    }
    fclose(in);
    fclose(out);
    assert_int_equal(chmod(to, 0600), 0);
    return to;
}

static void test_shipped_example(void **state)
{
    apr_pool_t *p = *state;
    sk_conf conf;
    const char *error = NULL, *example, *dbd;
    char dir[] = "/tmp/test_kirim_contoh_XXXXXX";

    assert_non_null(mkdtemp(dir));
    example = installed_copy(p, dir, "kirim.conf.example");
    dbd = installed_copy(p, dir, "sialip-dbd.conf");
    if (sk_conf_load(p, example, &conf, &error) != 0) {
        fail_msg("%s", error);
    }
    unlink(example);
    unlink(dbd);
    rmdir(dir);
    assert_string_equal(conf.smtp_from, "ppid@serangkab.go.id");
    /* TLS by default: the tracking codes in receipts cross the network. */
    assert_int_equal(conf.smtp_tls, SK_TLS_STARTTLS);
    assert_int_equal(conf.smtp_port, 587);
    assert_int_equal(conf.cutoff_minutes, 960);
    assert_string_equal(conf.inovasi_mount, "/inovasi");
    /* The password comes from the shipped sialip-dbd.conf beside it. */
    assert_non_null(strstr(conf.dbd_params, "pass=GANTI-KATA-SANDI "));
    assert_null(strstr(conf.dbd_params, "fldsz"));
}

/* The retention job's settings (--retensi): defaults, values, refusals. */
static void test_retention_settings(void **state)
{
    apr_pool_t *p = *state;
    sk_conf conf;
    const char *error = NULL;

    assert_int_equal(sk_conf_parse(p, REQUIRED, "kirim.conf", &conf, &error), 0);
    assert_int_equal(conf.retensi_hari, 365);
    assert_int_equal(conf.retensi_surel_hari, 30);
    assert_string_equal(conf.upload_dir, "/var/lib/sialip/berkas");

    assert_int_equal(sk_conf_parse(p, REQUIRED "retensi_hari = 730\n"
                                   "retensi_surel_hari = 7\n"
                                   "upload_dir = \"/srv/sialip/berkas/\"\n",
                                   "kirim.conf", &conf, &error), 0);
    assert_int_equal(conf.retensi_hari, 730);
    assert_int_equal(conf.retensi_surel_hari, 7);
    assert_string_equal(conf.upload_dir, "/srv/sialip/berkas");

    assert_non_null(strstr(parse_error(p, REQUIRED "retensi_hari = 0\n"), "retensi_hari"));
    assert_non_null(strstr(parse_error(p, REQUIRED "retensi_hari = -5\n"), "1 to 36500"));
    assert_non_null(strstr(parse_error(p, REQUIRED "retensi_hari = 36501\n"), "1 to 36500"));
    assert_non_null(strstr(parse_error(p, REQUIRED "retensi_surel_hari = 3d\n"),
                           "retensi_surel_hari"));
    assert_non_null(strstr(parse_error(p, REQUIRED "retensi_hari = 10\nretensi_hari = 20\n"),
                           "set twice"));
    assert_non_null(strstr(parse_error(p, REQUIRED "upload_dir = berkas\n"), "absolute"));
    assert_non_null(strstr(parse_error(p, REQUIRED "upload_dir = /\n"), "absolute"));
    assert_non_null(strstr(parse_error(p, REQUIRED "upload_dir = /var/../etc\n"), "absolute"));
}

int main(void)
{
    const struct CMUnitTest tests[] = {
        cmocka_unit_test(test_defaults),
        cmocka_unit_test(test_every_setting),
        cmocka_unit_test(test_retention_settings),
        cmocka_unit_test(test_missing_settings),
        cmocka_unit_test(test_bad_values),
        cmocka_unit_test(test_syntax_mistakes),
        cmocka_unit_test(test_tls_and_auth_rules),
        cmocka_unit_test(test_password_file),
        cmocka_unit_test(test_load_file),
        cmocka_unit_test(test_world_readable_files_are_refused),
        cmocka_unit_test(test_dbd_params_from_apache),
        cmocka_unit_test(test_shipped_example),
    };
    return UNIT_RUN(tests, unit_pool_setup, unit_pool_teardown);
}
