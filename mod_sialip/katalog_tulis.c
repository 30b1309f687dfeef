/* The DCAT catalogue written twice, as one RDF graph: JSON-LD (with the
 * JSON encoder of common/json.c) and RDF/XML (libxml2's tree, so every
 * text is escaped by construction).  Both carry the same triples; the
 * catalogue's own URI is the URL it was read from.
 *
 * Vocabularies: DCAT 2 and Dublin Core terms for the catalogue, FOAF for
 * agents, Dublin Core's collection frequencies for the periodicity, IANA
 * URIs for media types; Satu Data Indonesia's metadata (produsen data,
 * walidata, kode wilayah) has no published RDF vocabulary, so it goes
 * under SIALIP's own namespace SATUDATA_NS besides dct:publisher and
 * dct:spatial, which CKAN reads. */
#include <string.h>
#include <httpd.h>
#include <http_protocol.h>
#include <apr_strings.h>
#include <libxml/tree.h>
#include "json.h"
#include "katalog.h"

#define DCAT_NS "http://www.w3.org/ns/dcat#"
#define DCT_NS "http://purl.org/dc/terms/"
#define FOAF_NS "http://xmlns.com/foaf/0.1/"
#define RDF_NS "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define XSD_NS "http://www.w3.org/2001/XMLSchema#"
#define SATUDATA_NS "urn:serangkab:ppid:satudata:"
#define IANA "https://www.iana.org/assignments/media-types/"

/* ---- JSON-LD ---------------------------------------------------------- */

typedef struct {
    apr_pool_t *p;
    apr_array_header_t *out;     /* of const char *, joined at the end */
    int first;                   /* no member yet in the open object */
} js;

static void put(js *j, const char *s)
{
    *(const char **)apr_array_push(j->out) = s;
}

static void open_obj(js *j)
{
    put(j, "{");
    j->first = 1;
}

static void close_obj(js *j)
{
    put(j, "}");
    j->first = 0;
}

/* A member's key; its value follows. */
static void key(js *j, const char *k)
{
    put(j, j->first ? "\n" : ",\n");
    put(j, sl_json_string(j->p, k));
    put(j, ": ");
    j->first = 0;
}

static void str(js *j, const char *k, const char *v)
{
    if (v) {
        key(j, k);
        put(j, sl_json_string(j->p, v));
    }
}

static void iri(js *j, const char *k, const char *v)
{
    if (v) {
        key(j, k);
        put(j, apr_pstrcat(j->p, "{\"@id\": ", sl_json_string(j->p, v), "}", NULL));
    }
}

static void typed(js *j, const char *k, const char *v, const char *type)
{
    key(j, k);
    put(j, apr_pstrcat(j->p, "{\"@value\": ", sl_json_string(j->p, v),
                       ", \"@type\": \"xsd:", type, "\"}", NULL));
}

static void agent_js(js *j, const char *k, const katalog_agen *a)
{
    key(j, k);
    open_obj(j);
    str(j, "@id", a->id);
    str(j, "@type", "foaf:Agent");
    str(j, "foaf:name", a->nama);
    close_obj(j);
}

static void spatial_js(js *j, const katalog *k)
{
    key(j, "dct:spatial");
    open_obj(j);
    str(j, "@type", "dct:Location");
    str(j, "dct:identifier", k->wilayah);
    close_obj(j);
    str(j, "sd:kodeWilayah", k->wilayah);
}

static void dataset_js(js *j, const katalog *k, const katalog_dataset *d)
{
    int i, any = 0;

    open_obj(j);
    str(j, "@id", d->id);
    str(j, "@type", "dcat:Dataset");
    str(j, "dct:title", d->judul);
    str(j, "dct:description", d->uraian);
    agent_js(j, "dct:publisher", &d->penerbit);
    agent_js(j, "sd:produsenData", &d->penerbit);
    agent_js(j, "sd:walidata", &k->walidata);
    spatial_js(j, k);
    typed(j, "dct:modified", d->mutakhir, "dateTime");
    iri(j, "dct:accrualPeriodicity", d->frekuensi);
    iri(j, "dct:license", k->lisensi);
    iri(j, "dcat:landingPage", d->halaman);
    if (d->tahun) {
        key(j, "dct:temporal");
        open_obj(j);
        str(j, "@type", "dct:PeriodOfTime");
        typed(j, "dcat:startDate", apr_pstrcat(j->p, d->tahun, "-01-01", NULL), "date");
        typed(j, "dcat:endDate", apr_pstrcat(j->p, d->tahun, "-12-31", NULL), "date");
        close_obj(j);
    }
    key(j, "dcat:keyword");
    put(j, "[");
    for (i = 0; i < KATALOG_MAX_KATA; i++) {
        if (d->kata[i]) {
            put(j, any++ ? ", " : "");
            put(j, sl_json_string(j->p, d->kata[i]));
        }
    }
    put(j, "]");
    key(j, "dcat:distribution");
    put(j, "[");
    for (i = 0; i < d->ndist; i++) {
        const katalog_distribusi *x = &d->dist[i];
        put(j, i ? ",\n" : "");
        open_obj(j);
        str(j, "@type", "dcat:Distribution");
        str(j, "dct:title", x->judul);
        iri(j, "dcat:accessURL", x->url);
        if (x->unduh) {
            iri(j, "dcat:downloadURL", x->url);
        }
        if (x->media) {
            iri(j, "dcat:mediaType", apr_pstrcat(j->p, IANA, x->media, NULL));
        }
        str(j, "dct:format", x->format);
        iri(j, "dct:conformsTo", x->skema);
        iri(j, "dct:license", k->lisensi);
        close_obj(j);
    }
    put(j, "]");
    close_obj(j);
}

