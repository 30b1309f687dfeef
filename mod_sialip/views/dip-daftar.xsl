<?xml version="1.0" encoding="UTF-8"?>
<!-- The public Daftar Informasi Publik: published entries only, one
     compact row each (details on the entry's own page, dip-satu.xsl), with
     a search form (words, category, OPD, year) and page links that keep
     the filters. No personal data: officers' accounts are never shown. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <p>Daftar Informasi Publik (DIP) memuat informasi yang wajib disediakan dan
      diumumkan secara berkala, serta merta, dan tersedia setiap saat
      (UU 14/2008 Pasal 9 sampai 11). Informasi yang tidak tersedia di sini dapat
      diminta melalui <a href="{$dasar}/permohonan/baru">permohonan informasi</a>.
      Lihat juga <a href="{$dasar}/dikecualikan">Daftar Informasi yang Dikecualikan</a>.</p>
    <!-- Each field with its label in one box that wraps as a whole: a
         select is as wide as its longest choice (never cut), up to the
         page's width on a phone. -->
    <form method="get" action="{$dasar}/dip" class="formulir saring-dip" role="search">
      <div class="isian-q">
        <xsl:call-template name="isian-teks">
          <xsl:with-param name="nama">q</xsl:with-param>
          <xsl:with-param name="label">Cari kata (judul, ringkasan, OPD)</xsl:with-param>
          <xsl:with-param name="jenis">search</xsl:with-param>
        </xsl:call-template>
      </div>
      <div>
        <xsl:call-template name="isian-pilih">
          <xsl:with-param name="nama">kategori</xsl:with-param>
          <xsl:with-param name="label">Kategori</xsl:with-param>
          <xsl:with-param name="kosong">Semua kategori</xsl:with-param>
        </xsl:call-template>
      </div>
      <div>
        <xsl:call-template name="isian-pilih">
          <xsl:with-param name="nama">opd</xsl:with-param>
          <xsl:with-param name="label">Perangkat daerah</xsl:with-param>
          <xsl:with-param name="kosong">Semua perangkat daerah</xsl:with-param>
        </xsl:call-template>
      </div>
      <div>
        <xsl:call-template name="isian-pilih">
          <xsl:with-param name="nama">tahun</xsl:with-param>
          <xsl:with-param name="label">Tahun</xsl:with-param>
          <xsl:with-param name="kosong">Semua tahun</xsl:with-param>
        </xsl:call-template>
      </div>
      <div><button type="submit">Tampilkan</button></div>
    </form>

    <p class="jumlah-hasil"><strong><xsl:value-of select="dip/@total"/></strong> entri
      ditemukan<xsl:if test="dip/@sebagian">; tidak ada entri yang memuat semua kata yang
      dicari, berikut entri yang memuat sebagian kata, yang paling cocok lebih dulu</xsl:if>.
      <a href="{dip/@xml}">Unduh daftar ini sebagai XML</a></p>

    <xsl:choose>
      <xsl:when test="dip/entri">
        <ol class="daftar-dip">
          <xsl:apply-templates select="dip/entri"/>
        </ol>
      </xsl:when>
      <xsl:otherwise>
        <p class="kotak">Tidak ada entri yang cocok dengan pencarian ini.</p>
      </xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="dip/halaman_daftar"/>
  </xsl:template>

  <!-- One row per entry: what the information is (its summary, linked to
       the entry's own page with every DIP column), then the OPD, the
       category and the year in a short line. -->
  <xsl:template match="entri">
    <li class="entri-dip" id="dip-{@id}">
      <a class="judul-dip" href="{$dasar}/dip/{@id}"><xsl:value-of select="ringkasan"/></a>
      <span class="meta-dip">
        <abbr class="opd" title="{opd}"><xsl:choose>
          <xsl:when test="opd/@singkatan != ''"><xsl:value-of select="opd/@singkatan"/></xsl:when>
          <xsl:otherwise><xsl:value-of select="opd"/></xsl:otherwise>
        </xsl:choose></abbr>
        <xsl:text> · </xsl:text><span class="kategori"><xsl:choose>
          <xsl:when test="@kategori = 'berkala'">Berkala</xsl:when>
          <xsl:when test="@kategori = 'serta_merta'">Serta merta</xsl:when>
          <xsl:otherwise>Setiap saat</xsl:otherwise>
        </xsl:choose></span>
        <xsl:text> · </xsl:text><span class="tahun"><xsl:value-of select="tahun"/></span>
        <xsl:if test="berkas"> · <a href="{berkas/@href}" class="unduh">Unduh</a></xsl:if>
      </span>
    </li>
  </xsl:template>
</xsl:stylesheet>
