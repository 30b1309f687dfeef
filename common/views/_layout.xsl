<?xml version="1.0" encoding="UTF-8"?>
<!-- The shared page layout: every view imports this file and provides
     <xsl:template match="halaman" mode="isi">. Text is escaped by the
     XSLT serializer; no view uses disable-output-escaping. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:output method="html" encoding="UTF-8" indent="no"
              doctype-system="about:legacy-compat"/>

  <xsl:variable name="dasar" select="/halaman/konteks/dasar"/>

  <xsl:template match="/">
    <html lang="id">
      <head>
        <meta name="viewport" content="width=device-width, initial-scale=1"/>
        <title><xsl:value-of select="halaman/@judul"/> | Kabupaten Serang</title>
        <link rel="stylesheet" href="{$dasar}/aset/sialip.css"/>
      </head>
      <body>
        <header class="kepala">
          <div class="merek">
            <strong>Pemerintah Kabupaten Serang</strong>
            <span>PPID · Layanan Informasi Publik</span>
          </div>
          <nav>
            <a href="/ppid/">Layanan</a>
            <a href="/ppid/permohonan/baru">Ajukan permohonan</a>
            <a href="/ppid/lacak">Lacak permohonan</a>
            <a href="/ppid/statistik">Statistik</a>
            <a href="/inovasi/">Inovasi daerah</a>
            <xsl:choose>
              <xsl:when test="halaman/konteks/pengguna">
                <form method="post" action="{halaman/konteks/keluar}" class="keluar">
                  <input type="hidden" name="csrf" value="{halaman/konteks/csrf}"/>
                  <button type="submit">Keluar (<xsl:value-of select="halaman/konteks/pengguna/@nama"/>)</button>
                </form>
              </xsl:when>
              <xsl:otherwise>
                <a href="{halaman/konteks/masuk}">Masuk petugas</a>
              </xsl:otherwise>
            </xsl:choose>
          </nav>
        </header>
        <xsl:if test="halaman/konteks/pengguna">
          <nav class="staf" aria-label="Menu petugas">
            <a href="/ppid/admin/">Beranda petugas</a>
            <a href="/ppid/admin/permohonan">Permohonan</a>
            <a href="/ppid/admin/keberatan">Keberatan</a>
            <a href="/ppid/admin/register/permohonan">Register</a>
            <a href="/ppid/admin/laporan">Laporan</a>
            <a href="/ppid/admin/dip">DIP</a>
            <a href="/ppid/admin/dikecualikan">Informasi dikecualikan</a>
            <a href="/ppid/admin/pengguna">Pengguna</a>
            <a href="/ppid/admin/opd">OPD</a>
            <a href="/ppid/admin/libur">Hari libur</a>
            <a href="/ppid/admin/tarif">Tarif</a>
            <a href="/inovasi/dasbor">Dasbor inovasi</a>
          </nav>
        </xsl:if>
        <main>
          <h1><xsl:value-of select="halaman/@judul"/></h1>
          <xsl:apply-templates select="halaman" mode="isi"/>
        </main>
        <footer class="kaki">
          PPID Kabupaten Serang · UU 14/2008 tentang Keterbukaan Informasi Publik
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
