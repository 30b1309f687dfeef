<?xml version="1.0" encoding="UTF-8"?>
<!-- The public Daftar Informasi Publik: published entries only, with a
     search form (text, category, OPD, year) and page links that keep the
     filters. No personal data: officers' accounts are never shown. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <p>Daftar Informasi Publik (DIP) memuat informasi yang wajib disediakan dan
      diumumkan secara berkala, serta merta, dan tersedia setiap saat
      (UU 14/2008 Pasal 9 sampai 11). Informasi yang tidak tersedia di sini dapat
      diminta melalui <a href="{$dasar}/permohonan/baru">permohonan informasi</a>.
      Lihat juga <a href="{$dasar}/dikecualikan">Daftar Informasi yang Dikecualikan</a>.</p>
    <form method="get" action="{$dasar}/dip" class="formulir saring" role="search">
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">q</xsl:with-param>
        <xsl:with-param name="label">Cari (nomor, ringkasan, pejabat)</xsl:with-param>
        <xsl:with-param name="jenis">search</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">kategori</xsl:with-param>
        <xsl:with-param name="label">Kategori</xsl:with-param>
        <xsl:with-param name="kosong">Semua kategori</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">opd</xsl:with-param>
        <xsl:with-param name="label">Perangkat daerah</xsl:with-param>
        <xsl:with-param name="kosong">Semua perangkat daerah</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">tahun</xsl:with-param>
        <xsl:with-param name="label">Tahun</xsl:with-param>
        <xsl:with-param name="kosong">Semua tahun</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Tampilkan</button>
    </form>

    <p class="jumlah-hasil"><strong><xsl:value-of select="dip/@total"/></strong> entri
      ditemukan. <a href="{dip/@xml}">Unduh daftar ini sebagai XML</a></p>

    <xsl:choose>
      <xsl:when test="dip/entri">
        <xsl:apply-templates select="dip/entri"/>
      </xsl:when>
      <xsl:otherwise>
        <p class="kotak">Tidak ada entri yang cocok dengan pencarian ini.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="dip/halaman_daftar"/>
  </xsl:template>

  <xsl:template match="entri">
    <article class="kotak entri-dip" id="dip-{@id}">
      <h2><xsl:value-of select="nomor"/></h2>
      <table>
        <tr><th scope="row">Ringkasan isi informasi</th><td class="ringkasan"><xsl:value-of select="ringkasan"/></td></tr>
        <tr><th scope="row">Kategori</th><td class="kategori"><xsl:value-of select="kategori_label"/></td></tr>
        <tr><th scope="row">Perangkat daerah</th><td class="opd"><xsl:value-of select="opd"/></td></tr>
        <tr><th scope="row">Pejabat/unit yang menguasai informasi</th><td><xsl:value-of select="pejabat_penguasa"/></td></tr>
        <tr><th scope="row">Penanggung jawab pembuatan/penerbitan</th><td><xsl:value-of select="penanggung_jawab"/></td></tr>
        <tr><th scope="row">Waktu dan tempat pembuatan</th><td><xsl:value-of select="waktu_tempat"/></td></tr>
        <tr><th scope="row">Bentuk/format</th><td><xsl:value-of select="bentuk"/></td></tr>
        <tr><th scope="row">Jangka waktu penyimpanan</th><td><xsl:value-of select="retensi"/></td></tr>
        <tr><th scope="row">Tahun</th><td><xsl:value-of select="tahun"/></td></tr>
        <tr><th scope="row">Informasi</th>
          <td>
            <xsl:if test="tautan"><a href="{tautan}" rel="noopener noreferrer">Buka tautan</a></xsl:if>
            <xsl:if test="tautan and berkas"> · </xsl:if>
            <xsl:if test="berkas"><a href="{berkas/@href}" class="unduh">Unduh dokumen</a></xsl:if>
            <xsl:if test="not(tautan) and not(berkas)">Tersedia atas permohonan</xsl:if>
          </td></tr>
        <tr><th scope="row">Tanggal mutakhir</th><td><time datetime="{mutakhir/@iso}"><xsl:value-of select="mutakhir"/></time></td></tr>
      </table>
    </article>
  </xsl:template>
</xsl:stylesheet>
