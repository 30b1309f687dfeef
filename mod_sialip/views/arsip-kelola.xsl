<?xml version="1.0" encoding="UTF-8"?>
<!-- Officers: answered requests in scope and their place in the public
     archive (arsip_kelola.c). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="k" select="arsip_kelola"/>
    <p>Permohonan yang sudah mendapat pemberitahuan tertulis dapat diterbitkan di
      <a href="{$dasar}/arsip">arsip jawaban</a> setelah data pribadi pemohon dihapus
      dari teksnya, atau ditahan dengan alasan.</p>
    <form method="get" action="{$dasar}/admin/arsip" class="formulir saring">
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">status</xsl:with-param>
        <xsl:with-param name="label">Status di arsip</xsl:with-param>
        <xsl:with-param name="kosong">Semua</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Tampilkan</button>
    </form>
    <p><strong><xsl:value-of select="$k/@total"/></strong> permohonan.</p>
    <table class="susun">
        <thead><tr><th>Nomor</th><th>Teks</th><th>Hasil</th><th>Pemberitahuan</th><th>Arsip</th></tr></thead>
        <tbody>
          <xsl:for-each select="$k/permohonan">
            <tr class="arsip-{@status}">
              <td data-label="Nomor"><a href="{$dasar}/admin/arsip/{@nomor}"><xsl:value-of select="@nomor"/></a></td>
              <td data-label="Teks"><xsl:value-of select="teks"/></td>
              <td data-label="Hasil"><xsl:value-of select="keputusan"/></td>
              <td data-label="Pemberitahuan"><xsl:value-of select="diputus"/></td>
              <td data-label="Arsip"><xsl:value-of select="status_label"/></td>
            </tr>
          </xsl:for-each>
        </tbody>
      </table>
    <xsl:apply-templates select="$k/halaman_daftar"/>
  </xsl:template>
</xsl:stylesheet>
