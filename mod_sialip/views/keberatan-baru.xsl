<?xml version="1.0" encoding="UTF-8"?>
<!-- An objection without the citizen's request form: ground b (periodic
     information not published, no request needed) filed by anyone, and
     the desk's record of an objection received by letter or in person
     (staf). Re-shown with the values and an error beside each field. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="permohonan-baru.xsl"/>

  <xsl:template match="halaman" mode="isi">
    <xsl:variable name="staf" select="formulir/@staf"/>
    <xsl:if test="formulir/galat">
      <div class="kotak galat" role="alert">
        <p>Keberatan belum tersimpan. Perbaiki isian yang ditandai di bawah ini.</p>
      </div>
    </xsl:if>
    <xsl:choose>
      <xsl:when test="$staf">
        <p>Catat keberatan yang diterima melalui surat, datang langsung, e-mail atau telepon,
          dengan waktu diterima yang sebenarnya. Isi nomor permohonan untuk keberatan atas
          permohonan; tanpa nomor permohonan hanya alasan b (informasi berkala tidak
          disediakan) yang dapat dicatat, dengan identitas pengaju.</p>
      </xsl:when>
      <xsl:otherwise>
        <p>Keberatan karena informasi berkala (UU 14/2008 Pasal 9) tidak disediakan
          dapat diajukan tanpa permohonan informasi lebih dahulu (Pasal 35 ayat 1 huruf b).
          Untuk keberatan atas permohonan Anda, gunakan tautan keberatan pada halaman status
          permohonan.</p>
      </xsl:otherwise>
    </xsl:choose>
    <form method="post" class="formulir" novalidate="novalidate">
      <xsl:attribute name="action">
        <xsl:value-of select="$dasar"/>
        <xsl:choose>
          <xsl:when test="$staf">/admin/keberatan/baru</xsl:when>
          <xsl:otherwise>/keberatan/baru</xsl:otherwise>
        </xsl:choose>
      </xsl:attribute>
      <xsl:if test="$staf">
        <xsl:call-template name="csrf"/>
        <xsl:call-template name="pilihan">
          <xsl:with-param name="nama">kanal</xsl:with-param>
          <xsl:with-param name="label">Saluran keberatan</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="teks">
          <xsl:with-param name="nama">diterima</xsl:with-param>
          <xsl:with-param name="label">Waktu diterima (WIB)</xsl:with-param>
          <xsl:with-param name="bantuan">Misalnya 2026-03-13 10:00. Tidak boleh lebih dari sekarang.</xsl:with-param>
        </xsl:call-template>
        <xsl:call-template name="teks">
          <xsl:with-param name="nama">nomor_permohonan</xsl:with-param>
          <xsl:with-param name="label">Nomor permohonan (kosongkan untuk alasan b tanpa permohonan)</xsl:with-param>
        </xsl:call-template>
        <fieldset>
          <legend>Alasan keberatan (UU 14/2008 Pasal 35 ayat 1)</legend>
          <xsl:for-each select="formulir/pilihan[@untuk = 'alasan']/opsi">
            <input type="checkbox" id="alasan-{@nilai}" name="alasan" value="{@nilai}">
              <xsl:if test="@nilai = $isian/nilai[@nama = 'alasan']"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <label for="alasan-{@nilai}"><xsl:value-of select="@nilai"/>. <xsl:value-of select="."/></label><br/>
          </xsl:for-each>
          <xsl:call-template name="galat-field"><xsl:with-param name="untuk">alasan</xsl:with-param></xsl:call-template>
        </fieldset>
        <h2>Identitas pengaju (keberatan tanpa permohonan)</h2>
      </xsl:if>
      <xsl:call-template name="pilihan">
        <xsl:with-param name="nama">jenis_pemohon</xsl:with-param>
        <xsl:with-param name="label">Jenis pengaju</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama lengkap</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">nik</xsl:with-param>
        <xsl:with-param name="label">NIK</xsl:with-param>
        <xsl:with-param name="bantuan">16 angka sesuai KTP; untuk kelompok, NIK penerima kuasa.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">nomor_badan_hukum</xsl:with-param>
        <xsl:with-param name="label">Nomor SK pengesahan badan hukum (khusus badan hukum)</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="area">
        <xsl:with-param name="nama">alamat</xsl:with-param>
        <xsl:with-param name="label">Alamat</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">telepon</xsl:with-param>
        <xsl:with-param name="label">Nomor telepon</xsl:with-param>
        <xsl:with-param name="jenis">tel</xsl:with-param>
        <xsl:with-param name="bantuan">Isi telepon atau e-mail; salah satu wajib.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">email</xsl:with-param>
        <xsl:with-param name="label">Alamat e-mail</xsl:with-param>
        <xsl:with-param name="jenis">email</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="teks">
        <xsl:with-param name="nama">pekerjaan</xsl:with-param>
        <xsl:with-param name="label">Pekerjaan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="area">
        <xsl:with-param name="nama">rincian</xsl:with-param>
        <xsl:with-param name="label">Informasi berkala yang tidak disediakan</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="area">
        <xsl:with-param name="nama">tujuan</xsl:with-param>
        <xsl:with-param name="label">Tujuan penggunaan informasi</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="area">
        <xsl:with-param name="nama">uraian</xsl:with-param>
        <xsl:with-param name="label">Uraian keberatan</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Ajukan keberatan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
