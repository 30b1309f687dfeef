<?xml version="1.0" encoding="UTF-8"?>
<!-- Pieces the views of mod_inovasi share: the staff menu, form fields that
     keep what was typed and show their error beside them, numbers and
     achievement.  Imported after _layout.xsl (galat-field, csrf). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:variable name="isian" select="/halaman/*/isian"/>

  <xsl:template name="menu-inovasi">
    <!-- the admin registering for an OPD opens no other innovation page -->
    <xsl:if test="$boleh-inovasi">
    <nav class="tanpa-cetak" aria-label="Menu inovasi">
      <p>
        <a href="{$dasar}/dasbor">Dasbor</a> ·
        <a href="{$dasar}/admin/">Daftar inovasi</a> ·
        <a href="{$dasar}/admin/tahun/">Aturan tahun dan periode</a> ·
        <a href="{$dasar}/admin/ekspor.csv">Unduh CSV</a> ·
        <a href="{$dasar}/">Etalase publik</a>
      </p>
    </nav>
    </xsl:if>
  </xsl:template>

  <!-- An amount in rupiah as people read it: "Rp 150.000.000" ("1500000.5"
       from the database: "Rp 1.500.000,50"). -->
  <xsl:decimal-format name="rupiah" decimal-separator="," grouping-separator="."/>
  <xsl:template name="rupiah">
    <xsl:param name="n"/>
    <xsl:if test="string($n) != ''">
      <xsl:choose>
        <xsl:when test="contains($n, '.')">Rp <xsl:value-of select="format-number($n, '#.##0,00', 'rupiah')"/></xsl:when>
        <xsl:otherwise>Rp <xsl:value-of select="format-number($n, '#.##0', 'rupiah')"/></xsl:otherwise>
      </xsl:choose>
    </xsl:if>
  </xsl:template>

  <!-- "72.50" as people read it: "72,50". -->
  <xsl:template name="angka">
    <xsl:param name="n"/>
    <xsl:value-of select="translate($n, '.', ',')"/>
  </xsl:template>

  <xsl:template name="persen">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="string($n) != ''">
        <xsl:value-of select="translate($n, '.', ',')"/> %</xsl:when>
      <xsl:otherwise>belum ada data</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="kelas-salah">
    <xsl:param name="nama"/>
    <xsl:if test="/halaman/*/galat[@untuk = $nama]">
      <xsl:attribute name="class">isian-salah</xsl:attribute>
      <xsl:attribute name="aria-describedby">galat-<xsl:value-of select="$nama"/></xsl:attribute>
    </xsl:if>
  </xsl:template>

  <xsl:template name="teks">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="jenis" select="'text'"/>
    <xsl:param name="bantuan"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <xsl:if test="$bantuan"><p class="bantuan"><xsl:value-of select="$bantuan"/></p></xsl:if>
    <input id="{$nama}" name="{$nama}" type="{$jenis}" value="{$isian/nilai[@nama = $nama]}">
      <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
    </input>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="area">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="bantuan"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <xsl:if test="$bantuan"><p class="bantuan"><xsl:value-of select="$bantuan"/></p></xsl:if>
    <textarea id="{$nama}" name="{$nama}" rows="4">
      <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
      <xsl:value-of select="$isian/nilai[@nama = $nama]"/>
    </textarea>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <!-- A <select> from /halaman/*/pilihan[@untuk = $nama]. -->
  <xsl:template name="pilih">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="kosong"/>
    <xsl:param name="bantuan"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <xsl:if test="$bantuan"><p class="bantuan"><xsl:value-of select="$bantuan"/></p></xsl:if>
    <select id="{$nama}" name="{$nama}">
      <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
      <option value=""><xsl:value-of select="$kosong"/></option>
      <xsl:for-each select="/halaman/*/pilihan[@untuk = $nama]/opsi">
        <option value="{@nilai}">
          <xsl:if test="@nilai = $isian/nilai[@nama = $nama]">
            <xsl:attribute name="selected">selected</xsl:attribute>
          </xsl:if>
          <xsl:value-of select="."/>
        </option>
      </xsl:for-each>
    </select>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
  </xsl:template>

  <xsl:template name="radio">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <fieldset>
      <legend><xsl:value-of select="$label"/></legend>
      <xsl:for-each select="/halaman/*/pilihan[@untuk = $nama]/opsi">
        <input type="radio" id="{$nama}-{@nilai}" name="{$nama}" value="{@nilai}">
          <xsl:if test="@nilai = $isian/nilai[@nama = $nama]">
            <xsl:attribute name="checked">checked</xsl:attribute>
          </xsl:if>
        </input>
        <label for="{$nama}-{@nilai}"><xsl:value-of select="."/></label>
      </xsl:for-each>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    </fieldset>
  </xsl:template>

  <!-- A horizontal bar, 0-100, as SVG with presentation attributes only. -->
  <xsl:template name="batang-persen">
    <xsl:param name="n"/>
    <xsl:param name="label"/>
    <svg width="220" height="14" viewBox="0 0 220 14" role="img" aria-label="{$label}">
      <rect x="0" y="1" width="200" height="12" fill="#e8ebef"/>
      <xsl:if test="string($n) != ''">
        <rect x="0" y="1" width="{format-number($n * 2, '0.##')}" height="12" fill="#0b6e4f"/>
      </xsl:if>
    </svg>
  </xsl:template>

  <!-- An achievement element (<capaian>): overall, band and dimensions. -->
  <xsl:template name="capaian">
    <xsl:param name="c"/>
    <table class="capaian">
      <tr>
        <th>Capaian keseluruhan</th>
        <td>
          <strong><xsl:call-template name="persen"><xsl:with-param name="n" select="$c/@nilai"/></xsl:call-template></strong>
          <xsl:if test="$c/@predikat"> · <xsl:value-of select="$c/@predikat"/></xsl:if>
          <xsl:if test="$c/@periode"> (laporan terverifikasi <xsl:value-of select="$c/@periode"/>)</xsl:if>
        </td>
      </tr>
      <xsl:for-each select="$c/dimensi">
        <tr>
          <th><xsl:value-of select="@nama"/>
            <xsl:if test="@bobot"> (bobot <xsl:call-template name="angka"><xsl:with-param name="n" select="@bobot"/></xsl:call-template>)</xsl:if></th>
          <td>
            <xsl:call-template name="batang-persen">
              <xsl:with-param name="n" select="@nilai"/>
              <xsl:with-param name="label" select="concat(@nama, ' ', @nilai)"/>
            </xsl:call-template>
            <xsl:text> </xsl:text>
            <xsl:call-template name="persen"><xsl:with-param name="n" select="@nilai"/></xsl:call-template>
          </td>
        </tr>
      </xsl:for-each>
    </table>
    <p class="bantuan">Capaian indikator = kemajuan dari baseline menuju target sesuai
      arahnya, paling rendah 0 % dan paling tinggi 100 %. Target yang sama dengan baseline
      berarti mempertahankan: 100 % bila nilai setidaknya sebaik target, selain itu 0 %.
      Indikator tanpa nilai tidak dihitung dan bobot indikator lain dalam dimensinya
      disesuaikan; dimensi tanpa nilai tidak dihitung dalam capaian keseluruhan.</p>
  </xsl:template>

  <!-- The indicators of an achievement element as a table. -->
  <xsl:template name="tabel-indikator">
    <xsl:param name="c"/>
    <table class="indikator">
      <tr><th>Dimensi</th><th>Indikator</th><th>Satuan</th><th>Baseline</th>
        <th>Target</th><th>Arah</th><th>Bobot</th><th>Nilai</th><th>Capaian</th></tr>
      <xsl:for-each select="$c/indikator">
        <tr>
          <td><xsl:value-of select="$c/dimensi[@kode = current()/@dimensi]/@nama"/></td>
          <td><xsl:value-of select="nama"/></td>
          <td><xsl:value-of select="satuan"/></td>
          <td><xsl:call-template name="angka"><xsl:with-param name="n" select="baseline"/></xsl:call-template></td>
          <td><xsl:call-template name="angka"><xsl:with-param name="n" select="target"/></xsl:call-template></td>
          <td><xsl:value-of select="arah"/></td>
          <td><xsl:call-template name="angka"><xsl:with-param name="n" select="bobot"/></xsl:call-template></td>
          <td><xsl:choose>
            <xsl:when test="nilai/@kosong">–</xsl:when>
            <xsl:otherwise><xsl:call-template name="angka"><xsl:with-param name="n" select="nilai"/></xsl:call-template></xsl:otherwise>
          </xsl:choose></td>
          <td><xsl:choose>
            <xsl:when test="persen/@ada = '1'"><xsl:call-template name="persen"><xsl:with-param name="n" select="persen/@nilai"/></xsl:call-template></xsl:when>
            <xsl:otherwise>tidak dihitung</xsl:otherwise>
          </xsl:choose></td>
        </tr>
      </xsl:for-each>
    </table>
  </xsl:template>
</xsl:stylesheet>
