<?xml version="1.0" encoding="UTF-8"?>
<!-- Evaluation of one innovation: every evaluator's scores with the
     evidence notes, the mean, spread and rank; the evaluator's own form. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="n" select="penilaian"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/inovasi/{$n/@id}">← <xsl:value-of select="$n/nama"/></a> (<xsl:value-of select="$n/opd"/>)</p>
    <xsl:choose>
      <xsl:when test="$n/ringkasan">
        <table class="ringkas" id="ringkasan-nilai">
          <tr><th>Nilai rata-rata</th><td><strong><xsl:call-template name="angka"><xsl:with-param name="n" select="$n/ringkasan/@rata"/></xsl:call-template></strong>
            </td></tr>
          <tr><th>Sebaran antarpenilai</th><td>simpangan baku <xsl:call-template name="angka"><xsl:with-param name="n" select="$n/ringkasan/@simpangan"/></xsl:call-template>;
            terendah <xsl:call-template name="angka"><xsl:with-param name="n" select="$n/ringkasan/@min"/></xsl:call-template>,
            tertinggi <xsl:call-template name="angka"><xsl:with-param name="n" select="$n/ringkasan/@max"/></xsl:call-template></td></tr>
          <tr><th>Penilai</th><td><xsl:value-of select="$n/ringkasan/@penilai"/></td></tr>
          <tr><th>Peringkat</th><td><xsl:value-of select="$n/ringkasan/@peringkat"/> dari <xsl:value-of select="$n/ringkasan/@dari"/> inovasi tahun <xsl:value-of select="$n/@tahun"/> yang dinilai</td></tr>
        </table>
        <p class="bantuan">Nilai tiap penilai = rata-rata skor kriteria berbobot. Nilai inovasi =
          rata-rata nilai para penilai; sebaran = simpangan baku populasi (dibagi jumlah penilai)
          serta nilai terendah dan tertinggi. Peringkat bersama untuk nilai yang sama (dua desimal).</p>
      </xsl:when>
      <xsl:otherwise><p class="kotak info">Belum ada penilaian.</p></xsl:otherwise>
    </xsl:choose>

    <h2>Kriteria tahun <xsl:value-of select="$n/@tahun"/></h2>
    <xsl:choose>
      <xsl:when test="$n/kriteria-daftar/kriteria">
        <table class="nilai">
          <tr><th>Kriteria</th><th>Bobot</th><th>Rata-rata</th>
            <xsl:for-each select="$n/penilai"><th><xsl:value-of select="@nama"/>
              <xsl:if test="@total"> (<xsl:call-template name="angka"><xsl:with-param name="n" select="@total"/></xsl:call-template>)</xsl:if></th></xsl:for-each></tr>
          <xsl:for-each select="$n/kriteria-daftar/kriteria">
            <xsl:variable name="kid" select="@id"/>
            <tr>
              <td><xsl:value-of select="."/></td>
              <td><xsl:call-template name="angka"><xsl:with-param name="n" select="@bobot"/></xsl:call-template></td>
              <td><xsl:call-template name="angka"><xsl:with-param name="n" select="@rata"/></xsl:call-template></td>
              <xsl:for-each select="$n/penilai">
                <td><xsl:for-each select="skor[@kriteria = $kid]">
                  <strong><xsl:call-template name="angka"><xsl:with-param name="n" select="@nilai"/></xsl:call-template></strong>
                  <br/><small><xsl:value-of select="."/></small></xsl:for-each></td>
              </xsl:for-each>
            </tr>
          </xsl:for-each>
        </table>
      </xsl:when>
      <xsl:otherwise>
        <p class="kotak info">Kriteria penilaian tahun <xsl:value-of select="$n/@tahun"/> belum ditetapkan.
          <a href="{$dasar}/admin/tahun/{$n/@tahun}">Tetapkan di halaman aturan tahun</a>.</p>
      </xsl:otherwise>
    </xsl:choose>

    <xsl:if test="$n/@boleh_nilai">
      <h2>Skor Anda</h2>
      <xsl:if test="$n/galat">
        <div class="kotak galat" role="alert"><p>Skor belum tersimpan. Perbaiki isian yang ditandai.</p></div>
      </xsl:if>
      <form method="post" action="{$dasar}/admin/inovasi/{$n/@id}/nilai" class="formulir" novalidate="novalidate">
        <xsl:call-template name="csrf"/>
        <xsl:for-each select="$n/kriteria-daftar/kriteria">
          <fieldset>
            <legend><xsl:value-of select="."/> (bobot <xsl:call-template name="angka"><xsl:with-param name="n" select="@bobot"/></xsl:call-template>)</legend>
            <xsl:call-template name="teks">
              <xsl:with-param name="nama" select="concat('skor_', @id)"/>
              <xsl:with-param name="label">Skor (0–100)</xsl:with-param>
            </xsl:call-template>
            <xsl:call-template name="area">
              <xsl:with-param name="nama" select="concat('catatan_', @id)"/>
              <xsl:with-param name="label">Bukti yang menjadi dasar skor</xsl:with-param>
            </xsl:call-template>
          </fieldset>
        </xsl:for-each>
        <button type="submit">Simpan skor</button>
      </form>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
