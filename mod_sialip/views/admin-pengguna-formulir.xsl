<?xml version="1.0" encoding="UTF-8"?>
<!-- A staff account: new, or editing name, e-mail, OPD, roles and password, with
     deactivation. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:include href="_admin-isian.xsl"/>

  <xsl:variable name="u" select="/halaman/pengguna"/>

  <xsl:template match="halaman" mode="isi">
    <p><a href="{$dasar}/admin/pengguna">Kembali ke daftar pengguna</a></p>
    <xsl:if test="$u/pesan">
      <div class="kotak info" role="status"><p><xsl:value-of select="$u/pesan"/></p></div>
    </xsl:if>
    <xsl:call-template name="isian-ringkasan-galat"/>
    <xsl:if test="$u/@id">
      <section class="kotak">
        <p>Status akun: <strong class="status-akun"><xsl:choose><xsl:when test="$u/@aktif = '1'">Aktif</xsl:when><xsl:otherwise>Nonaktif</xsl:otherwise></xsl:choose></strong></p>
        <xsl:choose>
          <xsl:when test="$u/@aktif = '1' and not($u/@diri_sendiri)">
            <xsl:call-template name="tombol-aksi">
              <xsl:with-param name="aksi" select="concat($u/@aksi, '/nonaktifkan')"/>
              <xsl:with-param name="label">Nonaktifkan akun</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
          <xsl:when test="$u/@aktif != '1'">
            <xsl:call-template name="tombol-aksi">
              <xsl:with-param name="aksi" select="concat($u/@aksi, '/aktifkan')"/>
              <xsl:with-param name="label">Aktifkan kembali</xsl:with-param>
            </xsl:call-template>
          </xsl:when>
        </xsl:choose>
      </section>
    </xsl:if>
    <form method="post" action="{$u/@aksi}" class="formulir" novalidate="novalidate" autocomplete="off">
      <xsl:call-template name="csrf"/>
      <xsl:choose>
        <xsl:when test="$u/@id">
          <p><strong>Nama pengguna:</strong><xsl:text> </xsl:text><xsl:value-of select="$u/kode"/></p>
        </xsl:when>
        <xsl:otherwise>
          <xsl:call-template name="isian-teks">
            <xsl:with-param name="nama">username</xsl:with-param>
            <xsl:with-param name="label">Nama pengguna</xsl:with-param>
            <xsl:with-param name="bantuan">Huruf kecil, angka, titik, garis bawah, atau tanda hubung; tidak dapat diubah kemudian.</xsl:with-param>
          </xsl:call-template>
        </xsl:otherwise>
      </xsl:choose>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">nama</xsl:with-param>
        <xsl:with-param name="label">Nama lengkap</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">email</xsl:with-param>
        <xsl:with-param name="label">Alamat e-mail (tidak wajib)</xsl:with-param>
        <xsl:with-param name="jenis">email</xsl:with-param>
        <xsl:with-param name="bantuan">E-mail disposisi dan pengingat tenggat harian dikirim ke alamat ini. PPID Pelaksana tanpa e-mail tidak diberi tahu.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">opd_id</xsl:with-param>
        <xsl:with-param name="label">OPD</xsl:with-param>
        <xsl:with-param name="kosong">Tanpa OPD</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-centang-banyak">
        <xsl:with-param name="nama">peran</xsl:with-param>
        <xsl:with-param name="label">Peran</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">password</xsl:with-param>
        <xsl:with-param name="label"><xsl:choose><xsl:when test="$u/@id">Kata sandi baru (kosongkan bila tidak diganti)</xsl:when><xsl:otherwise>Kata sandi</xsl:otherwise></xsl:choose></xsl:with-param>
        <xsl:with-param name="jenis">password</xsl:with-param>
        <xsl:with-param name="bantuan">Paling sedikit 10 karakter.</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-teks">
        <xsl:with-param name="nama">password_ulang</xsl:with-param>
        <xsl:with-param name="label">Ulangi kata sandi</xsl:with-param>
        <xsl:with-param name="jenis">password</xsl:with-param>
      </xsl:call-template>
      <button type="submit">Simpan</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
