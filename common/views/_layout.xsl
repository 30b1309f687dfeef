<?xml version="1.0" encoding="UTF-8"?>
<!-- The shared page layout: every view imports this file and provides
     <xsl:template match="halaman" mode="isi">. Text is escaped by the
     XSLT serializer; no view uses disable-output-escaping. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:include href="_tanggal.xsl"/>
  <xsl:output method="html" encoding="UTF-8" indent="no"
              doctype-system="about:legacy-compat"/>

  <xsl:variable name="dasar" select="/halaman/konteks/dasar"/>
  <!-- Where each module is mounted (SialipMount, InovasiMount); absent when
       that module is not loaded, and so are the links to it. -->
  <xsl:variable name="alamat-ppid" select="/halaman/konteks/ppid"/>
  <xsl:variable name="alamat-inovasi" select="/halaman/konteks/inovasi"/>

  <!-- Who is shown which staff link: the roles the link's GET route allows
       in the C route tables, one variable per role mask (named after its
       macro), so no role is offered a page that answers 403.
       tests/integration/test_menu.py checks the menu against those tables. -->
  <xsl:variable name="peran" select="/halaman/konteks/pengguna/peran"/>
  <!-- ALUR_PETUGAS (mod_sialip/alur.h): the request inbox and registers -->
  <xsl:variable name="boleh-alur"
                select="$peran = 'ppid_utama' or $peran = 'ppid_pelaksana' or $peran = 'atasan_ppid'"/>
  <!-- ALUR_SEMUA_OPD (alur.h): the objection list, the e-Monev evidence, the
       compliance scorecard -->
  <xsl:variable name="boleh-keberatan" select="$peran = 'ppid_utama' or $peran = 'atasan_ppid'"/>
  <!-- LAP_PEMBACA (laporan.c) -->
  <xsl:variable name="boleh-laporan"
                select="$boleh-alur or $peran = 'pimpinan' or $peran = 'admin'"/>
  <!-- DIP_PETUGAS (dip.c) and KECUALI_PETUGAS (dikecualikan.c) -->
  <xsl:variable name="boleh-dip" select="$peran = 'ppid_utama' or $peran = 'ppid_pelaksana'"/>
  <!-- SL_ROLE_PPID_UTAMA (survei.c): paper questionnaires -->
  <xsl:variable name="boleh-survei" select="$peran = 'ppid_utama'"/>
  <!-- SL_ROLE_ADMIN (admin_pengguna.c, admin_opd.c, admin_libur.c, admin_tarif.c) -->
  <xsl:variable name="boleh-admin" select="$peran = 'admin'"/>
  <!-- INOVASI_STAF (mod_inovasi/inovasi.h): the dashboard -->
  <xsl:variable name="boleh-inovasi"
                select="$peran = 'opd_inovasi' or $peran = 'evaluator' or $peran = 'pimpinan'"/>

  <xsl:template match="/">
    <html lang="id">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="halaman/@judul"/> | Kabupaten Serang</title>
        <link rel="stylesheet" href="{$dasar}/aset/sialip.css"/>
      </head>
      <body>
        <a class="lompat" href="#isi">Langsung ke isi halaman</a>
        <header class="kepala">
          <div class="merek">
            <strong>Pemerintah Kabupaten Serang</strong>
            <!-- One regency header on both modules, each page named for
                 the service it belongs to (issue 17). -->
            <xsl:choose>
              <xsl:when test="$alamat-inovasi and $dasar = $alamat-inovasi">
                <span>Inovasi Daerah · Monitoring dan Evaluasi (Bappeda)</span>
              </xsl:when>
              <xsl:otherwise><span>PPID · Layanan Informasi Publik</span></xsl:otherwise>
            </xsl:choose>
          </div>
          <nav>
            <xsl:if test="$alamat-ppid">
              <a href="{$alamat-ppid}/">Layanan</a>
              <a href="{$alamat-ppid}/permohonan/baru">Ajukan permohonan</a>
              <a href="{$alamat-ppid}/lacak">Lacak permohonan</a>
              <a href="{$alamat-ppid}/statistik">Statistik</a>
              <a href="{$alamat-ppid}/dip">Daftar informasi</a>
              <a href="{$alamat-ppid}/arsip">Arsip jawaban</a>
              <a href="{$alamat-ppid}/dikecualikan">Informasi dikecualikan</a>
              <a href="{$alamat-ppid}/laporan">Laporan</a>
              <a href="{$alamat-ppid}/tarif">Tarif</a>
            </xsl:if>
            <xsl:if test="$alamat-inovasi">
              <a href="{$alamat-inovasi}/">Inovasi daerah</a>
            </xsl:if>
            <xsl:choose>
              <xsl:when test="halaman/konteks/pengguna and halaman/konteks/keluar">
                <form method="post" action="{halaman/konteks/keluar}" class="keluar">
                  <input type="hidden" name="csrf" value="{halaman/konteks/csrf}"/>
                  <button type="submit">Keluar (<xsl:value-of select="halaman/konteks/pengguna/@nama"/>)</button>
                </form>
              </xsl:when>
              <xsl:when test="halaman/konteks/masuk">
                <a href="{halaman/konteks/masuk}">Masuk petugas</a>
              </xsl:when>
            </xsl:choose>
          </nav>
        </header>
        <xsl:if test="$peran">
          <nav class="staf" aria-label="Menu petugas">
            <xsl:if test="$alamat-ppid">
              <!-- SL_ROLE_ANY_STAFF (staf.c) -->
              <a href="{$alamat-ppid}/admin/">Beranda petugas</a>
              <xsl:if test="$boleh-alur">
                <a href="{$alamat-ppid}/admin/permohonan">Permohonan</a>
              </xsl:if>
              <xsl:if test="$boleh-keberatan">
                <a href="{$alamat-ppid}/admin/keberatan">Keberatan</a>
              </xsl:if>
              <xsl:if test="$boleh-alur">
                <a href="{$alamat-ppid}/admin/register/permohonan">Register</a>
              </xsl:if>
              <xsl:if test="$boleh-laporan">
                <a href="{$alamat-ppid}/admin/laporan">Laporan</a>
              </xsl:if>
              <!-- ALUR_SEMUA_OPD (emonev.c, kepatuhan.c) -->
              <xsl:if test="$boleh-keberatan">
                <a href="{$alamat-ppid}/admin/emonev">e-Monev</a>
                <a href="{$alamat-ppid}/admin/kepatuhan">Kepatuhan OPD</a>
              </xsl:if>
              <xsl:if test="$boleh-dip">
                <a href="{$alamat-ppid}/admin/dip">DIP</a>
                <a href="{$alamat-ppid}/admin/dikecualikan">Informasi dikecualikan</a>
                <!-- ARSIP_PETUGAS (arsip_kelola.c) -->
                <a href="{$alamat-ppid}/admin/arsip">Arsip</a>
              </xsl:if>
              <xsl:if test="$boleh-survei">
                <a href="{$alamat-ppid}/admin/survei">Survei kertas</a>
              </xsl:if>
              <xsl:if test="$boleh-admin">
                <a href="{$alamat-ppid}/admin/pengguna">Pengguna</a>
                <a href="{$alamat-ppid}/admin/opd">OPD</a>
                <a href="{$alamat-ppid}/admin/libur">Hari libur</a>
                <a href="{$alamat-ppid}/admin/tarif">Tarif</a>
              </xsl:if>
            </xsl:if>
            <xsl:if test="$alamat-inovasi and $boleh-inovasi">
              <a href="{$alamat-inovasi}/dasbor">Dasbor inovasi</a>
            </xsl:if>
          </nav>
        </xsl:if>
        <main id="isi" tabindex="-1">
          <h1><xsl:value-of select="halaman/@judul"/></h1>
          <xsl:apply-templates select="halaman" mode="isi"/>
        </main>
        <footer class="kaki">
          <xsl:choose>
            <xsl:when test="$alamat-inovasi and $dasar = $alamat-inovasi">Bappeda Kabupaten Serang · Inovasi daerah (PP 38/2017)</xsl:when>
            <xsl:otherwise>PPID Kabupaten Serang · UU 14/2008 tentang Keterbukaan Informasi Publik</xsl:otherwise>
          </xsl:choose>
          <xsl:if test="$alamat-ppid">
            · <a href="{$alamat-ppid}/aksesibilitas">Pernyataan aksesibilitas</a>
          </xsl:if>
        </footer>
      </body>
    </html>
  </xsl:template>

  <!-- The CSRF token every staff form posts back. -->
  <xsl:template name="csrf">
    <input type="hidden" name="csrf" value="{/halaman/konteks/csrf}"/>
  </xsl:template>

  <!-- An error message belonging to the form field named $untuk. -->
  <xsl:template name="galat-field">
    <xsl:param name="untuk"/>
    <xsl:for-each select="/halaman/*/galat[@untuk = $untuk]">
      <p class="galat-field" id="galat-{$untuk}"><xsl:value-of select="."/></p>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
