/* The DCAT catalogue of SIALIP's open data (katalog.c builds it,
 * katalog_tulis.c writes it as JSON-LD and as RDF/XML). */
#ifndef SIALIP_KATALOG_H
#define SIALIP_KATALOG_H

#include "sl_request.h"

#define KATALOG_MAX_KATA 6
#define KATALOG_MAX_DIST 3

/* One way to get a dataset: a file to download (unduh) or a page or
 * outside link to reach it (accessURL only). */
typedef struct {
    const char *judul;
    const char *url;          /* absolute */
    const char *media;        /* IANA media type, "application/xml" */
    const char *format;       /* "XML", "PDF" */
    const char *skema;        /* absolute URL of its XSD, or NULL */
    int unduh;
} katalog_distribusi;

/* An agent: the OPD that publishes, the regency's walidata. */
typedef struct {
    const char *id;           /* absolute URI */
    const char *nama;
} katalog_agen;

typedef struct {
    const char *id;           /* absolute URI */
    const char *judul;
    const char *uraian;
    katalog_agen penerbit;    /* dct:publisher, Satu Data's produsen data */
    const char *mutakhir;     /* xsd:dateTime, UTC */
    const char *frekuensi;    /* a Dublin Core frequency URI */
    const char *halaman;      /* dcat:landingPage, or NULL */
    const char *tahun;        /* dct:temporal year, or NULL */
    const char *kata[KATALOG_MAX_KATA];
    katalog_distribusi dist[KATALOG_MAX_DIST];
    int ndist;
} katalog_dataset;

typedef struct {
    const char *id;           /* the catalogue's own URL */
    const char *dasar;        /* base URL: scheme, host, port, mount */
    const char *judul;
    const char *uraian;
    const char *lisensi;      /* URI */
    const char *wilayah;      /* BPS region code, "3604" */
    const char *mutakhir;
    katalog_agen penerbit;
    katalog_agen walidata;
    apr_array_header_t *dataset;   /* of katalog_dataset */
} katalog;

/* katalog.c: scheme://host[:port] every public link starts with, from
 * SialipBaseURL or the server's ServerName, never from the Host header. */
const char *sialip_katalog_asal(request_rec *r);

/* katalog_tulis.c: the answers, with their media types set. */
int sialip_katalog_jsonld(request_rec *r, const katalog *k);
int sialip_katalog_rdf(request_rec *r, const katalog *k);

#endif
