<?xml version="1.0" encoding="UTF-8"?>
<!-- The officers' DIP entries (PPID Pelaksana: its OPD's; PPID Utama: all),
     those waiting for review first. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <p><a class="tombol" href="{$dasar}/admin/dip/baru">Tambah entri DIP</a>
      <xsl:text> </xsl:text><a href="{$dasar}/dip">Lihat DIP publik</a></p>
    <form method="get" action="{$dasar}/admin/dip" class="formulir saring">
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">status</xsl:with-param>
        <xsl:with-param name="label">Status</xsl:with-param>
        <xsl:with-param name="kosong">Semua status</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Tampilkan</button>
    </form>
    <p><strong><xsl:value-of select="dip/@total"/></strong> entri.</p>
    <xsl:if test="dip/@berkala_usang &gt; 0">
      <div class="kotak galat" role="status" id="berkala-usang">
        <p><strong><xsl:value-of select="dip/@berkala_usang"/></strong> informasi berkala belum
          dimutakhirkan lebih dari 6 bulan (UU 14/2008 Pasal 9). Tarik, perbarui, dan terbitkan
          kembali entri yang ditandai.</p>
      </div>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="dip/entri">
        <table class="daftar">
          <thead>
            <tr><th scope="col">Nomor</th><th scope="col">Ringkasan</th>
              <xsl:if test="dip/@semua_opd"><th scope="col">OPD</th></xsl:if>
              <th scope="col">Tahun</th><th scope="col">Status</th><th scope="col">Mutakhir</th></tr>
          </thead>
          <tbody>
            <xsl:for-each select="dip/entri">
              <tr class="status-{@status}">
                <td><a href="{$dasar}/admin/dip/{@id}"><xsl:value-of select="nomor"/></a></td>
                <td><xsl:value-of select="ringkasan"/><br/><small><xsl:value-of select="kategori_label"/></small></td>
                <xsl:if test="../@semua_opd"><td><xsl:value-of select="opd"/></td></xsl:if>
                <td><xsl:value-of select="tahun"/></td>
                <td class="status"><xsl:value-of select="status_label"/></td>
                <td><xsl:value-of select="mutakhir"/>
                  <xsl:if test="@usang"><xsl:text> </xsl:text><span class="label lewat">lebih dari 6 bulan</span></xsl:if></td>
              </tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:when>
      <xsl:otherwise><p class="kotak">Belum ada entri.</p></xsl:otherwise>
    </xsl:choose>
    <xsl:apply-templates select="dip/halaman_daftar"/>
  </xsl:template>
</xsl:stylesheet>
