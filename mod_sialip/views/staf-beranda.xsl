<?xml version="1.0" encoding="UTF-8"?>
<!-- The staff home: per role, the work that waits (counted within the
     officer's scope) with a link to it; links only to pages the role may
     open. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <p>Selamat datang, <strong class="nama-pengguna"><xsl:value-of select="konteks/pengguna/@nama"/></strong>.</p>
    <xsl:for-each select="staf/peran">
      <section class="kotak antrean-peran" id="peran-{@kode}">
        <h2><xsl:value-of select="@nama"/></h2>
        <xsl:if test="antrean">
          <ul class="antrean">
            <xsl:for-each select="antrean">
              <li class="antrean-{@kode}">
                <xsl:if test="(@jumlah != '0' and (@kode = 'lewat' or @kode = 'putusan_lewat' or @kode = 'opd_tanpa_petugas')) or @kode = 'libur'">
                  <xsl:attribute name="class">antrean-<xsl:value-of select="@kode"/> tempo-lewat</xsl:attribute>
                </xsl:if>
                <xsl:if test="@jumlah">
                  <strong class="jumlah" data-kode="{@kode}"><xsl:value-of select="@jumlah"/></strong>
                  <xsl:text> </xsl:text>
                </xsl:if>
                <xsl:choose>
                  <xsl:when test="@href"><a href="{@href}"><xsl:value-of select="text()"/></a></xsl:when>
                  <xsl:otherwise><xsl:value-of select="text()"/></xsl:otherwise>
                </xsl:choose>
                <xsl:if test="butir">
                  <ul>
                    <xsl:for-each select="butir">
                      <li><a href="{@href}"><xsl:value-of select="."/></a>
                        <xsl:if test="@periode"> (<xsl:value-of select="@opd"/>, <xsl:value-of select="@periode"/>)</xsl:if>
                        <xsl:if test="@tempo"> — batas <xsl:value-of select="@tempo"/></xsl:if></li>
                    </xsl:for-each>
                    <xsl:if test="@jumlah > count(butir)">
                      <li>… dan <xsl:value-of select="@jumlah - count(butir)"/> lainnya</li>
                    </xsl:if>
                  </ul>
                </xsl:if>
              </li>
            </xsl:for-each>
          </ul>
        </xsl:if>
        <!-- Where each role works next; the same roles as the menu. -->
        <p class="tautan-peran">
          <xsl:choose>
            <xsl:when test="@kode = 'ppid_utama'">
              <a href="{$dasar}/admin/permohonan">Semua permohonan</a> ·
              <a href="{$dasar}/admin/permohonan/baru">Catat permohonan datang/surat/e-mail/telepon</a> ·
              <a href="{$dasar}/admin/keberatan">Keberatan</a>
            </xsl:when>
            <xsl:when test="@kode = 'ppid_pelaksana'">
              <a href="{$dasar}/admin/permohonan">Permohonan OPD Anda</a> ·
              <a href="{$dasar}/admin/dip">Daftar informasi publik OPD Anda</a>
            </xsl:when>
            <xsl:when test="@kode = 'atasan_ppid'">
              <a href="{$dasar}/admin/keberatan">Semua keberatan</a> ·
              <a href="{$dasar}/admin/register/keberatan">Register keberatan</a>
            </xsl:when>
            <xsl:when test="@kode = 'admin'">
              <a href="{$dasar}/admin/pengguna">Pengguna</a> ·
              <a href="{$dasar}/admin/opd">OPD</a> ·
              <a href="{$dasar}/admin/libur">Hari libur</a>
            </xsl:when>
            <xsl:when test="@kode = 'pimpinan'">
              <xsl:if test="$alamat-inovasi"><a href="{$alamat-inovasi}/dasbor">Dasbor inovasi daerah</a> · </xsl:if>
              <a href="{$dasar}/admin/laporan">Laporan tahunan layanan informasi</a>
            </xsl:when>
            <xsl:when test="$alamat-inovasi and (@kode = 'evaluator' or @kode = 'opd_inovasi')">
              <a href="{$alamat-inovasi}/dasbor">Dasbor inovasi</a> ·
              <a href="{$alamat-inovasi}/admin/">Daftar inovasi</a>
            </xsl:when>
          </xsl:choose>
        </p>
      </section>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
