/* sialip-kirim's configuration file (pure C): "key = value" lines, '#'
 * comments.  Every mistake is reported in English with the line number, for
 * the administrator's log. */
#ifndef SK_KIRIM_CONF_H
#define SK_KIRIM_CONF_H

#include <apr_pools.h>

#define SK_CONF_DEFAULT_PATH "/etc/sialip/kirim.conf"

typedef enum {
    SK_TLS_NONE = 0,
    SK_TLS_STARTTLS,             /* STARTTLS after EHLO (port 25 or 587) */
    SK_TLS_IMPLICIT              /* TLS from the first byte (port 465) */
} sk_tls_mode;

typedef struct {
    const char *dbd_params;      /* the DBDParams string of mod_dbd */
    const char *dbd_conf;        /* or Apache's file holding DBDParams (the
                                  * password in one place); sk_conf_load
                                  * reads dbd_params from it */
    const char *smtp_host;
    int smtp_port;               /* default 25 */
    const char *smtp_from;       /* envelope sender and From address */
    const char *smtp_from_name;  /* display name of From; "" for none */
    sk_tls_mode smtp_tls;        /* default none */
    const char *smtp_ca_file;    /* CA bundle for TLS; NULL: system store */
    int smtp_timeout;            /* seconds per network wait, default 30 */
    const char *smtp_helo;       /* EHLO name; NULL: this host's name */
    const char *smtp_user;       /* SMTP AUTH user; NULL: no AUTH */
    const char *smtp_password_file; /* its password's file (relative paths
                                     * resolved against the configuration's
                                     * directory by sk_conf_load) */
    const char *smtp_password;   /* read by sk_conf_password, never in the
                                  * configuration itself */
    const char *base_url;        /* "https://ppid.example", no trailing slash */
    const char *sialip_mount;    /* SialipMount, default "/ppid" */
    const char *inovasi_mount;   /* InovasiMount, default "/inovasi" */
    int batch_size;              /* messages claimed at a time, default 20 */
    int cutoff_minutes;          /* SialipCutoff in WIB minutes, default 960 */
    int retensi_hari;            /* --retensi: days a closed case keeps its
                                  * contact data and identity scan, default 365 */
    int retensi_surel_hari;      /* days a sent message is kept, default 30 */
    const char *upload_dir;      /* SialipUploadDir (identity scans), default
                                  * /var/lib/sialip/berkas */
} sk_conf;

/* Parses the text of a configuration file; name is the file name used in
 * messages.  Returns 0, or -1 with *error set to an English message. */
int sk_conf_parse(apr_pool_t *pool, const char *text, const char *name,
                  sk_conf *conf, const char **error);

/* The first DBDParams of an Apache configuration text (sialip-dbd.conf),
 * without fldsz= (an outbox message may exceed it), in *params; NULL, or
 * the reason it cannot be used. */
const char *sk_conf_dbd_from_apache(apr_pool_t *pool, const char *text,
                                    const char **params);

/* Reads and parses the file at path (at most 64 KiB), and dbd_conf when
 * set.  Either file readable by every user is refused (-1, the message
 * names the file and the chmod). */
int sk_conf_load(apr_pool_t *pool, const char *path, sk_conf *conf,
                 const char **error);

/* Reads smtp_password from the first line of smtp_password_file (only the
 * delivery needs it, so the reminders run without access to it).  0, or
 * -1 with *error set; a file readable by every user is refused. */
int sk_conf_password(apr_pool_t *pool, sk_conf *conf, const char **error);

#endif
