<?xml version="1.0" encoding="UTF-8"?>
<!-- Public service statistics with charts drawn on the server as inline
     SVG: presentation attributes only (fill, x, y, width, height), no
     script and no style attribute, as the Content-Security-Policy wants. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>

  <xsl:template name="desimal">
    <xsl:param name="n"/>
    <xsl:value-of select="translate($n, '.', ',')"/>
  </xsl:template>

  <xsl:template match="grafik">
    <!-- The caption above its chart, read as its title (issue 17). -->
    <figure class="grafik" id="grafik-{@nama}">
      <figcaption><xsl:value-of select="@judul"/></figcaption>
      <svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {@lebar} {@tinggi}"
           width="100%" role="img" aria-label="{@judul}" font-family="sans-serif" font-size="12">
        <xsl:for-each select="garis">
          <line x1="{@x1}" y1="{@y1}" x2="{@x2}" y2="{@y2}" stroke="#d0d4da" stroke-width="1"/>
        </xsl:for-each>
        <xsl:for-each select="batang">
          <rect x="{@x}" y="{@y}" width="{@lebar}" height="{@tinggi}" fill="#0b6e4f">
            <title><xsl:value-of select="."/></title>
          </rect>
        </xsl:for-each>
        <xsl:for-each select="teks">
          <text x="{@x}" y="{@y}" text-anchor="{@jangkar}" fill="#1b1f23"><xsl:value-of select="."/></text>
        </xsl:for-each>
      </svg>
    </figure>
  </xsl:template>

  <xsl:template name="label-keputusan">
    <xsl:param name="kode"/>
    <xsl:choose>
      <xsl:when test="$kode = 'diberikan_seluruhnya'">Diberikan seluruhnya</xsl:when>
      <xsl:when test="$kode = 'diberikan_sebagian'">Diberikan sebagian</xsl:when>
      <xsl:when test="$kode = 'ditolak_dikecualikan'">Ditolak: informasi dikecualikan</xsl:when>
      <xsl:when test="$kode = 'ditolak_prosedural'">Ditolak: persyaratan tidak lengkap</xsl:when>
      <xsl:when test="$kode = 'tidak_dikuasai'">Informasi tidak dikuasai</xsl:when>
      <xsl:when test="$kode = 'belum_dikuasai'">Informasi belum dikuasai</xsl:when>
      <xsl:when test="$kode = 'belum_dijawab'">Belum dijawab</xsl:when>
    </xsl:choose>
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
    <xsl:variable name="s" select="statistik"/>
    <form method="get" action="{$dasar}/statistik" class="formulir saring">
      <label for="tahun">Tahun</label>
      <select id="tahun" name="tahun">
        <xsl:for-each select="$s/tahun_tersedia/tahun">
          <option value="{.}"><xsl:if test=". = $s/@tahun"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
      <button type="submit">Tampilkan</button>
    </form>
    <p><xsl:value-of select="$s/permohonan/jumlah"/> permohonan pada tahun <xsl:value-of select="$s/@tahun"/>;
      <xsl:value-of select="$s/permohonan/dijawab"/> sudah dijawab dengan pemberitahuan tertulis<xsl:if test="$s/permohonan/selesai">;
      <span class="jumlah-selesai"><xsl:value-of select="$s/permohonan/selesai"/></span> selesai dan
      <span class="jumlah-menunggu-penyerahan"><xsl:value-of select="$s/permohonan/menunggu_penyerahan"/></span> menunggu penyerahan informasi</xsl:if>.
      <xsl:if test="$s/waktu_layanan/median_hari_kerja">Median waktu jawaban
        <xsl:call-template name="desimal"><xsl:with-param name="n" select="$s/waktu_layanan/median_hari_kerja"/></xsl:call-template> hari kerja.</xsl:if>
      <xsl:if test="$s/waktu_layanan/persen_tepat_waktu">
        <xsl:call-template name="desimal"><xsl:with-param name="n" select="$s/waktu_layanan/persen_tepat_waktu"/></xsl:call-template>% dijawab tepat waktu.</xsl:if>
      <xsl:text> </xsl:text>
      <a href="{$dasar}/statistik.xml?tahun={$s/@tahun}">Data (XML)</a> ·
      <a href="{$dasar}/laporan/{$s/@tahun}.xml">Laporan tahunan (XML)</a></p>

    <xsl:apply-templates select="$s/diagram/grafik"/>

    <section class="kotak" id="tabel-keputusan">
      <h2>Keputusan</h2>
      <table>
        <xsl:for-each select="$s/keputusan/hasil">
          <tr><th><xsl:call-template name="label-keputusan"><xsl:with-param name="kode" select="@kode"/></xsl:call-template></th>
            <td><xsl:value-of select="."/></td></tr>
        </xsl:for-each>
      </table>
    </section>
    <section class="kotak" id="dip-usang">
      <h2>Informasi berkala yang belum dimutakhirkan</h2>
      <p>Informasi berkala wajib diperbarui paling sedikit setiap 6 bulan (UU 14/2008 Pasal 9).
        Saat ini <strong class="jumlah-usang"><xsl:value-of select="$s/dip_berkala_usang/@total"/></strong>
        entri Daftar Informasi Publik lebih lama dari itu.</p>
      <xsl:if test="$s/dip_berkala_usang/opd">
        <table>
          <thead><tr><th>OPD</th><th>Entri berkala lebih dari 6 bulan</th></tr></thead>
          <tbody>
            <xsl:for-each select="$s/dip_berkala_usang/opd">
              <tr><td><xsl:value-of select="@nama"/> (<xsl:value-of select="@singkatan"/>)</td><td><xsl:value-of select="."/></td></tr>
            </xsl:for-each>
          </tbody>
        </table>
      </xsl:if>
    </section>
    <xsl:call-template name="profil-pemohon"><xsl:with-param name="pp" select="$s/profil_pemohon"/></xsl:call-template>
    <section class="kotak" id="tabel-opd">
      <h2>Per OPD</h2>
      <p>Tepat waktu: pemberitahuan tertulis terbit paling lambat pada jatuh tempo, dari permohonan
        yang sudah dijawab atau sudah lewat jatuh tempo. Permohonan yang didisposisikan ke beberapa OPD
        dihitung pada setiap OPD. Tidak dijawab OPD: bagian yang tidak dijawab OPD dan ditutup
        PPID Utama atas namanya.</p>
      <table>
        <thead><tr><th>OPD</th><th>Permohonan</th><th>Dijawab</th><th>Median hari kerja</th><th>Tepat waktu</th><th>Terlambat</th><th>Tidak dijawab OPD</th></tr></thead>
        <tbody>
          <xsl:for-each select="$s/per_opd/opd">
            <tr><td><xsl:value-of select="@nama"/> (<xsl:value-of select="@singkatan"/>)</td>
              <td><xsl:value-of select="jumlah"/></td><td><xsl:value-of select="dijawab"/></td>
              <td><xsl:call-template name="desimal"><xsl:with-param name="n" select="median_hari_kerja"/></xsl:call-template></td>
              <td><xsl:if test="persen_tepat_waktu"><xsl:call-template name="desimal"><xsl:with-param name="n" select="persen_tepat_waktu"/></xsl:call-template>%</xsl:if></td>
              <td><xsl:value-of select="terlambat + lewat_tempo"/></td>
              <td class="tidak-dijawab"><xsl:value-of select="tidak_dijawab_opd"/></td></tr>
          </xsl:for-each>
        </tbody>
      </table>
    </section>
  </xsl:template>
</xsl:stylesheet>
