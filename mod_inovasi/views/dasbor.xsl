<?xml version="1.0" encoding="UTF-8"?>
<!-- The innovation dashboard: charts drawn as SVG on the server (only
     presentation attributes, no script or style), each with its figures in
     a table beside it. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:variable name="hijau" select="'#0b6e4f'"/>

  <!-- Width of a bar: value / max of the whole width (0 when max is 0). -->
  <xsl:template name="lebar">
    <xsl:param name="n"/>
    <xsl:param name="maks"/>
    <xsl:param name="penuh"/>
    <xsl:choose>
      <xsl:when test="number($maks) &gt; 0"><xsl:value-of select="format-number($n * $penuh div $maks, '0.##')"/></xsl:when>
      <xsl:otherwise>0</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <!-- A bar chart 320 px wide, drawn 1:1 on a 360 px phone (text stays 13
       px): each item a line of text (label and value) over its bar, so no
       label is cut at the chart's edge. -->
  <xsl:variable name="lebar-grafik" select="320"/>
  <xsl:template name="bar">
    <xsl:param name="pos"/>
    <xsl:param name="label"/>
    <xsl:param name="n"/>
    <xsl:param name="teks" select="$n"/>
    <xsl:param name="maks"/>
    <xsl:param name="warna" select="$hijau"/>
    <xsl:variable name="w">
      <xsl:call-template name="lebar">
        <xsl:with-param name="n" select="$n"/><xsl:with-param name="maks" select="$maks"/><xsl:with-param name="penuh" select="$lebar-grafik"/>
      </xsl:call-template>
    </xsl:variable>
    <xsl:variable name="y" select="($pos - 1) * 36"/>
    <text x="2" y="{$y + 14}" font-size="13" fill="#1b1f23"><xsl:value-of select="$label"/>: <xsl:value-of select="$teks"/></text>
    <rect x="0" y="{$y + 19}" width="{$w}" height="12" fill="{$warna}"/>
  </xsl:template>
  <!-- The height of a chart of n bars. -->
  <xsl:template name="tinggi">
    <xsl:param name="n"/>
    <xsl:value-of select="$n * 36 + 2"/>
  </xsl:template>

  <!-- One figure of the summary strip. -->
  <xsl:template name="angka-ringkas">
    <xsl:param name="id"/>
    <xsl:param name="nilai"/>
    <xsl:param name="label"/>
    <xsl:param name="kelas"/>
    <xsl:param name="tautan"/>
    <li id="{$id}" class="{$kelas}">
      <strong><xsl:value-of select="$nilai"/></strong>
      <xsl:choose>
        <xsl:when test="$tautan"><a href="{$tautan}"><xsl:value-of select="$label"/></a></xsl:when>
        <xsl:otherwise><span><xsl:value-of select="$label"/></span></xsl:otherwise>
      </xsl:choose>
    </li>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="d" select="dasbor"/>
    <xsl:variable name="m" select="$d/monitoring"/>
    <xsl:call-template name="menu-inovasi"/>
    <!-- The years that have innovations in the user's scope, and the year
         shown (a year without data yet, asked for by its address). -->
    <form method="get" action="{$dasar}/dasbor" class="formulir saring" id="pilih-tahun">
      <label for="tahun">Tahun</label>
      <select id="tahun" name="tahun">
        <xsl:if test="not($d/tahun-ada/tahun = $d/@tahun)">
          <option value="{$d/@tahun}" selected="selected"><xsl:value-of select="$d/@tahun"/></option>
        </xsl:if>
        <xsl:for-each select="$d/tahun-ada/tahun">
          <option value="{.}"><xsl:if test=". = $d/@tahun"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
      <button type="submit">Tampilkan</button>
    </form>

    <section id="ringkasan" aria-label="Ringkasan tahun {$d/@tahun}">
      <ul class="ringkasan-angka">
        <xsl:call-template name="angka-ringkas">
          <xsl:with-param name="id">r-inovasi</xsl:with-param>
          <xsl:with-param name="nilai" select="$d/@inovasi"/>
          <xsl:with-param name="label" select="concat('inovasi tahun ', $d/@tahun)"/>
          <xsl:with-param name="tautan" select="'#daftar'"/>
        </xsl:call-template>
        <xsl:call-template name="angka-ringkas">
          <xsl:with-param name="id">r-tanpa</xsl:with-param>
          <xsl:with-param name="nilai" select="concat($d/tanpa-inovasi/@jumlah, ' / ', $d/per-opd/@opd)"/>
          <xsl:with-param name="label">perangkat daerah tanpa inovasi</xsl:with-param>
          <xsl:with-param name="kelas"><xsl:if test="$d/tanpa-inovasi/@jumlah &gt; 0">perlu</xsl:if></xsl:with-param>
          <xsl:with-param name="tautan" select="'#per-opd'"/>
        </xsl:call-template>
        <xsl:call-template name="angka-ringkas">
          <xsl:with-param name="id">r-tepat</xsl:with-param>
          <xsl:with-param name="nilai" select="$m/@menunggu_verifikasi + $m/@diverifikasi - $m/@diajukan_terlambat"/>
          <xsl:with-param name="label">laporan masuk tepat waktu</xsl:with-param>
          <xsl:with-param name="tautan" select="'#monitoring'"/>
        </xsl:call-template>
        <xsl:call-template name="angka-ringkas">
          <xsl:with-param name="id">r-terlambat</xsl:with-param>
          <xsl:with-param name="nilai" select="$m/@terlambat"/>
          <xsl:with-param name="label">laporan terlambat</xsl:with-param>
          <xsl:with-param name="kelas"><xsl:if test="$m/@terlambat &gt; 0">perlu</xsl:if></xsl:with-param>
          <xsl:with-param name="tautan" select="'#monitoring'"/>
        </xsl:call-template>
        <xsl:call-template name="angka-ringkas">
          <xsl:with-param name="id">r-jatuh-tempo</xsl:with-param>
          <xsl:with-param name="nilai" select="$m/@jatuh_tempo"/>
          <xsl:with-param name="label" select="concat('laporan jatuh tempo dalam ', $m/@hari_jatuh_tempo, ' hari')"/>
          <xsl:with-param name="tautan" select="'#monitoring'"/>
        </xsl:call-template>
        <xsl:if test="$d/iid/@ada = '1'">
          <xsl:call-template name="angka-ringkas">
            <xsl:with-param name="id">r-iid</xsl:with-param>
            <xsl:with-param name="nilai" select="translate($d/iid/@indeks, '.', ',')"/>
            <xsl:with-param name="label">simulasi Indeks Inovasi Daerah<xsl:if test="$d/iid/@predikat"> · <xsl:value-of select="$d/iid/@predikat"/></xsl:if></xsl:with-param>
            <xsl:with-param name="tautan" select="'#iid'"/>
          </xsl:call-template>
        </xsl:if>
      </ul>
      <p class="bantuan"><a href="{$dasar}/admin/ekspor.csv?tahun={$d/@tahun}">Unduh CSV</a> ·
        <a href="{$dasar}/admin/tahun/{$d/@tahun}">Aturan dan periode tahun ini</a></p>
    </section>

    <details id="per-opd" class="bagian">
      <summary><h2>Inovasi per perangkat daerah</h2><span class="ringkas"><xsl:value-of select="$d/tanpa-inovasi/@jumlah"/> tanpa inovasi</span></summary>
      <xsl:variable name="po" select="$d/per-opd"/>
      <svg width="{$lebar-grafik}" height="{count($po/opd) * 36 + 2}" viewBox="0 0 {$lebar-grafik} {count($po/opd) * 36 + 2}" role="img"
           aria-label="Jumlah inovasi per perangkat daerah tahun {$d/@tahun}">
        <xsl:for-each select="$po/opd">
          <xsl:call-template name="bar">
            <xsl:with-param name="pos" select="position()"/>
            <xsl:with-param name="label" select="@singkatan"/>
            <xsl:with-param name="n" select="@jumlah"/>
            <xsl:with-param name="maks" select="$po/@maks"/>
          </xsl:call-template>
        </xsl:for-each>
      </svg>
      <h3>Perangkat daerah tanpa inovasi (One Agency, One Innovation)</h3>
      <xsl:choose>
        <xsl:when test="$d/tanpa-inovasi/opd">
          <p class="kotak galat"><xsl:value-of select="$d/tanpa-inovasi/@jumlah"/> perangkat daerah belum memiliki inovasi tahun <xsl:value-of select="$d/@tahun"/>:</p>
          <ul id="tanpa-inovasi">
            <xsl:for-each select="$d/tanpa-inovasi/opd"><li><xsl:value-of select="."/></li></xsl:for-each>
          </ul>
        </xsl:when>
        <xsl:otherwise><p class="kotak info">Setiap perangkat daerah memiliki paling sedikit satu inovasi.</p></xsl:otherwise>
      </xsl:choose>
    </details>

    <details id="tahapan" class="bagian">
      <summary><h2>Corong tahapan</h2></summary>
      <p class="bantuan">Jumlah inovasi yang telah mencapai paling sedikit tahap tersebut.</p>
      <xsl:variable name="f" select="$d/tahapan"/>
      <svg width="{$lebar-grafik}" height="{count($f/tahap) * 36 + 2}" viewBox="0 0 {$lebar-grafik} {count($f/tahap) * 36 + 2}" role="img"
           aria-label="Corong tahapan inovasi">
        <xsl:for-each select="$f/tahap">
          <xsl:call-template name="bar"><xsl:with-param name="pos" select="position()"/><xsl:with-param name="label" select="."/>
            <xsl:with-param name="n" select="@jumlah"/><xsl:with-param name="maks" select="$f/@maks"/></xsl:call-template>
        </xsl:for-each>
      </svg>
      <table>
        <tr><th>Tahap</th><th>Mencapai tahap ini</th><th>Saat ini di tahap ini</th></tr>
        <xsl:for-each select="$f/tahap">
          <tr><td><xsl:value-of select="."/></td><td><xsl:value-of select="@jumlah"/></td><td><xsl:value-of select="@tepat"/></td></tr>
        </xsl:for-each>
      </table>
      <h3>Tahap Laboratorium Inovasi (LAN)</h3>
      <p class="bantuan">Jumlah inovasi yang mencatat telah mencapai tiap tahap laboratorium.</p>
      <xsl:variable name="lab" select="$d/tahapan-lab"/>
      <svg width="{$lebar-grafik}" height="{count($lab/tahap) * 36 + 2}" viewBox="0 0 {$lebar-grafik} {count($lab/tahap) * 36 + 2}" role="img"
           aria-label="Tahap Laboratorium Inovasi" id="corong-lab">
        <xsl:for-each select="$lab/tahap">
          <xsl:call-template name="bar"><xsl:with-param name="pos" select="position()"/><xsl:with-param name="label" select="."/>
            <xsl:with-param name="n" select="@jumlah"/><xsl:with-param name="maks" select="$lab/@maks"/></xsl:call-template>
        </xsl:for-each>
      </svg>
    </details>

    <details id="capaian-dimensi" class="bagian">
      <summary><h2>Capaian per dimensi</h2><xsl:if test="$d/capaian-dimensi/dimensi[@kode = 'total']/@nilai"><span class="ringkas">rata-rata <xsl:value-of select="translate($d/capaian-dimensi/dimensi[@kode = 'total']/@nilai, '.', ',')"/> %</span></xsl:if></summary>
      <p class="bantuan">Rata-rata capaian inovasi yang memiliki laporan terverifikasi.</p>
      <xsl:variable name="c" select="$d/capaian-dimensi"/>
      <svg width="{$lebar-grafik}" height="{count($c/dimensi) * 36 + 2}" viewBox="0 0 {$lebar-grafik} {count($c/dimensi) * 36 + 2}" role="img"
           aria-label="Capaian per dimensi">
        <xsl:for-each select="$c/dimensi">
          <xsl:call-template name="bar">
            <xsl:with-param name="pos" select="position()"/>
            <xsl:with-param name="label" select="@nama"/>
            <xsl:with-param name="n" select="number(concat('0', @nilai))"/>
            <xsl:with-param name="teks">
              <xsl:choose>
                <xsl:when test="@nilai"><xsl:value-of select="translate(@nilai, '.', ',')"/> % (<xsl:value-of select="@dihitung"/> inovasi)</xsl:when>
                <xsl:otherwise>belum ada data</xsl:otherwise>
              </xsl:choose>
            </xsl:with-param>
            <xsl:with-param name="maks" select="100"/>
          </xsl:call-template>
        </xsl:for-each>
      </svg>
      <xsl:if test="$c/dimensi[@kode = 'total']/@predikat">
        <p>Pita capaian rata-rata: <strong><xsl:value-of select="$c/dimensi[@kode = 'total']/@predikat"/></strong></p>
      </xsl:if>
    </details>

    <xsl:if test="$d/iid">
      <details id="iid" class="bagian">
        <summary><h2>Simulasi Indeks Inovasi Daerah <xsl:value-of select="$d/@tahun"/></h2></summary>
        <xsl:variable name="i" select="$d/iid"/>
        <xsl:choose>
          <xsl:when test="$i/@ada = '1'">
            <p>Indeks dari bukti yang sudah terverifikasi: <strong id="iid-indeks"><xsl:value-of select="translate($i/@indeks, '.', ',')"/></strong>
              <xsl:if test="$i/@predikat"> · <strong id="iid-predikat"><xsl:value-of select="$i/@predikat"/></strong></xsl:if></p>
            <svg width="{$lebar-grafik}" height="146" viewBox="0 0 {$lebar-grafik} 146" role="img" aria-label="Indeks inovasi daerah">
              <xsl:call-template name="bar"><xsl:with-param name="pos" select="1"/><xsl:with-param name="label">Indeks (terverifikasi)</xsl:with-param>
                <xsl:with-param name="n" select="number($i/@indeks)"/><xsl:with-param name="teks" select="translate($i/@indeks, '.', ',')"/><xsl:with-param name="maks" select="100"/></xsl:call-template>
              <xsl:call-template name="bar"><xsl:with-param name="pos" select="2"/><xsl:with-param name="label">Bila klaim diverifikasi</xsl:with-param>
                <xsl:with-param name="n" select="number($i/@potensi_maks)"/><xsl:with-param name="teks" select="translate($i/@potensi_maks, '.', ',')"/><xsl:with-param name="maks" select="100"/><xsl:with-param name="warna">#7fb8a4</xsl:with-param></xsl:call-template>
              <xsl:call-template name="bar"><xsl:with-param name="pos" select="3"/><xsl:with-param name="label">Aspek SPD</xsl:with-param>
                <xsl:with-param name="n" select="number($i/@spd)"/><xsl:with-param name="teks" select="concat(translate($i/@spd, '.', ','), ' / ', translate($i/@spd_maks, '.', ','))"/><xsl:with-param name="maks" select="number($i/@spd_maks)"/></xsl:call-template>
              <xsl:call-template name="bar"><xsl:with-param name="pos" select="4"/><xsl:with-param name="label">Aspek SID (rata-rata)</xsl:with-param>
                <xsl:with-param name="n" select="number($i/@sid_rata)"/><xsl:with-param name="teks" select="concat(translate($i/@sid_rata, '.', ','), ' / ', translate($i/@sid_maks, '.', ','))"/><xsl:with-param name="maks" select="number($i/@sid_maks)"/></xsl:call-template>
            </svg>
            <ul>
              <li>Pembagi aspek SID: MAX(<xsl:value-of select="$i/@pembagi_min"/>, <xsl:value-of select="$i/@inovasi"/>) = <xsl:value-of select="$i/@pembagi"/></li>
              <li>Inovasi ditolak: <xsl:value-of select="$i/@ditolak"/>; indeks yang hilang karena tetap dihitung dalam pembagi: <span id="iid-rugi"><xsl:value-of select="translate($i/@rugi_ditolak, '.', ',')"/></span></li>
              <li>Indikator wajib yang belum terverifikasi: <span id="iid-wajib"><xsl:value-of select="$i/@wajib_kurang"/></span></li>
              <li>Tambahan bila semua klaim yang menunggu diverifikasi: <xsl:value-of select="translate($i/@potensi_klaim, '.', ',')"/></li>
            </ul>
            <h3>Tiga langkah yang paling menaikkan indeks</h3>
            <svg width="{$lebar-grafik}" height="{count($i/aksi) * 36 + 2}" viewBox="0 0 {$lebar-grafik} {count($i/aksi) * 36 + 2}" role="img" aria-label="Langkah yang paling menaikkan indeks">
              <xsl:for-each select="$i/aksi">
                <xsl:call-template name="bar"><xsl:with-param name="pos" select="position()"/>
                  <xsl:with-param name="label" select="concat('No. ', @nomor)"/>
                  <xsl:with-param name="n" select="number(@tambah)"/><xsl:with-param name="teks" select="concat('+', translate(@tambah, '.', ','))"/>
                  <xsl:with-param name="maks" select="number($i/aksi[1]/@tambah)"/></xsl:call-template>
              </xsl:for-each>
            </svg>
            <ol id="iid-aksi">
              <xsl:for-each select="$i/aksi">
                <li>Indikator <xsl:value-of select="@nomor"/> (<xsl:value-of select="."/>)
                  <xsl:choose><xsl:when test="@inovasi"> untuk <a href="{$dasar}/admin/inovasi/{@inovasi}/iid/{$d/@tahun}"><xsl:value-of select="@inovasi_nama"/></a></xsl:when>
                    <xsl:otherwise> aspek pemerintah daerah</xsl:otherwise></xsl:choose>:
                  dari tingkat <xsl:value-of select="@dari"/> ke 3, +<xsl:value-of select="translate(@tambah, '.', ',')"/></li>
              </xsl:for-each>
            </ol>
          </xsl:when>
          <xsl:otherwise><p class="kotak info">Belum ada katalog IID tahun ini: <a href="{$dasar}/admin/iid/{$d/@tahun}">siapkan katalog</a>.</p></xsl:otherwise>
        </xsl:choose>
        <p><a href="{$dasar}/admin/iid/{$d/@tahun}">Katalog IID</a> · <a href="{$dasar}/admin/iid/{$d/@tahun}/spd">Bukti SPD</a>
          · <a href="{$dasar}/admin/iid/{$d/@tahun}/rekap.csv">Rekap CSV</a></p>
      </details>
    </xsl:if>

    <details id="monitoring" class="bagian">
      <summary><h2>Laporan monitoring</h2><span class="ringkas"><xsl:value-of select="$d/monitoring/@terlambat"/> terlambat · <xsl:value-of select="$d/monitoring/@jatuh_tempo"/> jatuh tempo</span></summary>
      <svg width="{$lebar-grafik}" height="182" viewBox="0 0 {$lebar-grafik} 182" role="img" aria-label="Status laporan monitoring">
        <xsl:call-template name="bar"><xsl:with-param name="pos" select="1"/><xsl:with-param name="label">Terlambat</xsl:with-param><xsl:with-param name="n" select="$m/@terlambat"/><xsl:with-param name="maks" select="$m/@maks"/><xsl:with-param name="warna">#b00020</xsl:with-param></xsl:call-template>
        <xsl:call-template name="bar"><xsl:with-param name="pos" select="2"/><xsl:with-param name="label">Jatuh tempo</xsl:with-param><xsl:with-param name="n" select="$m/@jatuh_tempo"/><xsl:with-param name="maks" select="$m/@maks"/><xsl:with-param name="warna">#f0b400</xsl:with-param></xsl:call-template>
        <xsl:call-template name="bar"><xsl:with-param name="pos" select="3"/><xsl:with-param name="label">Belum jatuh tempo</xsl:with-param><xsl:with-param name="n" select="$m/@mendatang"/><xsl:with-param name="maks" select="$m/@maks"/><xsl:with-param name="warna">#8a939e</xsl:with-param></xsl:call-template>
        <xsl:call-template name="bar"><xsl:with-param name="pos" select="4"/><xsl:with-param name="label">Menunggu verifikasi</xsl:with-param><xsl:with-param name="n" select="$m/@menunggu_verifikasi"/><xsl:with-param name="maks" select="$m/@maks"/><xsl:with-param name="warna">#1f6fb4</xsl:with-param></xsl:call-template>
        <xsl:call-template name="bar"><xsl:with-param name="pos" select="5"/><xsl:with-param name="label">Diverifikasi</xsl:with-param><xsl:with-param name="n" select="$m/@diverifikasi"/><xsl:with-param name="maks" select="$m/@maks"/></xsl:call-template>
      </svg>
      <p><xsl:value-of select="$m/@diajukan_terlambat"/> laporan diajukan setelah batas waktunya.
        Jatuh tempo: belum diajukan dan batasnya dalam <xsl:value-of select="$m/@hari_jatuh_tempo"/> hari.</p>
      <xsl:if test="$m/butir">
        <table id="laporan-tertunda">
          <tr><th>Inovasi</th><th>OPD</th><th>Periode</th><th>Batas</th><th>Keadaan</th></tr>
          <xsl:for-each select="$m/butir">
            <tr>
              <xsl:if test="@jenis = 'terlambat'"><xsl:attribute name="class">tempo-lewat</xsl:attribute></xsl:if>
              <xsl:if test="@jenis = 'jatuh_tempo'"><xsl:attribute name="class">tempo-dekat</xsl:attribute></xsl:if>
              <td><a href="{$dasar}/admin/inovasi/{@inovasi}/laporan/{@periode}"><xsl:value-of select="."/></a></td>
              <td><xsl:value-of select="@opd"/></td>
              <td><xsl:value-of select="@periode_nama"/></td>
              <td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@tenggat"/></xsl:call-template></td>
              <td><xsl:choose><xsl:when test="@jenis = 'terlambat'">terlambat</xsl:when><xsl:otherwise>jatuh tempo</xsl:otherwise></xsl:choose></td>
            </tr>
          </xsl:for-each>
        </table>
        <xsl:if test="$m/@butir_jumlah &gt; count($m/butir)">
          <p class="bantuan"><xsl:value-of select="count($m/butir)"/> laporan paling mendesak dari
            <xsl:value-of select="$m/@butir_jumlah"/> yang terlambat atau jatuh tempo.</p>
        </xsl:if>
      </xsl:if>
    </details>

    <details id="peringkat" class="bagian">
      <summary><h2>Peringkat penilaian</h2></summary>
      <xsl:variable name="r" select="$d/peringkat"/>
      <xsl:choose>
        <xsl:when test="$r/inovasi">
          <svg width="{$lebar-grafik}" height="{count($r/inovasi) * 36 + 2}" viewBox="0 0 {$lebar-grafik} {count($r/inovasi) * 36 + 2}" role="img"
               aria-label="Peringkat nilai inovasi">
            <xsl:for-each select="$r/inovasi">
              <xsl:call-template name="bar">
                <xsl:with-param name="pos" select="position()"/>
                <xsl:with-param name="label" select="concat(@peringkat, '. ', substring(., 1, 22))"/>
                <xsl:with-param name="n" select="@rata"/>
                <xsl:with-param name="teks" select="translate(@rata, '.', ',')"/>
                <xsl:with-param name="maks" select="100"/>
              </xsl:call-template>
            </xsl:for-each>
          </svg>
          <table>
            <tr><th>Peringkat</th><th>Inovasi</th><th>OPD</th><th>Nilai rata-rata</th><th>Simpangan baku</th><th>Penilai</th></tr>
            <xsl:for-each select="$r/inovasi">
              <tr><td><xsl:value-of select="@peringkat"/></td>
                <td><a href="{$dasar}/admin/inovasi/{@id}/nilai"><xsl:value-of select="."/></a></td>
                <td><xsl:value-of select="@opd"/></td>
                <td><xsl:value-of select="translate(@rata, '.', ',')"/></td>
                <td><xsl:value-of select="translate(@simpangan, '.', ',')"/></td>
                <td><xsl:value-of select="@penilai"/></td></tr>
            </xsl:for-each>
          </table>
          <xsl:if test="$r/@dalam_cakupan &gt; count($r/inovasi)">
            <p class="bantuan"><xsl:value-of select="count($r/inovasi)"/> teratas dari
              <xsl:value-of select="$r/@dalam_cakupan"/> inovasi yang dinilai.</p>
          </xsl:if>
          <p class="bantuan">Peringkat di antara <xsl:value-of select="$r/@dinilai"/> inovasi tahun <xsl:value-of select="$d/@tahun"/> yang sudah dinilai di seluruh kabupaten.</p>
        </xsl:when>
        <xsl:otherwise><p>Belum ada penilaian tahun ini.</p></xsl:otherwise>
      </xsl:choose>
    </details>

    <details id="daftar" class="bagian">
      <xsl:if test="$d/daftar/@halaman &gt; 1"><xsl:attribute name="open">open</xsl:attribute></xsl:if>
      <summary><h2>Inovasi</h2><span class="ringkas"><xsl:value-of select="$d/@inovasi"/></span></summary>
      <table>
        <tr><th>Inovasi</th><th>OPD</th><th>Tahapan</th><th>Capaian</th></tr>
        <xsl:for-each select="$d/daftar/inovasi">
          <tr><td><a href="{$dasar}/admin/inovasi/{@id}"><xsl:value-of select="."/></a></td>
            <td><xsl:value-of select="@opd"/></td><td><xsl:value-of select="@tahapan"/></td>
            <td><xsl:call-template name="persen"><xsl:with-param name="n" select="@capaian"/></xsl:call-template>
              <xsl:if test="@predikat"> · <xsl:value-of select="@predikat"/></xsl:if></td></tr>
        </xsl:for-each>
      </table>
      <xsl:variable name="hl" select="$d/daftar"/>
      <xsl:if test="$hl/@halaman_jumlah &gt; 1">
        <nav class="halaman" aria-label="Halaman daftar inovasi">
          <xsl:if test="$hl/@halaman &gt; 1">
            <a href="?tahun={$d/@tahun}&amp;halaman={$hl/@halaman - 1}#daftar">« Sebelumnya</a>
          </xsl:if>
          <span>Halaman <xsl:value-of select="$hl/@halaman"/> dari <xsl:value-of select="$hl/@halaman_jumlah"/></span>
          <xsl:if test="$hl/@halaman &lt; $hl/@halaman_jumlah">
            <a href="?tahun={$d/@tahun}&amp;halaman={$hl/@halaman + 1}#daftar">Berikutnya »</a>
          </xsl:if>
        </nav>
      </xsl:if>
    </details>
  </xsl:template>
</xsl:stylesheet>
