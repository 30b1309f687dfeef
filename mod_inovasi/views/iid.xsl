<?xml version="1.0" encoding="UTF-8"?>
<!-- The Indeks Inovasi Daerah catalogue of a year: the divisor rule, the
     IID bands, and the indicators of both aspects with their three levels;
     Bappeda edits them. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template name="isian">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <xsl:param name="no"/>
    <label for="{$nama}-{$no}"><xsl:value-of select="$label"/></label>
    <xsl:if test="not(self::indikator) or @diisi">
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    </xsl:if>
    <input type="text" id="{$nama}-{$no}" name="{$nama}" value="{$value}"/>
  </xsl:template>

  <xsl:template name="isian-pita">
    <xsl:param name="nama"/>
    <xsl:param name="label"/>
    <xsl:param name="value"/>
    <label for="{$nama}"><xsl:value-of select="$label"/></label>
    <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
    <input type="text" id="{$nama}" name="{$nama}" value="{$value}">
      <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
    </input>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="k" select="iid"/>
    <xsl:variable name="ubah" select="$k/@boleh_ubah"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/iid/{$k/@sebelum}">← <xsl:value-of select="$k/@sebelum"/></a> ·
      <a href="{$dasar}/admin/iid/{$k/@sesudah}"><xsl:value-of select="$k/@sesudah"/> →</a> ·
      <a href="{$dasar}/admin/iid/{$k/@tahun}/spd">Bukti aspek pemerintah daerah (SPD)</a> ·
      <a href="{$dasar}/admin/iid/{$k/@tahun}/ppid">Bukti dari data PPID</a> ·
      <a href="{$dasar}/admin/iid/{$k/@tahun}/rekap.csv">Rekap CSV</a> ·
      <a href="{$dasar}/admin/iid/{$k/@tahun}/rekap.xml">Rekap XML</a></p>
    <div class="kotak info">
      <p>Indikator, tingkat bukti, skor, indikator wajib, pembagi dan predikat berubah tiap tahun dan
        berbeda antarsumber: periksa dengan petunjuk teknis BSKDN Kemendagri tahun berjalan.</p>
      <p>Nilai aspek inovasi (SID) dibagi MAX(pembagi minimum, jumlah inovasi yang dilaporkan);
        inovasi yang ditolak tetap dihitung dalam pembagi.</p>
    </div>
    <xsl:if test="$k/galat">
      <div class="kotak galat" role="alert"><p>Belum tersimpan. Perbaiki isian yang ditandai.</p></div>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="not($k/indikator)">
        <p class="kotak galat">Belum ada katalog IID tahun <xsl:value-of select="$k/@tahun"/>.</p>
        <xsl:if test="$ubah and $k/@salin_dari">
          <form method="post" action="{$dasar}/admin/iid/{$k/@tahun}/salin" class="formulir">
            <xsl:call-template name="csrf"/>
            <button type="submit">Salin katalog tahun <xsl:value-of select="$k/@salin_dari"/></button>
          </form>
        </xsl:if>
      </xsl:when>
      <xsl:otherwise>
        <h2>Aturan pembagi</h2>
        <p>Pembagi minimum: <strong id="pembagi-min"><xsl:value-of select="$k/@pembagi_min"/></strong>
          <xsl:if test="$k/sumber != ''"> (<xsl:value-of select="$k/sumber"/>)</xsl:if></p>
        <xsl:if test="$ubah">
          <form method="post" action="{$dasar}/admin/iid/{$k/@tahun}/aturan" class="formulir" novalidate="novalidate">
            <xsl:call-template name="csrf"/>
            <xsl:variable name="a" select="$k/aturan-isian"/>
            <xsl:call-template name="isian"><xsl:with-param name="nama">pembagi_min</xsl:with-param>
              <xsl:with-param name="label">Pembagi minimum</xsl:with-param>
              <xsl:with-param name="value"><xsl:choose><xsl:when test="$a"><xsl:value-of select="$a/@pembagi_min"/></xsl:when><xsl:otherwise><xsl:value-of select="$k/@pembagi_min"/></xsl:otherwise></xsl:choose></xsl:with-param></xsl:call-template>
            <xsl:call-template name="isian"><xsl:with-param name="nama">sumber</xsl:with-param>
              <xsl:with-param name="label">Sumber aturan (petunjuk teknis, tahun)</xsl:with-param>
              <xsl:with-param name="value"><xsl:choose><xsl:when test="$a"><xsl:value-of select="$a/sumber"/></xsl:when><xsl:otherwise><xsl:value-of select="$k/sumber"/></xsl:otherwise></xsl:choose></xsl:with-param></xsl:call-template>
            <button type="submit">Simpan aturan</button>
          </form>
        </xsl:if>
      </xsl:otherwise>
    </xsl:choose>

    <h2 id="predikat">Predikat IID</h2>
    <p>Predikat hanya untuk nilai Indeks Inovasi Daerah (indeks simulasi), tidak untuk capaian atau nilai evaluasi.
      Indeks dibulatkan dua desimal lalu dicocokkan dengan batas bawah dan atas (keduanya termasuk).
      <xsl:choose>
        <xsl:when test="$k/pita/@berlaku = $k/@tahun">Ditetapkan untuk tahun ini.</xsl:when>
        <xsl:when test="$k/pita/@berlaku">Berlaku predikat tahun <xsl:value-of select="$k/pita/@berlaku"/>; simpan untuk menetapkannya bagi tahun ini.</xsl:when>
      </xsl:choose></p>
    <table>
      <tr><th>Predikat</th><th>Dari</th><th>Sampai</th></tr>
      <xsl:for-each select="$k/pita/predikat">
        <tr><td><xsl:value-of select="."/></td><td><xsl:value-of select="translate(@bawah, '.', ',')"/></td>
          <td><xsl:value-of select="translate(@atas, '.', ',')"/></td></tr>
      </xsl:for-each>
    </table>
    <xsl:if test="$ubah">
      <details>
        <xsl:if test="$k/galat[starts-with(@untuk, 'pita')]"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
        <summary>Ubah predikat IID tahun <xsl:value-of select="$k/@tahun"/></summary>
        <form method="post" action="{$dasar}/admin/iid/{$k/@tahun}/pita" class="formulir" novalidate="novalidate">
          <xsl:call-template name="csrf"/>
          <input type="hidden" name="pita_baris" value="{$k/pita-isian/@baris}"/>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk">pita</xsl:with-param></xsl:call-template>
          <p>Kosongkan satu baris untuk menghapus predikatnya.</p>
          <xsl:for-each select="$k/pita-isian/baris">
            <fieldset>
              <legend>Predikat <xsl:value-of select="@no"/></legend>
              <xsl:call-template name="isian-pita"><xsl:with-param name="nama" select="concat('pita_nama_', @no)"/><xsl:with-param name="label">Nama predikat</xsl:with-param><xsl:with-param name="value" select="nama"/></xsl:call-template>
              <xsl:call-template name="isian-pita"><xsl:with-param name="nama" select="concat('pita_bawah_', @no)"/><xsl:with-param name="label">Batas bawah</xsl:with-param><xsl:with-param name="value" select="translate(bawah, '.', ',')"/></xsl:call-template>
              <xsl:call-template name="isian-pita"><xsl:with-param name="nama" select="concat('pita_atas_', @no)"/><xsl:with-param name="label">Batas atas</xsl:with-param><xsl:with-param name="value" select="translate(atas, '.', ',')"/></xsl:call-template>
            </fieldset>
          </xsl:for-each>
          <button type="submit">Simpan predikat IID</button>
        </form>
      </details>
    </xsl:if>

    <xsl:for-each select="$k/indikator">
      <xsl:variable name="no" select="@nomor"/>
      <section id="indikator-{$no}">
        <h3><xsl:value-of select="$no"/>. <xsl:value-of select="nama"/>
          (<xsl:value-of select="translate(@aspek, 'spdi', 'SPDI')"/><xsl:if test="wajib = '1'">, wajib</xsl:if>)</h3>
        <ol>
          <li><xsl:value-of select="p1"/> — skor <xsl:value-of select="skor_p1"/></li>
          <li><xsl:value-of select="p2"/> — skor <xsl:value-of select="skor_p2"/></li>
          <li><xsl:value-of select="p3"/> — skor <xsl:value-of select="skor_p3"/></li>
        </ol>
        <p>Jenis bukti: <xsl:value-of select="jenis_bukti"/></p>
        <xsl:if test="$ubah">
          <details>
            <xsl:if test="@diisi"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
            <summary>Ubah indikator <xsl:value-of select="$no"/></summary>
            <form method="post" action="{$dasar}/admin/iid/{$k/@tahun}/indikator/{$no}" class="formulir" novalidate="novalidate">
              <xsl:call-template name="csrf"/>
              <xsl:call-template name="isian"><xsl:with-param name="nama">nama</xsl:with-param><xsl:with-param name="label">Nama</xsl:with-param><xsl:with-param name="value" select="nama"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <xsl:call-template name="isian"><xsl:with-param name="nama">p1</xsl:with-param><xsl:with-param name="label">Tingkat 1</xsl:with-param><xsl:with-param name="value" select="p1"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <xsl:call-template name="isian"><xsl:with-param name="nama">p2</xsl:with-param><xsl:with-param name="label">Tingkat 2</xsl:with-param><xsl:with-param name="value" select="p2"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <xsl:call-template name="isian"><xsl:with-param name="nama">p3</xsl:with-param><xsl:with-param name="label">Tingkat 3</xsl:with-param><xsl:with-param name="value" select="p3"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <xsl:call-template name="isian"><xsl:with-param name="nama">skor_p1</xsl:with-param><xsl:with-param name="label">Skor tingkat 1</xsl:with-param><xsl:with-param name="value" select="translate(skor_p1, '.', ',')"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <xsl:call-template name="isian"><xsl:with-param name="nama">skor_p2</xsl:with-param><xsl:with-param name="label">Skor tingkat 2</xsl:with-param><xsl:with-param name="value" select="translate(skor_p2, '.', ',')"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <xsl:call-template name="isian"><xsl:with-param name="nama">skor_p3</xsl:with-param><xsl:with-param name="label">Skor tingkat 3</xsl:with-param><xsl:with-param name="value" select="translate(skor_p3, '.', ',')"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <label><input type="checkbox" name="wajib" value="1"><xsl:if test="wajib = '1'"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if></input> Wajib</label>
              <xsl:call-template name="isian"><xsl:with-param name="nama">jenis_bukti</xsl:with-param><xsl:with-param name="label">Jenis bukti</xsl:with-param><xsl:with-param name="value" select="jenis_bukti"/><xsl:with-param name="no" select="$no"/></xsl:call-template>
              <button type="submit">Simpan indikator <xsl:value-of select="$no"/></button>
            </form>
          </details>
        </xsl:if>
      </section>
    </xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
