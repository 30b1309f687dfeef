<?xml version="1.0" encoding="UTF-8"?>
<!-- Recording the real delivery of the information after the notice. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="penyerahan"/>
    <p><a href="{$dasar}/admin/permohonan/{$s/@nomor}#pemberitahuan">Kembali ke permohonan</a></p>
    <p>Pemberitahuan tertulis <xsl:value-of select="$s/@pemberitahuan"/>:
      <xsl:value-of select="$s/keputusan"/> (<xsl:value-of select="$s/diterbitkan"/>).</p>
    <xsl:if test="$s/kebutuhan_khusus">
      <div class="kotak peringatan kebutuhan-khusus" role="note"><p><strong>Kebutuhan khusus pemohon:</strong>
        <xsl:value-of select="$s/kebutuhan_khusus/@teks"/>. Serahkan informasi dalam bentuk atau dengan bantuan ini.</p></div>
    </xsl:if>
    <form method="post" action="{$dasar}/admin/permohonan/{$s/@nomor}/penyerahan" class="formulir">
      <xsl:call-template name="csrf"/>
      <label for="diserahkan">Waktu informasi diserahkan kepada pemohon (WIB)</label>
      <p class="bantuan" id="diserahkan-bantuan">Tahun-bulan-tanggal jam:menit, misalnya 2026-04-06 10:00.</p>
      <input id="diserahkan" name="diserahkan" type="text" aria-describedby="diserahkan-bantuan" value="{$s/isian/nilai[@nama = 'diserahkan']}"/>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">diserahkan</xsl:with-param></xsl:call-template>
      <button type="submit">Simpan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
