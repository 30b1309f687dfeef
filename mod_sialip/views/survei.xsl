<?xml version="1.0" encoding="UTF-8"?>
<!-- The published results of the satisfaction survey (PermenPANRB
     14/2017): the index with its grade, each element's mean, per OPD and
     per channel, and the profile of the respondents. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template name="periode">
    <xsl:param name="s"/>
    <xsl:choose>
      <xsl:when test="$s/@semester = '1'">semester I </xsl:when>
      <xsl:when test="$s/@semester = '2'">semester II </xsl:when>
    </xsl:choose>
    <xsl:text>tahun </xsl:text><xsl:value-of select="$s/@tahun"/>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="s" select="survei"/>
    <xsl:variable name="semua" select="$s/unit[@jenis = 'semua']"/>
    <p>Survei Kepuasan Masyarakat atas layanan informasi publik PPID Kabupaten Serang menurut
      PermenPANRB 14/2017: sembilan unsur layanan, masing-masing dinilai 1 (tidak baik) sampai
      4 (sangat baik). Indeks Kepuasan Masyarakat (IKM) adalah rata-rata nilai unsur dikali 25.
      Data terbuka: <a href="{$dasar}/survei.xml?tahun={$s/@tahun}&amp;semester={$s/@semester}">XML</a>,
      <a href="{$dasar}/survei.csv?tahun={$s/@tahun}&amp;semester={$s/@semester}">CSV</a>.</p>
    <form method="get" action="{$dasar}/survei" class="formulir saring-survei">
      <label for="tahun">Tahun</label>
      <select id="tahun" name="tahun">
        <xsl:if test="not($s/tahun_tersedia/tahun[. = $s/@tahun])">
          <option value="{$s/@tahun}" selected="selected"><xsl:value-of select="$s/@tahun"/></option>
        </xsl:if>
        <xsl:for-each select="$s/tahun_tersedia/tahun">
          <option value="{.}"><xsl:if test=". = $s/@tahun"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
      <label for="semester">Periode</label>
      <select id="semester" name="semester">
        <option value="0">Setahun penuh</option>
        <option value="1"><xsl:if test="$s/@semester = '1'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>Semester I (Januari-Juni)</option>
        <option value="2"><xsl:if test="$s/@semester = '2'"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if>Semester II (Juli-Desember)</option>
      </select>
      <button type="submit">Tampilkan</button>
    </form>
    <h2>Hasil <xsl:call-template name="periode"><xsl:with-param name="s" select="$s"/></xsl:call-template></h2>
    <xsl:choose>
      <xsl:when test="$semua/responden = '0'">
        <p class="kotak">Belum ada responden pada periode ini.</p>
      </xsl:when>
      <xsl:otherwise>
        <p class="kotak ringkasan-ikm" id="ikm">IKM <strong><xsl:value-of select="$semua/ikm"/></strong>,
          mutu <strong><xsl:value-of select="$semua/mutu_kode"/> (<xsl:value-of select="$semua/mutu"/>)</strong>,
          dari <xsl:value-of select="$semua/responden"/> responden.</p>
        <figure class="grafik-unsur">
          <figcaption>Nilai rata-rata per unsur (skala 1-4)</figcaption>
          <xsl:for-each select="$s/unsur_daftar/unsur">
            <xsl:variable name="kode" select="@kode"/>
            <xsl:variable name="nrr" select="$semua/*[local-name() = $kode]"/>
            <div class="batang">
              <span class="batang-label"><xsl:value-of select="."/>: <strong><xsl:value-of select="$nrr"/></strong></span>
              <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 400 16" width="100%" height="16" role="img" aria-label="{.}: {$nrr} dari 4">
                <rect x="0" y="0" width="400" height="16" fill="#e8eef3"/>
                <rect x="0" y="0" width="{round($nrr * 100)}" height="16" fill="#1f5f8b"/>
              </svg>
            </div>
          </xsl:for-each>
        </figure>
        <h3>Per unit layanan</h3>
        <table class="daftar" id="per-opd">
          <thead><tr><th scope="col">Unit</th><th scope="col">Responden</th><th scope="col">IKM (mutu)</th></tr></thead>
          <tbody>
            <xsl:for-each select="$s/unit[@jenis = 'opd']">
              <tr><td><xsl:value-of select="nama"/></td><td><xsl:value-of select="responden"/></td>
                <td class="angka"><xsl:value-of select="ikm"/> (<abbr title="{mutu}"><xsl:value-of select="mutu_kode"/></abbr>)</td></tr>
            </xsl:for-each>
          </tbody>
        </table>
        <h3>Per saluran layanan</h3>
        <table class="daftar" id="per-kanal">
          <thead><tr><th scope="col">Saluran</th><th scope="col">Responden</th><th scope="col">IKM (mutu)</th></tr></thead>
          <tbody>
            <xsl:for-each select="$s/unit[@jenis = 'kanal']">
              <tr><td><xsl:value-of select="nama"/></td><td><xsl:value-of select="responden"/></td>
                <td class="angka"><xsl:value-of select="ikm"/> (<abbr title="{mutu}"><xsl:value-of select="mutu_kode"/></abbr>)</td></tr>
            </xsl:for-each>
          </tbody>
        </table>
        <xsl:if test="$s/profil/jumlah">
          <h3>Profil responden</h3>
          <p class="bantuan">Diisi sukarela; tidak semua responden mengisinya.</p>
          <table class="daftar" id="profil">
            <thead><tr><th scope="col">Profil</th><th scope="col">Jumlah</th></tr></thead>
            <tbody>
              <xsl:for-each select="$s/profil/jumlah">
                <tr><td><xsl:value-of select="."/></td><td><xsl:value-of select="@n"/></td></tr>
              </xsl:for-each>
            </tbody>
          </table>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>
    <p>Mutu pelayanan: A 88,31-100 (sangat baik), B 76,61-88,30 (baik), C 65,00-76,60 (kurang baik),
      D 25,00-64,99 (tidak baik).</p>
    <p><a href="{$dasar}/">Kembali ke layanan informasi</a></p>
  </xsl:template>
</xsl:stylesheet>
