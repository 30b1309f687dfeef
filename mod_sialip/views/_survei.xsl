<?xml version="1.0" encoding="UTF-8"?>
<!-- The nine questions of the satisfaction survey (PermenPANRB 14/2017) and
     the optional respondent profile, shared by the citizen's form and the
     desk's entry of a paper questionnaire. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_admin-isian.xsl"/>

  <xsl:template name="survei-kuesioner">
    <xsl:variable name="r" select="/halaman/*[unsur_daftar]"/>
    <xsl:for-each select="$r/unsur_daftar/unsur">
      <xsl:variable name="kode" select="@kode"/>
      <xsl:variable name="kini" select="$r/isian/nilai[@nama = $kode]"/>
      <fieldset class="skala">
        <xsl:if test="$r/galat[@untuk = $kode]">
          <xsl:attribute name="aria-describedby">galat-<xsl:value-of select="$kode"/></xsl:attribute>
        </xsl:if>
        <legend><xsl:value-of select="position()"/>. <xsl:value-of select="."/> <span class="wajib"> (wajib)</span></legend>
        <xsl:for-each select="$r/pilihan[@untuk = 'jawaban']/opsi">
          <span class="pilihan-skala">
            <input type="radio" id="{$kode}-{@nilai}" name="{$kode}" value="{@nilai}" required="required">
              <xsl:if test="@nilai = $kini"><xsl:attribute name="checked">checked</xsl:attribute></xsl:if>
            </input>
            <label for="{$kode}-{@nilai}"><xsl:value-of select="."/></label>
          </span>
        </xsl:for-each>
        <xsl:call-template name="galat-field"><xsl:with-param name="untuk" select="$kode"/></xsl:call-template>
      </fieldset>
    </xsl:for-each>
    <xsl:call-template name="isian-area">
      <xsl:with-param name="nama">saran</xsl:with-param>
      <xsl:with-param name="label">Saran dan masukan (tidak wajib)</xsl:with-param>
      <xsl:with-param name="bantuan">Jangan menuliskan data pribadi seperti NIK atau nomor telepon.</xsl:with-param>
    </xsl:call-template>
    <fieldset>
      <legend>Profil responden (tidak wajib)</legend>
      <p class="bantuan">Disimpan terpisah dari jawaban dan dari permohonan Anda; hanya dihitung untuk profil responden yang diumumkan.</p>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">jenis_kelamin</xsl:with-param>
        <xsl:with-param name="label">Jenis kelamin</xsl:with-param>
        <xsl:with-param name="kosong">Tidak diisi</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">pendidikan</xsl:with-param>
        <xsl:with-param name="label">Pendidikan terakhir</xsl:with-param>
        <xsl:with-param name="kosong">Tidak diisi</xsl:with-param>
      </xsl:call-template>
      <xsl:call-template name="isian-pilih">
        <xsl:with-param name="nama">pekerjaan</xsl:with-param>
        <xsl:with-param name="label">Pekerjaan</xsl:with-param>
        <xsl:with-param name="kosong">Tidak diisi</xsl:with-param>
      </xsl:call-template>
    </fieldset>
  </xsl:template>
</xsl:stylesheet>