int sialip_katalog_jsonld(request_rec *r, const katalog *k)
{
    js j = {r->pool, apr_array_make(r->pool, 1024, sizeof(const char *)), 0};
    const char *text;
    int i;

    open_obj(&j);
    key(&j, "@context");
    put(&j, "{\"dcat\": \"" DCAT_NS "\", \"dct\": \"" DCT_NS "\", \"foaf\": \"" FOAF_NS
            "\", \"xsd\": \"" XSD_NS "\", \"sd\": \"" SATUDATA_NS "\", \"@language\": \"id\"}");
    j.first = 0;
    str(&j, "@id", k->id);
    str(&j, "@type", "dcat:Catalog");
    str(&j, "dct:title", k->judul);
    str(&j, "dct:description", k->uraian);
    agent_js(&j, "dct:publisher", &k->penerbit);
    agent_js(&j, "sd:walidata", &k->walidata);
    spatial_js(&j, k);
    typed(&j, "dct:modified", k->mutakhir, "dateTime");
    iri(&j, "dct:license", k->lisensi);
    iri(&j, "foaf:homepage", k->penerbit.id);
    key(&j, "dcat:dataset");
    put(&j, "[");
    for (i = 0; i < k->dataset->nelts; i++) {
        put(&j, i ? ",\n" : "\n");
        dataset_js(&j, k, &APR_ARRAY_IDX(k->dataset, i, katalog_dataset));
    }
    put(&j, "]");
    close_obj(&j);
    put(&j, "\n");

    text = apr_array_pstrcat(r->pool, j.out, 0);
    ap_set_content_type(r, "application/ld+json; charset=utf-8");
    if (!r->header_only) {
        ap_rwrite(text, (int)strlen(text), r);
    }
    return OK;
}

/* ---- RDF/XML ---------------------------------------------------------- */

typedef struct {
    xmlNsPtr rdf, dcat, dct, foaf, sd;
} ns_set;

static xmlNodePtr lit(xmlNodePtr parent, xmlNsPtr ns, const char *name, const char *v)
{
    return v ? xmlNewTextChild(parent, ns, BAD_CAST name, BAD_CAST v) : NULL;
}

static void res(const ns_set *n, xmlNodePtr parent, xmlNsPtr ns, const char *name,
                const char *v)
{
    if (v) {
        xmlNodePtr e = xmlNewChild(parent, ns, BAD_CAST name, NULL);
        xmlNewNsProp(e, n->rdf, BAD_CAST "resource", BAD_CAST v);
    }
}

static void dt(const ns_set *n, xmlNodePtr parent, xmlNsPtr ns, const char *name,
               const char *v, const char *type)
{
    xmlNodePtr e = lit(parent, ns, name, v);
    xmlNewNsProp(e, n->rdf, BAD_CAST "datatype",
                 BAD_CAST (strcmp(type, "date") == 0 ? XSD_NS "date" : XSD_NS "dateTime"));
}

/* A typed node as the value of a property: <prop><ns:Type rdf:about=id>. */
static xmlNodePtr node(const ns_set *n, xmlNodePtr parent, xmlNsPtr pns,
                       const char *prop, xmlNsPtr tns, const char *type, const char *id)
{
    xmlNodePtr p = xmlNewChild(parent, pns, BAD_CAST prop, NULL);
    xmlNodePtr t = xmlNewChild(p, tns, BAD_CAST type, NULL);
    if (id) {
        xmlNewNsProp(t, n->rdf, BAD_CAST "about", BAD_CAST id);
    }
    return t;
}

static void agent_rdf(const ns_set *n, xmlNodePtr parent, xmlNsPtr pns,
                      const char *prop, const katalog_agen *a)
{
    xmlNodePtr t = node(n, parent, pns, prop, n->foaf, "Agent", a->id);
    lit(t, n->foaf, "name", a->nama);
}

static void spatial_rdf(const ns_set *n, xmlNodePtr parent, const katalog *k)
{
    xmlNodePtr t = node(n, parent, n->dct, "spatial", n->dct, "Location", NULL);
    lit(t, n->dct, "identifier", k->wilayah);
    lit(parent, n->sd, "kodeWilayah", k->wilayah);
}

