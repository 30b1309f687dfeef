<?xml version="1.0" encoding="UTF-8"?>
<!-- PPID Utama closes a part its OPD never answered, on the OPD's behalf. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="t" select="tutup_bagian"/>
    <p><a href="{$dasar}/admin/permohonan/{$t/@nomor}#disposisi">Kembali ke permohonan</a></p>
    <p>Bagian ini tetap tercatat sebagai milik <xsl:value-of select="$t/@opd"/> dan dihitung
      sebagai bagian yang tidak dijawab OPD pada statistik.</p>
    <form method="post" action="{$dasar}/admin/permohonan/{$t/@nomor}/disposisi/{$t/@bagian}/tutup" class="formulir">
      <xsl:call-template name="csrf"/>
      <label for="alasan">Alasan menutup bagian ini</label>
      <textarea id="alasan" name="alasan" rows="3"><xsl:value-of select="$t/isian/nilai[@nama = 'alasan']"/></textarea>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">alasan</xsl:with-param></xsl:call-template>
      <label for="jawaban">Jawaban atas nama OPD</label>
      <textarea id="jawaban" name="jawaban" rows="3"><xsl:value-of select="$t/isian/nilai[@nama = 'jawaban']"/></textarea>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">jawaban</xsl:with-param></xsl:call-template>
      <button type="submit">Tutup bagian</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
