<?xml version="1.0" encoding="UTF-8"?>
<!-- Editing or removing one holiday (admin). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:variable name="h" select="/halaman/libur"/>

  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/libur?tahun={$h/@tahun}">Kembali ke kalender <xsl:value-of select="$h/@tahun"/></a></p>
    <p class="nomor"><xsl:value-of select="$h/tanggal_teks"/></p>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <form method="post" action="{$h/@aksi}" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="isian-radio">
        <xsl:with-param name="nama">jenis</xsl:with-param>
        <xsl:with-param name="label">Jenis</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama hari libur</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">dasar_hukum</xsl:with-param>
        <xsl:with-param name="label">Dasar hukum (tidak wajib)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-centang">
        <xsl:with-param name="nama">libur</xsl:with-param>
        <xsl:with-param name="label">Tidak bekerja (tidak dihitung sebagai hari kerja)</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Simpan</button>
    </form>
    <section class="kotak">
      <p>Menghapus tanggal ini menjadikannya hari kerja biasa (kecuali Sabtu dan Minggu)
        dan menghitung ulang batas waktu yang masih berjalan.</p>
      <xsl:call-template name="tombol-aksi">
        <xsl:with-param name="aksi" select="concat($h/@aksi, '/hapus')"/>
        <xsl:with-param name="label">Hapus hari libur ini</xsl:with-param>
      </xsl:call-template>
    </section>
  </xsl:template>
</xsl:stylesheet>
