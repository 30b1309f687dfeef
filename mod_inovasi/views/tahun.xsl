<?xml version="1.0" encoding="UTF-8"?>
<!-- The rules of a year: dimension weights, bands, evaluation criteria and
     monitoring periods.  Forms only for the evaluator (Bappeda). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:import href="_inovasi.xsl"/>

  <xsl:template name="sel">
    <xsl:param name="nama"/>
    <xsl:param name="value"/>
    <xsl:param name="label"/>
    <xsl:param name="baca"/>
    <td>
      <xsl:choose>
        <xsl:when test="$baca"><xsl:value-of select="$value"/></xsl:when>
        <xsl:otherwise>
          <input type="text" id="{$nama}" name="{$nama}" value="{$value}" aria-label="{$label}">
            <xsl:call-template name="kelas-salah"><xsl:with-param name="nama" select="$nama"/></xsl:call-template>
          </input>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$nama"/></xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
    </td>
  </xsl:template>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="t" select="tahun"/>
    <xsl:variable name="baca" select="not($t/@boleh_ubah)"/>
    <xsl:call-template name="menu-inovasi"/>
    <p><a href="{$dasar}/admin/tahun/{$t/@sebelum}">← <xsl:value-of select="$t/@sebelum"/></a> ·
       <a href="{$dasar}/admin/tahun/{$t/@sesudah}"><xsl:value-of select="$t/@sesudah"/> →</a></p>
    <xsl:if test="$t/galat">
      <div class="kotak galat" role="alert"><p>Perubahan belum tersimpan. Perbaiki isian yang ditandai.</p></div>
    </xsl:if>

    <h2>Bobot dimensi capaian</h2>
    <p>Bobot output, kemanfaatan dan keberlanjutan berjumlah 100.
      <xsl:choose>
        <xsl:when test="$t/bobot-dimensi/@berlaku = $t/@nilai">Ditetapkan untuk tahun ini.</xsl:when>
        <xsl:when test="$t/bobot-dimensi/@berlaku">Belum ditetapkan untuk tahun ini; berlaku bobot tahun <xsl:value-of select="$t/bobot-dimensi/@berlaku"/>.</xsl:when>
        <xsl:otherwise>Belum ditetapkan; berlaku bobot sama rata.</xsl:otherwise>
      </xsl:choose></p>
    <form method="post" class="formulir sempit" novalidate="novalidate"><xsl:if test="not($baca)"><xsl:attribute name="action"><xsl:value-of select="concat($dasar, '/admin/tahun/', $t/@nilai, '/bobot')"/></xsl:attribute></xsl:if>
      <xsl:call-template name="csrf"/>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">bobot_dimensi</xsl:with-param></xsl:call-template>
      <table>
        <xsl:for-each select="$t/bobot-dimensi/dimensi">
          <tr><th><xsl:value-of select="@nama"/></th>
            <xsl:call-template name="sel">
              <xsl:with-param name="nama" select="@kode"/>
              <xsl:with-param name="value" select="translate($isian/nilai[@nama = current()/@kode], '.', ',')"/>
              <xsl:with-param name="label" select="@nama"/>
              <xsl:with-param name="baca" select="$baca"/>
            </xsl:call-template></tr>
        </xsl:for-each>
      </table>
      <xsl:if test="not($baca)"><button type="submit">Simpan bobot dimensi</button></xsl:if>
    </form>

    <h2>Pita capaian</h2>
    <p>Kata untuk capaian terhadap target rancangan (misalnya tercapai, sesuai rencana, tertinggal); bukan predikat Indeks Inovasi Daerah, yang hanya dipakai untuk nilai IID.
      Capaian (persen) dibulatkan dua desimal lalu dicocokkan dengan batas bawah dan atas (keduanya termasuk).
      <xsl:choose>
        <xsl:when test="$t/pita/@berlaku = $t/@nilai">Ditetapkan untuk tahun ini.</xsl:when>
        <xsl:when test="$t/pita/@berlaku">Berlaku pita capaian tahun <xsl:value-of select="$t/pita/@berlaku"/>; simpan untuk menetapkannya bagi tahun ini.</xsl:when>
      </xsl:choose></p>
    <form method="post" class="formulir" novalidate="novalidate"><xsl:if test="not($baca)"><xsl:attribute name="action"><xsl:value-of select="concat($dasar, '/admin/tahun/', $t/@nilai, '/pita')"/></xsl:attribute></xsl:if>
      <xsl:call-template name="csrf"/>
      <input type="hidden" name="pita_baris" value="{$t/pita/@baris}"/>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">pita</xsl:with-param></xsl:call-template>
      <table>
        <tr><th>Predikat</th><th>Batas bawah</th><th>Batas atas</th></tr>
        <xsl:for-each select="$t/pita/baris">
          <tr>
            <xsl:call-template name="sel"><xsl:with-param name="nama" select="concat('pita_nama_', @no)"/><xsl:with-param name="value" select="nama"/><xsl:with-param name="label">Predikat</xsl:with-param><xsl:with-param name="baca" select="$baca"/></xsl:call-template>
            <xsl:call-template name="sel"><xsl:with-param name="nama" select="concat('pita_bawah_', @no)"/><xsl:with-param name="value" select="translate(bawah, '.', ',')"/><xsl:with-param name="label">Batas bawah</xsl:with-param><xsl:with-param name="baca" select="$baca"/></xsl:call-template>
            <xsl:call-template name="sel"><xsl:with-param name="nama" select="concat('pita_atas_', @no)"/><xsl:with-param name="value" select="translate(atas, '.', ',')"/><xsl:with-param name="label">Batas atas</xsl:with-param><xsl:with-param name="baca" select="$baca"/></xsl:call-template>
          </tr>
        </xsl:for-each>
      </table>
      <xsl:if test="not($baca)"><button type="submit">Simpan pita capaian</button></xsl:if>
    </form>

    <p><a href="{$dasar}/admin/iid/{$t/@nilai}">Katalog Indeks Inovasi Daerah tahun <xsl:value-of select="$t/@nilai"/></a></p>

    <h2>Satu OPD Satu Inovasi</h2>
    <p>Inovasi yang dihitung untuk kebijakan One Agency, One Innovation tahun ini: bentuk yang dicentang, mulai dari tahap yang dipilih.
      <xsl:choose>
        <xsl:when test="$t/oaoi/@berlaku = $t/@nilai">Ditetapkan untuk tahun ini.</xsl:when>
        <xsl:when test="$t/oaoi/@berlaku">Berlaku ketetapan tahun <xsl:value-of select="$t/oaoi/@berlaku"/>.</xsl:when>
        <xsl:otherwise>Belum ditetapkan: semua inovasi dihitung.</xsl:otherwise>
      </xsl:choose></p>
    <form method="post" class="formulir" novalidate="novalidate"><xsl:if test="not($baca)"><xsl:attribute name="action"><xsl:value-of select="concat($dasar, '/admin/tahun/', $t/@nilai, '/oaoi')"/></xsl:attribute></xsl:if>
      <xsl:call-template name="csrf"/>
      <fieldset><legend>Bentuk yang dihitung</legend>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">oaoi_bentuk</xsl:with-param></xsl:call-template>
        <xsl:for-each select="$t/oaoi/bentuk">
          <label><input type="checkbox" name="bentuk_{@kode}" value="1">
            <xsl:if test="@dihitung"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            <xsl:if test="$baca"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
          </input><xsl:text> </xsl:text><xsl:value-of select="."/></label><br/>
        </xsl:for-each>
      </fieldset>
      <label for="tahapan_min">Tahap paling awal yang dihitung</label>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">tahapan_min</xsl:with-param></xsl:call-template>
      <select id="tahapan_min" name="tahapan_min">
        <xsl:if test="$baca"><xsl:attribute name="disabled">disabled</xsl:attribute></xsl:if>
        <xsl:for-each select="$t/oaoi/tahapan-pilihan/opsi">
          <option value="{@nilai}"><xsl:if test="@dipilih"><xsl:attribute name="selected">selected</xsl:attribute></xsl:if><xsl:value-of select="."/></option>
        </xsl:for-each>
      </select>
      <xsl:if test="not($baca)"><button type="submit">Simpan ketentuan</button></xsl:if>
    </form>

    <h2>Kriteria penilaian</h2>
    <p>Bobot kriteria berjumlah 100.
      <xsl:choose>
        <xsl:when test="$t/kriteria/@sendiri">Ditetapkan untuk tahun ini.</xsl:when>
        <xsl:when test="$t/kriteria/@berlaku">Belum ditetapkan untuk tahun ini; isian di bawah disalin dari tahun <xsl:value-of select="$t/kriteria/@berlaku"/>. Simpan untuk menetapkannya.</xsl:when>
        <xsl:otherwise>Belum ditetapkan.</xsl:otherwise>
      </xsl:choose>
      Kriteria yang kosongkan namanya dan bobotnya dihapus (kecuali yang sudah dinilai).</p>
    <form method="post" class="formulir" novalidate="novalidate"><xsl:if test="not($baca)"><xsl:attribute name="action"><xsl:value-of select="concat($dasar, '/admin/tahun/', $t/@nilai, '/kriteria')"/></xsl:attribute></xsl:if>
      <xsl:call-template name="csrf"/>
      <input type="hidden" name="kriteria_baris" value="{$t/kriteria/@baris}"/>
      <xsl:call-template name="galat-field"><xsl:with-param name="untuk">kriteria</xsl:with-param></xsl:call-template>
      <table>
        <tr><th>Kriteria</th><th>Bobot</th></tr>
        <xsl:for-each select="$t/kriteria/baris">
          <tr>
            <xsl:call-template name="sel"><xsl:with-param name="nama" select="concat('kriteria_nama_', @no)"/><xsl:with-param name="value" select="nama"/><xsl:with-param name="label">Kriteria</xsl:with-param><xsl:with-param name="baca" select="$baca"/></xsl:call-template>
            <xsl:call-template name="sel"><xsl:with-param name="nama" select="concat('kriteria_bobot_', @no)"/><xsl:with-param name="value" select="translate(bobot, '.', ',')"/><xsl:with-param name="label">Bobot</xsl:with-param><xsl:with-param name="baca" select="$baca"/></xsl:call-template>
            <xsl:if test="not($baca)"><td><input type="hidden" name="kriteria_id_{@no}" value="{@id}"/></td></xsl:if>
          </tr>
        </xsl:for-each>
      </table>
      <xsl:if test="not($baca)"><button type="submit">Simpan kriteria</button></xsl:if>
    </form>

    <h2>Periode monitoring</h2>
    <xsl:choose>
      <xsl:when test="$t/periode-daftar/periode">
        <table>
          <tr><th>Periode</th><th>Rentang</th><th>Batas laporan</th><th>Laporan</th></tr>
          <xsl:for-each select="$t/periode-daftar/periode">
            <tr><td><xsl:value-of select="@nama"/></td><td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@mulai"/></xsl:call-template> s.d. <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@selesai"/></xsl:call-template></td>
              <td><xsl:call-template name="tanggal"><xsl:with-param name="iso" select="@tenggat"/></xsl:call-template></td><td><xsl:value-of select="@laporan"/></td></tr>
          </xsl:for-each>
        </table>
      </xsl:when>
      <xsl:otherwise><p>Belum ada periode.</p></xsl:otherwise>
    </xsl:choose>
    <xsl:if test="not($baca)">
      <form method="post" action="{$dasar}/admin/tahun/{$t/@nilai}/periode" class="formulir sempit" novalidate="novalidate">
        <xsl:call-template name="csrf"/>
        <p class="bantuan">Satu tahun memakai satu jenis periode. Menyimpan periode yang sudah ada mengubah batas laporannya.</p>
        <xsl:call-template name="pilih"><xsl:with-param name="nama">jenis</xsl:with-param><xsl:with-param name="label">Jenis periode</xsl:with-param><xsl:with-param name="kosong">Pilih jenis</xsl:with-param></xsl:call-template>
        <label for="nomor">Nomor periode</label>
        <select id="nomor" name="nomor">
          <option value="semua">Semua periode sekaligus</option>
          <option value="1">1</option><option value="2">2</option><option value="3">3</option><option value="4">4</option>
        </select>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk">nomor</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">hari</xsl:with-param><xsl:with-param name="label">Batas laporan: hari kerja setelah akhir periode</xsl:with-param><xsl:with-param name="bantuan">Untuk "semua periode sekaligus". Dihitung pada kalender hari libur kabupaten: Sabtu, Minggu, libur nasional dan cuti bersama dilewati.</xsl:with-param></xsl:call-template>
        <xsl:call-template name="teks"><xsl:with-param name="nama">tenggat</xsl:with-param><xsl:with-param name="label">Batas laporan (tanggal)</xsl:with-param><xsl:with-param name="jenis">date</xsl:with-param><xsl:with-param name="bantuan">Untuk satu periode.</xsl:with-param></xsl:call-template>
        <button type="submit">Simpan periode</button>
      </form>
    </xsl:if>
  </xsl:template>
</xsl:stylesheet>
