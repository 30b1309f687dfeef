<?xml version="1.0" encoding="UTF-8"?>
<!-- An innovation's LAN Laboratorium Inovasi stages with their dates and the
     day it stopped running (monitoring continues until then). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="siklus"/>
    <xsl:variable name="boleh" select="$peran = 'opd_inovasi' or $peran = 'evaluator'"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/inovasi/{$s/@id}">← <xsl:value-of select="$s/nama"/></a></p>
    <div class="kotak info">
      <p>Tahap Laboratorium Inovasi LAN: Drum-up, Diagnose, Design, Deliver, Display. Isi tanggal
        setiap tahap yang sudah dicapai (urut, tidak mundur).</p>
      <p>Pemantauan berlanjut pada tahun-tahun setelah tahun pendaftaran (<xsl:value-of select="$s/@tahun"/>)
        selama inovasi berjalan; isi tanggal berakhir bila inovasi dihentikan.</p>
    </div>
    <xsl:if test="$s/galat">
      <div class="kotak galat" role="alert"><p>Belum tersimpan. Perbaiki isian yang ditandai.</p></div>
    </xsl:if>
    <!-- Only the roles that may save get a form: a form others could send
         would only answer "Akses ditolak". -->
    <xsl:choose>
      <xsl:when test="$boleh">
      <form method="post" action="{$dasar}/admin/inovasi/{$s/@id}/siklus" class="formulir" novalidate="novalidate">
        <xsl:call-template name="csrf"/>
        <xsl:for-each select="$s/tahap">
          <xsl:variable name="nama" select="concat('lab_', @kode)"/>
          <label for="{$nama}"><xsl:value-of select="."/></label>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
          <input type="date" id="{$nama}" name="{$nama}" value="{$s/isian/nilai[@nama = $nama]}">
            <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
          </input>
        </xsl:for-each>
        <label for="berakhir">Tanggal berakhir (kosong: masih berjalan)</label>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">berakhir</xsl:with-param></xsl:call-template>
        <input type="date" id="berakhir" name="berakhir" value="{$s/isian/nilai[@nama = 'berakhir']}">
          <xsl:call-template name="kelas-salah"><xsl:with-param name="nama">berakhir</xsl:with-param></xsl:call-template>
        </input>
        <button type="submit">Simpan</button>
      </form>
      </xsl:when>
      <xsl:otherwise>
        <dl class="siklus-baca">
          <xsl:for-each select="$s/tahap">
            <xsl:variable name="nama" select="concat('lab_', @kode)"/>
            <dt><xsl:value-of select="."/></dt>
            <dd><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$s/isian/nilai[@nama = $nama]"/></xsl:call-template>
              <xsl:if test="not(string($s/isian/nilai[@nama = $nama]))">belum</xsl:if></dd>
          </xsl:for-each>
          <dt>Tanggal berakhir</dt>
          <dd><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$s/isian/nilai[@nama = 'berakhir']"/></xsl:call-template>
            <xsl:if test="not(string($s/isian/nilai[@nama = 'berakhir']))">masih berjalan</xsl:if></dd>
        </dl>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
