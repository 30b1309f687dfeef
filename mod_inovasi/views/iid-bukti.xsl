<?xml version="1.0" encoding="UTF-8"?>
<!-- Evidence (bukti dukung) per IID indicator of an innovation (SID) or of
     the regency (SPD): upload for a claimed level, Bappeda verifies or
     returns each with a note; the highest verified level scores. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="b" select="iid-bukti"/>
    <xsl:call-template name="menu-inovasi"/>
    <p>
      <xsl:if test="$b/@id"><a href="{$dasar}/admin/inovasi/{$b/@id}">← <xsl:value-of select="$b/nama"/></a> · </xsl:if>
      <a href="{$dasar}/admin/iid/{$b/@tahun}">Katalog IID <xsl:value-of select="$b/@tahun"/></a>
    </p>
    <div class="kotak info">
      <p>Unggah bukti dukung (PDF, JPEG, PNG) atau tautan untuk tingkat yang diklaim. Bappeda
        memverifikasi atau mengembalikan dengan catatan; tingkat tertinggi yang terverifikasi
        yang dinilai.</p>
    </div>
    <xsl:if test="$b/@ditolak">
      <p class="kotak galat" id="ditolak">Laporan IID inovasi ini ditolak: <xsl:value-of select="$b/catatan-tolak"/>.
        Nilainya 0, tetapi tetap dihitung dalam pembagi.</p>
    </xsl:if>
    <xsl:if test="$b/@tanpa_katalog">
      <p class="kotak galat">Belum ada katalog IID tahun <xsl:value-of select="$b/@tahun"/>.</p>
    </xsl:if>
    <xsl:if test="$b/galat">
      <div class="kotak galat" role="alert"><p>Belum tersimpan. Perbaiki isian yang ditandai.</p>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">catatan_tolak</xsl:with-param></xsl:call-template></div>
    </xsl:if>
    <xsl:for-each select="$b/indikator">
      <xsl:variable name="no" select="@nomor"/>
      <section id="indikator-{$no}" class="iid-indikator">
        <h2><xsl:value-of select="$no"/>. <xsl:value-of select="nama"/><xsl:if test="@wajib = '1'"> (wajib)</xsl:if></h2>
        <p>Tingkat terverifikasi: <strong class="terverifikasi"><xsl:value-of select="@terverifikasi"/></strong>
          · bukti: <xsl:value-of select="@jenis_bukti"/></p>
        <ol>
          <xsl:for-each select="level"><li><xsl:value-of select="."/> (skor <xsl:value-of select="translate(@skor, '.', ',')"/>)</li></xsl:for-each>
        </ol>
        <xsl:for-each select="bukti">
          <div class="kotak">
            <p>Tingkat <xsl:value-of select="@level"/>: <strong><xsl:value-of select="@status"/></strong>
              <xsl:if test="@tautan"> · <a href="{@tautan}" rel="noopener noreferrer">tautan</a></xsl:if>
              <xsl:if test="@berkas"> · <a href="{$b/@url}/{$no}/{@level}/berkas"><xsl:value-of select="@berkas"/></a></xsl:if></p>
            <xsl:if test="catatan != ''"><p>Catatan Bappeda: <xsl:value-of select="catatan"/></p></xsl:if>
            <xsl:if test="$b/@boleh_periksa and @status = 'diajukan' and not(@milik_saya)">
              <form method="post" action="{$b/@url}/{$no}/periksa" class="formulir" novalidate="novalidate">
                <xsl:call-template name="csrf"/>
                <input type="hidden" name="level" value="{@level}"/>
                <label for="catatan-{$no}-{@level}">Catatan (wajib bila dikembalikan)</label>
                <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('catatan_', $no)"/></xsl:call-template>
                <textarea id="catatan-{$no}-{@level}" name="catatan_{$no}" rows="2"></textarea>
                <button type="submit" name="aksi" value="verifikasi">Verifikasi</button>
                <xsl:text> </xsl:text>
                <button type="submit" name="aksi" value="kembalikan">Kembalikan</button>
              </form>
            </xsl:if>
          </div>
        </xsl:for-each>
        <xsl:if test="$b/@boleh_ajukan">
          <form method="post" action="{$b/@url}/{$no}" class="formulir" enctype="multipart/form-data" novalidate="novalidate">
            <xsl:call-template name="csrf"/>
            <label for="level-{$no}">Tingkat yang dibuktikan</label>
            <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('level_', $no)"/></xsl:call-template>
            <select id="level-{$no}" name="level">
              <xsl:for-each select="level"><option value="{@no}"><xsl:if test="../isian/nilai[@nama = 'level'] = @no"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="@no"/>: <xsl:value-of select="."/></option></xsl:for-each>
            </select>
            <label for="tautan-{$no}">Tautan bukti</label>
            <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('tautan_', $no)"/></xsl:call-template>
            <input type="url" id="tautan-{$no}" name="tautan" value="{isian/nilai[@nama = 'tautan']}"/>
            <label for="berkas-{$no}">atau berkas (PDF, JPEG, PNG)</label>
            <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('berkas_', $no)"/></xsl:call-template>
            <input type="file" id="berkas-{$no}" name="berkas" accept="application/pdf,image/jpeg,image/png"/>
            <button type="submit">Ajukan bukti</button>
          </form>
        </xsl:if>
      </section>
    </xsl:for-each>
    <xsl:if test="$b/@id and $b/@boleh_periksa">
      <h2>Status laporan IID inovasi ini</h2>
      <form method="post" action="{$b/@url}/tolak" class="formulir" novalidate="novalidate">
        <xsl:call-template name="csrf"/>
        <label for="catatan_tolak">Alasan penolakan</label>
        <textarea id="catatan_tolak" name="catatan_tolak" rows="2"></textarea>
        <xsl:choose>
          <xsl:when test="$b/@ditolak"><button type="submit" name="ditolak" value="0">Batalkan penolakan</button></xsl:when>
          <xsl:otherwise><button type="submit" name="ditolak" value="1">Tolak laporan IID</button></xsl:otherwise>
        </xsl:choose>
      </form>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
