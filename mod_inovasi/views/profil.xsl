<?xml version="1.0" encoding="UTF-8"?>
<!-- One published innovation: its profile and achievement. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template name="baris">
    <xsl:param name="label"/>
    <xsl:param name="isi"/>
    <xsl:if test="string($isi) != ''">
      <tr><th><xsl:value-of select="$label"/></th><td><xsl:value-of select="$isi"/></td></tr>
    </xsl:if>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="i" select="inovasi"/>
    <p><a href="{$dasar}/">← Semua inovasi</a></p>
    <table class="profil">
      <xsl:call-template name="baris"><xsl:with-param name="label">Perangkat daerah</xsl:with-param><xsl:with-param name="isi" select="$i/opd"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Tahun</xsl:with-param><xsl:with-param name="isi" select="$i/tahun"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Bentuk</xsl:with-param><xsl:with-param name="isi" select="$i/bentuk"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Jenis</xsl:with-param><xsl:with-param name="isi" select="$i/jenis"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Tahapan</xsl:with-param><xsl:with-param name="isi" select="$i/tahapan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Mulai uji coba</xsl:with-param><xsl:with-param name="isi"><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$i/tanggal_uji_coba"/></xsl:call-template></xsl:with-param></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Mulai penerapan</xsl:with-param><xsl:with-param name="isi"><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$i/tanggal_penerapan"/></xsl:call-template></xsl:with-param></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Inisiator</xsl:with-param><xsl:with-param name="isi" select="$i/inisiator"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Urusan pemerintahan</xsl:with-param><xsl:with-param name="isi" select="$i/urusan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Ringkasan</xsl:with-param><xsl:with-param name="isi" select="$i/ringkasan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Rancang bangun</xsl:with-param><xsl:with-param name="isi" select="$i/rancang_bangun"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Tujuan</xsl:with-param><xsl:with-param name="isi" select="$i/tujuan"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Manfaat</xsl:with-param><xsl:with-param name="isi" select="$i/manfaat"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Hasil</xsl:with-param><xsl:with-param name="isi" select="$i/hasil"/></xsl:call-template>
      <xsl:call-template name="baris"><xsl:with-param name="label">Anggaran</xsl:with-param><xsl:with-param name="isi"><xsl:call-template name="rupiah"><xsl:with-param name="n" select="$i/anggaran"/></xsl:call-template></xsl:with-param></xsl:call-template>
      <xsl:if test="string($i/dasar_hukum/jenis) != ''">
        <tr><th>Dasar hukum</th><td><xsl:value-of select="$i/dasar_hukum/jenis"/> nomor <xsl:value-of select="$i/dasar_hukum/nomor"/></td></tr>
      </xsl:if>
      <xsl:call-template name="baris"><xsl:with-param name="label">Narahubung</xsl:with-param><xsl:with-param name="isi" select="$i/kontak/nama"/></xsl:call-template>
      <tr><th>Replikasi</th><td>
        <xsl:value-of select="$i/replikasi/jenis"/>
        <xsl:if test="$i/replikasi/sumber_inovasi">: <xsl:choose>
            <xsl:when test="$i/replikasi/sumber_inovasi/@id"><a href="{$dasar}/{$i/replikasi/sumber_inovasi/@id}"><xsl:value-of select="$i/replikasi/sumber_inovasi"/></a></xsl:when>
            <xsl:otherwise><xsl:value-of select="$i/replikasi/sumber_inovasi"/></xsl:otherwise>
          </xsl:choose></xsl:if>
        <xsl:if test="string($i/replikasi/sumber_nama) != ''">: <xsl:value-of select="$i/replikasi/sumber_nama"/> (<xsl:value-of select="$i/replikasi/sumber_daerah"/>)</xsl:if>
        <xsl:if test="string($i/replikasi/cara) != ''"> · <xsl:value-of select="$i/replikasi/cara"/></xsl:if>
        <xsl:if test="string($i/replikasi/perubahan) != ''"><br/>Perubahan: <xsl:value-of select="$i/replikasi/perubahan"/></xsl:if>
      </td></tr>
    </table>
    <h2>Capaian</h2>
    <xsl:call-template name="capaian"><xsl:with-param name="c" select="$i/capaian"/></xsl:call-template>
    <xsl:if test="$i/capaian/indikator">
      <h2>Indikator</h2>
      <xsl:call-template name="tabel-indikator"><xsl:with-param name="c" select="$i/capaian"/></xsl:call-template>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
