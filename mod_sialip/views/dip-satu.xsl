<?xml version="1.0" encoding="UTF-8"?>
<!-- One published DIP entry with every column of the Daftar Informasi
     Publik (dip_cari.c, /ppid/dip/{id}); the list links here. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="e" select="dip/entri"/>
    <p><a href="{$dasar}/dip">Kembali ke Daftar Informasi Publik</a></p>
    <table class="entri-dip-rinci" id="dip-{$e/@id}">
      <tr><th scope="row">Nomor</th><td class="nomor-dip"><xsl:value-of select="$e/nomor"/></td></tr>
      <tr><th scope="row">Ringkasan isi informasi</th><td class="ringkasan"><xsl:value-of select="$e/ringkasan"/></td></tr>
      <tr><th scope="row">Kategori</th><td class="kategori"><xsl:value-of select="$e/kategori_label"/></td></tr>
      <tr><th scope="row">Perangkat daerah</th><td class="opd"><xsl:value-of select="$e/opd"/></td></tr>
      <tr><th scope="row">Pejabat/unit yang menguasai informasi</th><td><xsl:value-of select="$e/pejabat_penguasa"/></td></tr>
      <tr><th scope="row">Penanggung jawab pembuatan/penerbitan</th><td><xsl:value-of select="$e/penanggung_jawab"/></td></tr>
      <tr><th scope="row">Waktu dan tempat pembuatan</th><td><xsl:value-of select="$e/waktu_tempat"/></td></tr>
      <tr><th scope="row">Bentuk/format</th><td><xsl:value-of select="$e/bentuk"/></td></tr>
      <tr><th scope="row">Jangka waktu penyimpanan</th><td><xsl:value-of select="$e/retensi"/></td></tr>
      <tr><th scope="row">Tahun</th><td><xsl:value-of select="$e/tahun"/></td></tr>
      <tr><th scope="row">Informasi</th>
        <td>
          <xsl:if test="$e/tautan"><a href="{$e/tautan}" rel="noopener noreferrer">Buka tautan</a></xsl:if>
          <xsl:if test="$e/tautan and $e/berkas"> · </xsl:if>
          <xsl:if test="$e/berkas"><a href="{$e/berkas/@href}" class="unduh">Unduh dokumen</a></xsl:if>
          <xsl:if test="not($e/tautan) and not($e/berkas)">Tersedia atas
            <a href="{$dasar}/permohonan/baru">permohonan informasi</a></xsl:if>
        </td></tr>
      <tr><th scope="row">Tanggal mutakhir</th><td><time datetime="{$e/mutakhir/@iso}"><xsl:value-of select="$e/mutakhir"/></time></td></tr>
    </table>
  </xsl:template>
</xsl:stylesheet>
