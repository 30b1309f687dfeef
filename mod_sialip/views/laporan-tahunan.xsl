<?xml version="1.0" encoding="UTF-8"?>
<!-- The annual report (Perki 1/2021 Pasal 56) and, with the same
     templates, the public semester summary (laporan-semester.xsl). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <!-- A decimal with the Indonesian comma; "-" when there is none. -->
  <xsl:template name="desimal">
    <xsl:param name="n"/>
    <xsl:choose>
      <xsl:when test="string($n) != ''"><xsl:value-of select="translate($n, '.', ',')"/></xsl:when>
      <xsl:otherwise>-</xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="label-keputusan">
    <xsl:param name="kode"/>
    <xsl:choose>
      <xsl:when test="$kode = 'diberikan_seluruhnya'">Diberikan seluruhnya</xsl:when>
      <xsl:when test="$kode = 'diberikan_sebagian'">Diberikan sebagian</xsl:when>
      <xsl:when test="$kode = 'ditolak_dikecualikan'">Ditolak: dikecualikan</xsl:when>
      <xsl:when test="$kode = 'ditolak_prosedural'">Ditolak: prosedural</xsl:when>
      <xsl:when test="$kode = 'tidak_dikuasai'">Tidak dikuasai</xsl:when>
      <xsl:when test="$kode = 'belum_dikuasai'">Belum dikuasai</xsl:when>
      <xsl:otherwise><xsl:value-of select="$kode"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>

  <xsl:template name="label-pasal17">
    <xsl:param name="huruf"/>
    <xsl:choose>
      <xsl:when test="$huruf = 'a'">penegakan hukum</xsl:when>
      <xsl:when test="$huruf = 'b'">hak kekayaan intelektual dan persaingan usaha</xsl:when>
      <xsl:when test="$huruf = 'c'">pertahanan dan keamanan negara</xsl:when>
      <xsl:when test="$huruf = 'd'">kekayaan alam</xsl:when>
      <xsl:when test="$huruf = 'e'">ketahanan ekonomi nasional</xsl:when>
      <xsl:when test="$huruf = 'f'">hubungan luar negeri</xsl:when>
      <xsl:when test="$huruf = 'g'">akta otentik atau wasiat</xsl:when>
      <xsl:when test="$huruf = 'h'">rahasia pribadi</xsl:when>
      <xsl:when test="$huruf = 'i'">memorandum antar/intra badan publik</xsl:when>
      <xsl:when test="$huruf = 'j'">dilarang undang-undang lain</xsl:when>
    </xsl:choose>
  </xsl:template>

  <!-- Requests, service time and outcomes: the part every report has. -->
  <xsl:template match="laporan_tahunan | ringkasan_semester" mode="ringkas">
    <p>Periode <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="periode/@dari"/></xsl:call-template> sampai <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="periode/@sampai"/></xsl:call-template>,
      dihitung pada <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="periode/@hari_ini"/></xsl:call-template>. Waktu layanan dihitung dalam
      hari kerja dari hari ke-0 sampai pemberitahuan tertulis, menurut kalender hari libur yang berlaku.</p>
    <section class="kotak" id="permohonan">
      <h2>Permohonan</h2>
      <table>
        <tr><th>Jumlah permohonan</th><td><xsl:value-of select="permohonan/jumlah"/></td></tr>
        <tr><th>Sudah dijawab (pemberitahuan tertulis)</th><td><xsl:value-of select="permohonan/dijawab"/></td></tr>
        <tr><th>Belum dijawab</th><td><xsl:value-of select="permohonan/belum_dijawab"/></td></tr>
      </table>
    </section>
    <section class="kotak" id="waktu">
      <h2>Waktu layanan (hari kerja)</h2>
      <xsl:variable name="w" select="waktu_layanan"/>
      <table>
        <tr><th>Rata-rata</th><td><xsl:call-template name="desimal"><xsl:with-param name="n" select="$w/rata_rata"/></xsl:call-template></td></tr>
        <tr><th>Median</th><td><xsl:call-template name="desimal"><xsl:with-param name="n" select="$w/median"/></xsl:call-template></td></tr>
        <tr><th>Tercepat / terlama</th><td><xsl:choose><xsl:when test="$w/tercepat"><xsl:value-of select="$w/tercepat"/> / <xsl:value-of select="$w/terlama"/></xsl:when><xsl:otherwise>-</xsl:otherwise></xsl:choose></td></tr>
        <tr><th>Tepat waktu</th><td><xsl:value-of select="$w/tepat_waktu"/></td></tr>
        <tr><th>Terlambat</th><td><xsl:value-of select="$w/terlambat"/></td></tr>
        <tr><th>Belum dijawab, lewat jatuh tempo</th><td><xsl:value-of select="$w/lewat_tempo"/></td></tr>
        <tr><th>Persentase tepat waktu</th><td><xsl:call-template name="desimal"><xsl:with-param name="n" select="$w/persen_tepat_waktu"/></xsl:call-template><xsl:if test="$w/persen_tepat_waktu">%</xsl:if></td></tr>
        <tr><th>Diperpanjang</th><td><xsl:value-of select="$w/diperpanjang"/></td></tr>
        <xsl:for-each select="$w/sebaran/kelompok">
          <tr><th><xsl:value-of select="@dari"/><xsl:choose><xsl:when test="@sampai">–<xsl:value-of select="@sampai"/></xsl:when><xsl:otherwise> atau lebih</xsl:otherwise></xsl:choose> hari kerja</th>
            <td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
      </table>
    </section>
    <section class="kotak" id="keputusan">
      <h2>Keputusan</h2>
      <xsl:variable name="k" select="keputusan"/>
      <table>
        <tr><th>Diberikan seluruhnya</th><td><xsl:value-of select="$k/diberikan_seluruhnya"/></td></tr>
        <tr><th>Diberikan sebagian</th><td><xsl:value-of select="$k/diberikan_sebagian"/></td></tr>
        <tr><th>Ditolak</th><td><xsl:value-of select="$k/ditolak/@jumlah"/></td></tr>
        <xsl:for-each select="$k/ditolak/dikecualikan/pasal17[. != '0']">
          <tr><th>— dikecualikan Pasal 17 huruf <xsl:value-of select="@huruf"/>
            (<xsl:call-template name="label-pasal17"><xsl:with-param name="huruf" select="@huruf"/></xsl:call-template>)</th>
            <td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
        <tr><th>— prosedural (persyaratan tidak lengkap)</th><td><xsl:value-of select="$k/ditolak/prosedural"/></td></tr>
        <tr><th>Informasi tidak dikuasai</th><td><xsl:value-of select="$k/tidak_dikuasai"/></td></tr>
        <tr><th>Informasi belum dikuasai</th><td><xsl:value-of select="$k/belum_dikuasai"/></td></tr>
      </table>
    </section>
  </xsl:template>

  <!-- Requests answered late or still open past their due date. -->
  <xsl:template name="terlambat">
    <xsl:variable name="telat" select="permohonan_terlambat/permohonan"/>
    <section class="kotak" id="terlambat">
      <h2>Permohonan terlambat</h2>
      <xsl:choose>
        <xsl:when test="$telat">
          <table>
            <thead><tr><th>Nomor</th><th>Hari ke-0</th><th>Jatuh tempo</th><th>Pemberitahuan</th><th>Hari kerja</th></tr></thead>
            <tbody>
              <xsl:for-each select="$telat[position() &lt;= 200]">
                <tr><td><xsl:value-of select="@nomor"/></td><td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@hari_nol"/></xsl:call-template></td>
                  <td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@jatuh_tempo"/></xsl:call-template></td>
                  <td><xsl:choose><xsl:when test="@pemberitahuan"><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@pemberitahuan"/></xsl:call-template></xsl:when><xsl:otherwise>belum</xsl:otherwise></xsl:choose></td>
                  <td><xsl:value-of select="@hari_kerja"/></td></tr>
              </xsl:for-each>
            </tbody>
          </table>
          <xsl:if test="count($telat) &gt; 200">
            <p>Ditampilkan 200 dari <xsl:value-of select="count($telat)"/>; daftar lengkap ada pada XML.</p>
          </xsl:if>
        </xsl:when>
        <xsl:otherwise><p>Tidak ada.</p></xsl:otherwise>
      </xsl:choose>
    </section>
  </xsl:template>

  <!-- Requests by the requester's profile (issue 18): each dimension
       counted alone, never crossed. -->
  <xsl:template name="profil-pemohon">
    <xsl:param name="pp"/>
    <xsl:if test="$pp">
      <section class="kotak" id="profil-pemohon">
        <h2>Profil pemohon</h2>
        <p>Jumlah permohonan menurut pekerjaan, jenis kelamin, dan kecamatan tempat tinggal pemohon
          (masing-masing dihitung tersendiri, tanpa data pribadi).</p>
        <xsl:for-each select="$pp/*">
          <table class="profil-{local-name()}">
            <caption><xsl:choose>
              <xsl:when test="local-name() = 'pekerjaan'">Menurut pekerjaan</xsl:when>
              <xsl:when test="local-name() = 'jenis_kelamin'">Menurut jenis kelamin</xsl:when>
              <xsl:otherwise>Menurut kecamatan</xsl:otherwise>
            </xsl:choose></caption>
            <xsl:for-each select="kategori">
              <tr><th scope="row"><xsl:value-of select="@label"/></th><td data-kode="{@kode}"><xsl:value-of select="."/></td></tr>
            </xsl:for-each>
          </table>
        </xsl:for-each>
      </section>
    </xsl:if>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="l" select="laporan_tahunan"/>
    <p><a href="{$dasar}/laporan/{$l/@tahun}.xml">Unduh XML (publik, dengan waktu layanan setiap permohonan)</a> ·
      <a href="{$dasar}/laporan/{$l/@tahun}/semester/1">Semester 1</a> ·
      <a href="{$dasar}/laporan/{$l/@tahun}/semester/2">Semester 2</a></p>
    <xsl:choose>
      <xsl:when test="$l/@diajukan">
        <p class="kotak info" id="diajukan">Laporan ini telah diajukan pada <xsl:value-of select="$l/@diajukan"/> UTC
          dan dibekukan: angka di bawah adalah versi yang diajukan, dihitung pada <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="$l/periode/@hari_ini"/></xsl:call-template>.
          <xsl:if test="$l/@terlambat = '1'"><span class="label lewat">Diajukan setelah batas 31 Maret</span></xsl:if></p>
      </xsl:when>
      <xsl:when test="$boleh-laporan">
        <p><a href="{$dasar}/admin/laporan/{$l/@tahun}/narasi">Tulis narasi dan ajukan laporan</a></p>
      </xsl:when>
    </xsl:choose>
    <xsl:apply-templates select="$l" mode="ringkas"/>
    <xsl:for-each select="$l/narasi/bagian">
      <section class="kotak narasi" id="narasi-{@nama}">
        <h2><xsl:choose>
          <xsl:when test="@nama = 'kebijakan'">Kebijakan dan organisasi PPID</xsl:when>
          <xsl:when test="@nama = 'sarana'">Sarana dan prasarana</xsl:when>
          <xsl:when test="@nama = 'sdm'">Sumber daya manusia</xsl:when>
          <xsl:when test="@nama = 'anggaran'">Anggaran</xsl:when>
          <xsl:when test="@nama = 'kendala'">Kendala</xsl:when>
          <xsl:when test="@nama = 'rekomendasi'">Rekomendasi dan tindak lanjut</xsl:when>
          <xsl:otherwise>Pelaksanaan putusan keberatan, Komisi Informasi, dan pengadilan</xsl:otherwise>
        </xsl:choose></h2>
        <p class="teks-narasi"><xsl:value-of select="."/></p>
      </section>
    </xsl:for-each>
    <section class="kotak" id="keberatan">
      <h2>Keberatan</h2>
      <p>Keberatan atas permohonan tahun ini: <xsl:value-of select="$l/keberatan/@jumlah"/></p>
      <table>
        <xsl:for-each select="$l/keberatan/per_alasan/alasan">
          <tr><th>Alasan Pasal 35 ayat 1 huruf <xsl:value-of select="@huruf"/></th><td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
        <tr><th>Dikabulkan Atasan PPID</th><td><xsl:value-of select="$l/keberatan/dikabulkan"/></td></tr>
        <tr><th>Ditolak Atasan PPID</th><td><xsl:value-of select="$l/keberatan/ditolak"/></td></tr>
        <tr><th>Belum diputus</th><td><xsl:value-of select="$l/keberatan/belum_diputus"/></td></tr>
        <tr><th>Selesai secara musyawarah</th><td><xsl:value-of select="$l/keberatan/musyawarah"/></td></tr>
      </table>
    </section>
    <section class="kotak" id="sengketa">
      <h2>Sengketa di Komisi Informasi</h2>
      <p>Jumlah sengketa: <xsl:value-of select="$l/sengketa/@jumlah"/></p>
      <table>
        <xsl:for-each select="$l/sengketa/per_tahap/tahap">
          <tr><th>Tahap <xsl:value-of select="translate(@kode, '_', ' ')"/></th><td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
        <xsl:for-each select="$l/sengketa/per_hasil/hasil">
          <tr><th>Hasil: <xsl:value-of select="translate(@kode, '_', ' ')"/></th><td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
      </table>
    </section>
    <section class="kotak" id="perkara">
      <h2>Perkara di pengadilan</h2>
      <p>Jumlah perkara: <xsl:value-of select="$l/perkara_pengadilan/@jumlah"/></p>
      <table>
        <xsl:for-each select="$l/perkara_pengadilan/per_pengadilan/pengadilan">
          <tr><th><xsl:choose>
            <xsl:when test="@kode = 'ptun'">Pengadilan Tata Usaha Negara</xsl:when>
            <xsl:when test="@kode = 'pn'">Pengadilan Negeri</xsl:when>
            <xsl:otherwise>Mahkamah Agung (kasasi)</xsl:otherwise>
          </xsl:choose></th><td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
        <xsl:for-each select="$l/perkara_pengadilan/per_hasil/hasil">
          <tr><th>Hasil: <xsl:value-of select="translate(@kode, '_', ' ')"/></th><td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
      </table>
    </section>
    <xsl:call-template name="profil-pemohon"><xsl:with-param name="pp" select="$l/profil_pemohon"/></xsl:call-template>
    <xsl:for-each select="$l"><xsl:call-template name="terlambat"/></xsl:for-each>
  </xsl:template>
</xsl:stylesheet>
