<?xml version="1.0" encoding="UTF-8"?>
<!-- "Cari dulu" (arsip_cari_dulu.c): published DIP entries and archived
     answers matching what the citizen means to ask, then on to the request
     form with the words kept. Works without JavaScript. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="saran"/>
    <xsl:variable name="cd" select="$s/cari_dulu"/>
    <form method="get" action="{$dasar}/cari-dulu" class="formulir" role="search">
      <label for="q">Informasi yang Anda cari</label>
      <input id="q" name="q" type="search" value="{$cd/@q}"/>
      <button type="submit">Cari</button>
    </form>
    <section class="cari-dulu" aria-labelledby="judul-dip">
      <h2 id="judul-dip">Di Daftar Informasi Publik</h2>
      <xsl:choose>
        <xsl:when test="$cd/dip">
          <ul>
            <xsl:for-each select="$cd/dip">
              <li><a href="{@href}"><xsl:value-of select="ringkasan"/></a>
                (<xsl:value-of select="opd"/>)</li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>Tidak ada entri DIP yang cocok.</p></xsl:otherwise>
      </xsl:choose>
    </section>
    <section class="cari-dulu" aria-labelledby="judul-arsip">
      <h2 id="judul-arsip">Di arsip jawaban</h2>
      <xsl:choose>
        <xsl:when test="$cd/arsip">
          <ul>
            <xsl:for-each select="$cd/arsip">
              <li><a href="{@href}">Permohonan <xsl:value-of select="@nomor"/></a>:
                <xsl:value-of select="teks"/> (<xsl:value-of select="keputusan"/>)</li>
            </xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p>Tidak ada jawaban di arsip yang cocok.</p></xsl:otherwise>
      </xsl:choose>
    </section>
    <p>Belum menemukan informasi yang Anda perlukan?</p>
    <p><a class="tombol" href="{$s/@lanjut}">Lanjut ajukan permohonan</a></p>
  </xsl:template>
</xsl:stylesheet>
