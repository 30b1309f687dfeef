<?xml version="1.0" encoding="UTF-8"?>
<!-- An exempt-list entry: the uji konsekuensi decision. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:variable name="e" select="/halaman/dikecualikan_entri"/>

  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/dikecualikan">Kembali ke daftar</a></p>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <xsl:if test="$e/mutakhir"><p>Terakhir diubah: <xsl:value-of select="$e/mutakhir"/></p></xsl:if>
    <form method="post" action="{$e/@aksi}" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:choose>
        <xsl:when test="$e/@semua_opd">
          <xsl:call-template name="isian-pilih">
            <xsl:with-param name="nama">opd_id</xsl:with-param>
            <xsl:with-param name="label">Perangkat daerah</xsl:with-param>
            <xsl:with-param name="kosong">Pilih OPD</xsl:with-param>
          </xsl:call-template>
        </xsl:when>
        <xsl:otherwise>
          <p><strong>Perangkat daerah:</strong><xsl:text> </xsl:text>
            <xsl:value-of select="$e/pilihan[@untuk = 'opd_id']/opsi[@nilai = $e/isian/nilai[@nama = 'opd_id']]"/></p>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="isian-area">
        <xsl:with-param name="nama">informasi</xsl:with-param>
        <xsl:with-param name="label">Informasi yang dikecualikan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">pasal17_huruf</xsl:with-param>
        <xsl:with-param name="label">Dasar pengecualian (UU 14/2008 Pasal 17)</xsl:with-param>
        <xsl:with-param name="kosong">Pilih huruf</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-area">
        <xsl:with-param name="nama">dasar_hukum</xsl:with-param>
        <xsl:with-param name="label">Dasar hukum</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-area">
        <xsl:with-param name="nama">konsekuensi</xsl:with-param>
        <xsl:with-param name="label">Konsekuensi bila informasi dibuka (uji konsekuensi)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-area">
        <xsl:with-param name="nama">kepentingan_publik</xsl:with-param>
        <xsl:with-param name="label">Pertimbangan kepentingan publik yang lebih besar (UU 14/2008 Pasal 2 ayat 4)</xsl:with-param>
      </xsl:call-template>
      <h2>Penetapan klasifikasi (PP 61/2010)</h2>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">diputuskan_oleh</xsl:with-param>
        <xsl:with-param name="label">PPID yang memutuskan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">unit_pengolah</xsl:with-param>
        <xsl:with-param name="label">Unit pengolah informasi</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-area">
        <xsl:with-param name="nama">alasan_penetapan</xsl:with-param>
        <xsl:with-param name="label">Alasan penetapan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">tempat_penetapan</xsl:with-param>
        <xsl:with-param name="label">Tempat penetapan</xsl:with-param>
      </xsl:call-template>
      <xsl:if test="$e/@semua_opd">
        <xsl:call-template name="isian-centang">
          <xsl:with-param name="nama">seluruh_kabupaten</xsl:with-param>
          <xsl:with-param name="label">Berlaku untuk seluruh perangkat daerah (dapat dikutip pemberitahuan OPD mana pun)</xsl:with-param>
        </xsl:call-template>
      </xsl:if>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">jangka_waktu</xsl:with-param>
        <xsl:with-param name="label">Jangka waktu pengecualian</xsl:with-param>
        <xsl:with-param name="bantuan">Misalnya: 5 tahun sejak ditetapkan.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">ditetapkan_pada</xsl:with-param>
        <xsl:with-param name="label">Tanggal penetapan</xsl:with-param>
        <xsl:with-param name="jenis">date</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">berlaku_sampai</xsl:with-param>
        <xsl:with-param name="label">Berlaku sampai</xsl:with-param>
        <xsl:with-param name="jenis">date</xsl:with-param>
        <xsl:with-param name="bantuan">Wajib untuk huruf a sampai f; kosongkan untuk pengecualian tanpa batas waktu (huruf g sampai j).</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Simpan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
