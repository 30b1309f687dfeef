<?xml version="1.0" encoding="UTF-8"?>
<!-- One request in the public archive (arsip.c): the text as the officer
     published it, OPDs, dates, working days taken, outcome and the released
     documents marked public. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_arsip.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="a" select="arsip_permohonan"/>
    <p><a href="{$dasar}/arsip">Kembali ke arsip jawaban</a></p>
    <section class="kotak">
      <h2>Informasi yang diminta</h2>
      <p class="teks-arsip"><xsl:value-of select="$a/teks"/></p>
    </section>
    <xsl:for-each select="$a"><xsl:call-template name="arsip-ringkas"/></xsl:for-each>
    <h2>Dokumen yang diberikan</h2>
    <xsl:choose>
      <xsl:when test="$a/dokumen_daftar/dokumen">
        <ul>
          <xsl:for-each select="$a/dokumen_daftar/dokumen">
            <li><a href="{@href}" class="unduh">Dokumen <xsl:value-of select="position()"/></a>
              (<xsl:value-of select="@mime"/>, <xsl:value-of select="format-number(@ukuran div 1024, '0.#')"/> KB)</li>
          </xsl:for-each>
        </ul>
      </xsl:when>
      <xsl:otherwise>
        <p>Tidak ada dokumen yang diumumkan untuk permohonan ini. Informasi yang sama dapat
          Anda minta melalui <a href="{$dasar}/permohonan/baru">permohonan informasi</a>.</p>
      </xsl:otherwise>
    </xsl:choose>
    <p><a href="{$dasar}/arsip/{$a/@nomor}.xml">Halaman ini sebagai XML</a></p>
  </xsl:template>
</xsl:stylesheet>
