<?xml version="1.0" encoding="UTF-8"?>
<!-- The design indicators of one innovation in its three dimensions, saved
     as one set so the weight rule can be checked. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template name="sel">
    <xsl:param name="field"/>
    <xsl:param name="no"/>
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:variable name="nama" select="concat($field, '_', $no)"/>
    <td>
      <input type="text" id="{$nama}" name="{$nama}" value="{$value}" aria-label="{$label}">
        <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
      </input>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    </td>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="f" select="indikator"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/inovasi/{$f/@id}">← <xsl:value-of select="$f/nama"/></a></p>
    <div class="kotak info">
      <p><strong>Aturan bobot.</strong> Setiap dimensi (output, kemanfaatan, keberlanjutan)
        memerlukan paling sedikit satu indikator, dan bobot indikator dalam satu dimensi
        berjumlah 100. Bobot ketiga dimensi ditetapkan Bappeda per tahun (jumlahnya 100).</p>
      <p>Arah "makin tinggi makin baik": target tidak di bawah baseline; "makin rendah makin
        baik": target tidak di atas baseline. Target sama dengan baseline berarti
        mempertahankan nilai.</p>
    </div>
    <xsl:if test="$f/galat">
      <div class="kotak galat" role="alert">
        <p>Indikator belum tersimpan. Perbaiki isian yang ditandai di bawah ini.</p>
      </div>
    </xsl:if>
    <form method="post" action="{$dasar}/admin/inovasi/{$f/@id}/indikator" class="formulir" novalidate="novalidate">
      <xsl:call-template name="csrf"/>
      <input type="hidden" name="baris" value="{$f/@baris}"/>
      <xsl:for-each select="$f/dimensi">
        <xsl:variable name="kode" select="@kode"/>
        <h2><xsl:value-of select="@nama"/> (jumlah bobot <xsl:call-template name="angka"><xsl:with-param name="n" select="@jumlah_bobot"/></xsl:call-template>)</h2>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('bobot_', $kode)"/></xsl:call-template>
        <table class="isian-indikator">
          <tr><th>Indikator</th><th>Satuan</th><th>Baseline</th><th>Target</th><th>Arah</th><th>Bobot</th><th>Hapus</th></tr>
          <xsl:for-each select="baris">
            <xsl:variable name="no" select="@no"/>
            <tr>
              <xsl:call-template name="sel"><xsl:with-param name="field">nama</xsl:with-param><xsl:with-param name="no" select="$no"/><xsl:with-param name="value" select="nama"/><xsl:with-param name="label">Nama indikator</xsl:with-param></xsl:call-template>
              <xsl:call-template name="sel"><xsl:with-param name="field">satuan</xsl:with-param><xsl:with-param name="no" select="$no"/><xsl:with-param name="value" select="satuan"/><xsl:with-param name="label">Satuan</xsl:with-param></xsl:call-template>
              <xsl:call-template name="sel"><xsl:with-param name="field">baseline</xsl:with-param><xsl:with-param name="no" select="$no"/><xsl:with-param name="value" select="translate(baseline, '.', ',')"/><xsl:with-param name="label">Baseline</xsl:with-param></xsl:call-template>
              <xsl:call-template name="sel"><xsl:with-param name="field">target</xsl:with-param><xsl:with-param name="no" select="$no"/><xsl:with-param name="value" select="translate(target, '.', ',')"/><xsl:with-param name="label">Target</xsl:with-param></xsl:call-template>
              <td>
                <select id="arah_{$no}" name="arah_{$no}" aria-label="Arah">
                  <xsl:variable name="arah" select="arah"/>
                  <xsl:for-each select="/halaman/indikator/pilihan[@untuk = 'arah']/opsi">
                    <option value="{@nilai}">
                      <xsl:if test="@nilai = $arah"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>
                      <xsl:value-of select="."/>
                    </option>
                  </xsl:for-each>
                </select>
                <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="concat('arah_', $no)"/></xsl:call-template>
              </td>
              <xsl:call-template name="sel"><xsl:with-param name="field">bobot</xsl:with-param><xsl:with-param name="no" select="$no"/><xsl:with-param name="value" select="translate(bobot, '.', ',')"/><xsl:with-param name="label">Bobot</xsl:with-param></xsl:call-template>
              <td>
                <input type="hidden" name="id_{$no}" value="{@id}"/>
                <input type="hidden" name="dimensi_{$no}" value="{$kode}"/>
                <xsl:if test="@id and not(@dipakai)">
                  <input type="checkbox" id="hapus_{$no}" name="hapus_{$no}" value="1" aria-label="Hapus indikator">
                    <xsl:if test="@hapus"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
                  </input>
                </xsl:if>
                <xsl:if test="@dipakai">sudah dilaporkan</xsl:if>
              </td>
            </tr>
          </xsl:for-each>
        </table>
      </xsl:for-each>
      <p class="bantuan">Baris kosong diabaikan. Simpan lalu buka kembali untuk menambah baris lagi.</p>
      <button type="submit">Simpan indikator</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
