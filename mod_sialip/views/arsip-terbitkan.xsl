<?xml version="1.0" encoding="UTF-8"?>
<!-- Officers: publish a request in the archive, or withhold it
     (arsip_kelola.c). The original text is shown with the likely personal
     data marked; the box holds the text to publish. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="t" select="arsip_terbitkan"/>
    <p><a href="{$dasar}/admin/arsip">Daftar arsip</a> ·
      <a href="{$dasar}/admin/permohonan/{$t/@nomor}">Buka permohonan</a></p>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <section class="kotak" id="status-arsip">
      <xsl:choose>
        <xsl:when test="$t/@status = 'terbit'">
          <p>Permohonan ini <strong>terbit</strong> di
            <a href="{$dasar}/arsip/{$t/@nomor}">arsip publik</a>
            (diubah <xsl:value-of select="$t/keputusan_arsip/diubah"/> oleh
            <xsl:value-of select="$t/keputusan_arsip/oleh"/>).</p>
        </xsl:when>
        <xsl:when test="$t/@status = 'ditahan'">
          <p>Permohonan ini <strong>ditahan</strong> dari arsip publik
            (<xsl:value-of select="$t/keputusan_arsip/diubah"/>, <xsl:value-of select="$t/keputusan_arsip/oleh"/>).
            Alasan: <xsl:value-of select="$t/keputusan_arsip/alasan_tahan"/></p>
        </xsl:when>
        <xsl:otherwise><p>Permohonan ini belum diputuskan untuk arsip publik.</p></xsl:otherwise>
      </xsl:choose>
      <p>Hasil: <xsl:value-of select="$t/keputusan"/>
        <xsl:if test="$t/pasal17"> (Pasal 17 huruf <xsl:value-of select="$t/pasal17/@huruf"/>)</xsl:if></p>
    </section>

    <h2>Teks asli permohonan</h2>
    <xsl:if test="$t/jenis_tanda">
      <p class="kotak peringatan" role="note">Bagian yang <mark>ditandai</mark> kemungkinan
        data pribadi pemohon (NIK, nomor telepon, alamat e-mail, nama). Data tersebut tidak
        boleh ikut diterbitkan.</p>
    </xsl:if>
    <blockquote class="teks-asli">
      <xsl:for-each select="$t/asli/*">
        <xsl:choose>
          <xsl:when test="self::tanda">
            <mark class="tanda-{@jenis}" title="{@jenis}"><xsl:value-of select="."/></mark>
          </xsl:when>
          <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
        </xsl:choose>
      </xsl:for-each>
    </blockquote>

    <h2>Terbitkan di arsip publik</h2>
    <form method="post" action="{$dasar}/admin/arsip/{$t/@nomor}/terbitkan" class="formulir" id="form-terbitkan">
      <xsl:call-template name="csrf"/>
      <label for="teks">Teks yang diterbitkan</label>
      <p class="bantuan">Teks asli tetap tersimpan. Bagian yang ditandai sudah diganti
        dengan [dihapus]; periksa kembali sebelum menerbitkan.</p>
      <textarea id="teks" name="teks" rows="8">
        <xsl:call-template name="isian-kelas"><xsl:with-param name="nama">teks</xsl:with-param></xsl:call-template>
        <xsl:value-of select="$t/isian/nilai[@nama = 'teks']"/>
      </textarea>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">teks</xsl:with-param></xsl:call-template>
      <xsl:if test="$t/dokumen">
        <fieldset>
          <legend>Dokumen yang diberikan dan boleh diumumkan</legend>
          <xsl:for-each select="$t/dokumen">
            <p>
              <input type="checkbox" id="berkas-{@id}" name="berkas" value="{@id}">
                <xsl:if test="@publik"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
              </input>
              <xsl:text> </xsl:text>
              <label for="berkas-{@id}" class="sebaris"><xsl:value-of select="nama"/>
                (<xsl:value-of select="@mime"/>)</label>
            </p>
          </xsl:for-each>
        </fieldset>
      </xsl:if>
      <button type="submit">Terbitkan di arsip</button>
    </form>

    <h2>Tahan dari arsip</h2>
    <form method="post" action="{$dasar}/admin/arsip/{$t/@nomor}/tahan" class="formulir" id="form-tahan">
      <xsl:call-template name="csrf"/>
      <label for="alasan">Alasan permohonan ini tidak diterbitkan</label>
      <textarea id="alasan" name="alasan" rows="3">
        <xsl:call-template name="isian-kelas"><xsl:with-param name="nama">alasan</xsl:with-param></xsl:call-template>
        <xsl:value-of select="$t/isian/nilai[@nama = 'alasan']"/>
      </textarea>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">alasan</xsl:with-param></xsl:call-template>
      <button type="submit">Tahan dari arsip</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
