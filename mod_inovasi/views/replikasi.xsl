<?xml version="1.0" encoding="UTF-8"?>
<!-- The regions that replicated an innovation, with evidence, the IID level
     that gives (1 / 2 / 3+), and the ATM replications inside the regency. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="r" select="replikasi"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/inovasi/{$r/@id}">← <xsl:value-of select="$r/nama"/></a></p>
    <p>Daerah lain yang mereplikasi: <strong><xsl:value-of select="$r/@daerah"/></strong>
      · tingkat indikator IID replikasi: <strong id="level-iid"><xsl:value-of select="$r/@level_iid"/></strong> (1, 2, atau 3 untuk tiga daerah atau lebih)</p>
    <xsl:if test="$r/galat">
      <div class="kotak galat" role="alert"><p>Belum tersimpan. Perbaiki isian yang ditandai.</p></div>
    </xsl:if>
    <table>
      <tr><th>Daerah</th><th>Tahun</th><th>Bukti</th><xsl:if test="$r/@boleh_ubah"><th></th></xsl:if></tr>
      <xsl:for-each select="$r/replikasi">
        <tr><td><xsl:value-of select="."/></td><td><xsl:value-of select="@tahun"/></td>
          <td><xsl:if test="@tautan"><a href="{@tautan}" rel="noopener noreferrer">tautan</a></xsl:if>
            <xsl:if test="@berkas"><a href="{$dasar}/admin/inovasi/{$r/@id}/replikasi/{@rid}/berkas"><xsl:value-of select="@berkas"/></a></xsl:if></td>
          <xsl:if test="$r/@boleh_ubah"><td>
            <form method="post" action="{$dasar}/admin/inovasi/{$r/@id}/replikasi/{@rid}/hapus">
              <xsl:call-template name="csrf"/><button type="submit">Hapus</button></form></td></xsl:if></tr>
      </xsl:for-each>
    </table>
    <h2>Replikasi di dalam kabupaten (ATM)</h2>
    <ul>
      <xsl:for-each select="$r/atm"><li><a href="{$dasar}/admin/inovasi/{@inovasi}"><xsl:value-of select="."/></a> (<xsl:value-of select="@opd"/>)</li></xsl:for-each>
      <xsl:if test="not($r/atm)"><li>Belum ada.</li></xsl:if>
    </ul>
    <xsl:if test="$r/@boleh_ubah">
      <h2>Catat daerah yang mereplikasi</h2>
      <form method="post" action="{$dasar}/admin/inovasi/{$r/@id}/replikasi" class="formulir" enctype="multipart/form-data" novalidate="novalidate">
        <xsl:call-template name="csrf"/>
        <label for="daerah">Daerah (kabupaten/kota/provinsi)</label>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">daerah</xsl:with-param></xsl:call-template>
        <input type="text" id="daerah" name="daerah" value="{$r/isian/nilai[@nama = 'daerah']}"/>
        <label for="tahun">Tahun</label>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">tahun</xsl:with-param></xsl:call-template>
        <input type="text" id="tahun" name="tahun" inputmode="numeric" value="{$r/isian/nilai[@nama = 'tahun']}"/>
        <label for="tautan">Tautan bukti</label>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">tautan</xsl:with-param></xsl:call-template>
        <input type="url" id="tautan" name="tautan" value="{$r/isian/nilai[@nama = 'tautan']}"/>
        <label for="berkas">atau berkas (PDF, JPEG, PNG)</label>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">berkas</xsl:with-param></xsl:call-template>
        <input type="file" id="berkas" name="berkas" accept="application/pdf,image/jpeg,image/png"/>
        <button type="submit">Catat</button>
      </form>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