static void dataset_rdf(const ns_set *n, apr_pool_t *p, xmlNodePtr cat,
                        const katalog *k, const katalog_dataset *d)
{
    xmlNodePtr e = node(n, cat, n->dcat, "dataset", n->dcat, "Dataset", d->id);
    int i;

    lit(e, n->dct, "title", d->judul);
    lit(e, n->dct, "description", d->uraian);
    agent_rdf(n, e, n->dct, "publisher", &d->penerbit);
    agent_rdf(n, e, n->sd, "produsenData", &d->penerbit);
    agent_rdf(n, e, n->sd, "walidata", &k->walidata);
    spatial_rdf(n, e, k);
    dt(n, e, n->dct, "modified", d->mutakhir, "dateTime");
    res(n, e, n->dct, "accrualPeriodicity", d->frekuensi);
    res(n, e, n->dct, "license", k->lisensi);
    res(n, e, n->dcat, "landingPage", d->halaman);
    if (d->tahun) {
        xmlNodePtr t = node(n, e, n->dct, "temporal", n->dct, "PeriodOfTime", NULL);
        dt(n, t, n->dcat, "startDate", apr_pstrcat(p, d->tahun, "-01-01", NULL), "date");
        dt(n, t, n->dcat, "endDate", apr_pstrcat(p, d->tahun, "-12-31", NULL), "date");
    }
    for (i = 0; i < KATALOG_MAX_KATA; i++) {
        lit(e, n->dcat, "keyword", d->kata[i]);
    }
    for (i = 0; i < d->ndist; i++) {
        const katalog_distribusi *x = &d->dist[i];
        xmlNodePtr t = node(n, e, n->dcat, "distribution", n->dcat, "Distribution", NULL);
        lit(t, n->dct, "title", x->judul);
        res(n, t, n->dcat, "accessURL", x->url);
        if (x->unduh) {
            res(n, t, n->dcat, "downloadURL", x->url);
        }
        if (x->media) {
            res(n, t, n->dcat, "mediaType", apr_pstrcat(p, IANA, x->media, NULL));
        }
        lit(t, n->dct, "format", x->format);
        res(n, t, n->dct, "conformsTo", x->skema);
        res(n, t, n->dct, "license", k->lisensi);
    }
}

int sialip_katalog_rdf(request_rec *r, const katalog *k)
{
    xmlDocPtr doc = xmlNewDoc(BAD_CAST "1.0");
    xmlNodePtr root = xmlNewNode(NULL, BAD_CAST "RDF"), cat;
    xmlChar *mem = NULL;
    int len = 0, i;
    ns_set n;

    xmlDocSetRootElement(doc, root);
    n.rdf = xmlNewNs(root, BAD_CAST RDF_NS, BAD_CAST "rdf");
    n.dcat = xmlNewNs(root, BAD_CAST DCAT_NS, BAD_CAST "dcat");
    n.dct = xmlNewNs(root, BAD_CAST DCT_NS, BAD_CAST "dct");
    n.foaf = xmlNewNs(root, BAD_CAST FOAF_NS, BAD_CAST "foaf");
    n.sd = xmlNewNs(root, BAD_CAST SATUDATA_NS, BAD_CAST "sd");
    xmlSetNs(root, n.rdf);
    /* Every literal in Bahasa Indonesia, as @language in the JSON-LD. */
    xmlNodeSetLang(root, BAD_CAST "id");

    cat = xmlNewChild(root, n.dcat, BAD_CAST "Catalog", NULL);
    xmlNewNsProp(cat, n.rdf, BAD_CAST "about", BAD_CAST k->id);
    lit(cat, n.dct, "title", k->judul);
    lit(cat, n.dct, "description", k->uraian);
    agent_rdf(&n, cat, n.dct, "publisher", &k->penerbit);
    agent_rdf(&n, cat, n.sd, "walidata", &k->walidata);
    spatial_rdf(&n, cat, k);
    dt(&n, cat, n.dct, "modified", k->mutakhir, "dateTime");
    res(&n, cat, n.dct, "license", k->lisensi);
    res(&n, cat, n.foaf, "homepage", k->penerbit.id);
    for (i = 0; i < k->dataset->nelts; i++) {
        dataset_rdf(&n, r->pool, cat, k, &APR_ARRAY_IDX(k->dataset, i, katalog_dataset));
    }

    xmlDocDumpFormatMemoryEnc(doc, &mem, &len, "UTF-8", 1);
    xmlFreeDoc(doc);
    if (!mem) {
        return HTTP_INTERNAL_SERVER_ERROR;
    }
    ap_set_content_type(r, "application/rdf+xml; charset=utf-8");
    if (!r->header_only) {
        ap_rwrite(mem, len, r);
    }
    xmlFree(mem);
    return OK;
}
