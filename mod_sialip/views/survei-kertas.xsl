<?xml version="1.0" encoding="UTF-8"?>
<!-- The desk types in a paper questionnaire of walk-in service. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_survei.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="survei_kertas"/>
    <xsl:if test="$s/pesan"><div class="kotak" role="status"><p><xsl:value-of select="$s/pesan"/></p></div></xsl:if>
    <p>Ketik satu kuesioner kertas per pengisian. Jawaban dihitung dalam
      <a href="{$dasar}/survei">hasil survei kepuasan</a> menurut unit dan saluran layanan yang dinilai.</p>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <form method="post" action="{$s/@aksi}" class="formulir survei">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">opd_id</xsl:with-param>
        <xsl:with-param name="label">Unit yang melayani</xsl:with-param>
        <xsl:with-param name="kosong">PPID Utama (meja layanan)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">kanal</xsl:with-param>
        <xsl:with-param name="label">Saluran layanan yang dinilai</xsl:with-param>
        <xsl:with-param name="kosong">Pilih saluran</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="survei-kuesioner"/>
      <button type="submit">Simpan kuesioner</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
