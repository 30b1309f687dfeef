<?xml version="1.0" encoding="UTF-8"?>
<!-- An objection, its decision and any dispute: shared by the citizen's
     pages and the officer's request page (which adds its forms through
     mode="tindakan"). -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:template match="keberatan">
    <div class="kotak keberatan" id="keberatan-{@nomor}">
      <h3>Keberatan <span class="nomor-keberatan"><xsl:value-of select="@nomor"/></span></h3>
      <table>
        <tr><th>Diterima</th><td><xsl:value-of select="diterima"/></td></tr>
        <tr><th>Alasan (UU 14/2008 Pasal 35 ayat 1)</th><td>
          <ul><xsl:for-each select="alasan/butir"><li><xsl:value-of select="@huruf"/>. <xsl:value-of select="."/></li></xsl:for-each></ul>
        </td></tr>
        <tr><th>Uraian</th><td><xsl:value-of select="uraian"/></td></tr>
        <xsl:if test="informasi != ''">
          <tr><th>Informasi berkala yang tidak disediakan</th><td><xsl:value-of select="informasi"/></td></tr>
        </xsl:if>
        <tr><th>Batas putusan Atasan PPID</th><td><xsl:value-of select="jatuh_tempo_teks"/> (30 hari kerja)</td></tr>
        <xsl:if test="@putusan_terlambat">
          <tr class="tempo-lewat"><th>Putusan terlambat</th><td class="putusan-terlambat">Atasan PPID belum memutus keberatan ini sampai batas waktunya.
            Anda dapat mengajukan sengketa ke Komisi Informasi Provinsi Banten paling lambat
            <strong class="batas-sengketa"><xsl:value-of select="batas_sengketa"/></strong>
            (14 hari kerja sejak batas putusan lewat; UU 14/2008 Pasal 37 ayat 2).</td></tr>
        </xsl:if>
        <xsl:if test="@status = 'diputus'">
          <tr><th>Putusan</th><td class="putusan"><xsl:value-of select="putusan_teks"/> (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="diputus"/></xsl:call-template>, <xsl:value-of select="atasan"/><xsl:if test="jabatan_atasan != ''">, <xsl:value-of select="jabatan_atasan"/></xsl:if>)</td></tr>
          <tr><th>Alasan putusan</th><td><xsl:value-of select="alasan_putusan"/></td></tr>
          <xsl:if test="batas_sengketa">
            <tr><th>Batas pengajuan sengketa ke Komisi Informasi</th><td><strong class="batas-sengketa"><xsl:value-of select="batas_sengketa"/></strong>
              (14 hari kerja setelah putusan; UU 14/2008 Pasal 37 ayat 2)</td></tr>
          </xsl:if>
        </xsl:if>
        <xsl:if test="@status = 'musyawarah'">
          <tr><th>Selesai secara musyawarah</th><td class="musyawarah"><xsl:value-of select="musyawarah/@teks"/>: <xsl:value-of select="musyawarah"/> (UU 14/2008 Pasal 35 ayat 2)</td></tr>
        </xsl:if>
        <xsl:if test="tanggapan_pemohon">
          <tr><th>Tanggapan pemohon</th><td class="tanggapan"><xsl:value-of select="tanggapan_pemohon"/></td></tr>
        </xsl:if>
        <xsl:for-each select="sengketa">
          <tr><th>Sengketa di Komisi Informasi</th><td class="sengketa">
            <xsl:value-of select="nomor_register"/>, didaftarkan <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="didaftarkan"/></xsl:call-template>;
            tahap <xsl:value-of select="tahap_teks"/>
            <xsl:if test="hasil != ''">; hasil: <xsl:value-of select="hasil"/></xsl:if>
            <xsl:if test="diputus != ''"> (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="diputus"/></xsl:call-template>)</xsl:if>
            <xsl:if test="uraian_hasil != ''">. <xsl:value-of select="uraian_hasil"/></xsl:if>
            <xsl:if test="@terlambat"> <span class="label lewat sengketa-terlambat">didaftarkan setelah batas 14 hari kerja</span></xsl:if>
          </td></tr>
          <xsl:for-each select="perkara">
            <tr><th>Perkara di pengadilan</th><td class="perkara">
              <xsl:value-of select="pengadilan_teks"/>, nomor <xsl:value-of select="nomor_perkara"/>,
              didaftarkan <xsl:call-template name="tanggal"><xsl:with-param name="iso" select="didaftarkan"/></xsl:call-template>
              <xsl:if test="hasil_teks != ''">; <xsl:value-of select="hasil_teks"/></xsl:if>
              <xsl:if test="diputus != ''"> (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="diputus"/></xsl:call-template>)</xsl:if>
            </td></tr>
          </xsl:for-each>
        </xsl:for-each>
      </table>
      <xsl:apply-templates select="." mode="tindakan"/>
    </div>
  </xsl:template>
  <!-- The citizen's pages (which do not override mode="tindakan"): what
       the applicant can do next, with the dates. -->
  <xsl:template match="keberatan" mode="tindakan">
    <xsl:apply-templates select="." mode="langkah"/>
  </xsl:template>
  <xsl:template match="keberatan" mode="langkah">
    <xsl:variable name="ki">Komisi Informasi Provinsi Banten</xsl:variable>
    <div class="kotak info langkah-berikutnya" id="langkah-{@nomor}">
      <h4>Langkah berikutnya</h4>
      <xsl:choose>
        <xsl:when test="sengketa">
          <p>Sengketa informasi atas keberatan ini tercatat di <xsl:value-of select="$ki"/>
            (nomor register <xsl:value-of select="sengketa/nomor_register"/>, tahap <xsl:value-of select="sengketa/tahap_teks"/>).
            Ikuti panggilan dan jadwal dari Komisi Informasi.</p>
        </xsl:when>
        <xsl:when test="@status = 'musyawarah'">
          <p>Keberatan ini telah selesai secara musyawarah. Tidak ada langkah lain yang perlu dilakukan.</p>
        </xsl:when>
        <xsl:when test="batas_sengketa/@lewat">
          <p>Batas pengajuan sengketa ke <xsl:value-of select="$ki"/> telah lewat pada
            <strong class="batas-sengketa"><xsl:value-of select="batas_sengketa"/></strong>.</p>
        </xsl:when>
        <xsl:when test="@status = 'diputus' and batas_sengketa">
          <p class="langkah-sengketa">Jika Anda tidak puas dengan putusan Atasan PPID, Anda dapat mengajukan sengketa
            informasi ke <xsl:value-of select="$ki"/> dalam 14 hari kerja sejak putusan
            (<xsl:call-template name="tanggal"><xsl:with-param name="iso" select="diputus"/></xsl:call-template>), yaitu paling lambat
            <strong class="batas-sengketa"><xsl:value-of select="batas_sengketa"/></strong>
            (UU 14/2008 Pasal 37 ayat 2). Sertakan nomor permohonan, nomor keberatan
            <xsl:value-of select="@nomor"/>, dan putusan ini.</p>
          <p>Jika Anda menerima putusan ini, tidak ada langkah lain yang perlu dilakukan.</p>
        </xsl:when>
        <xsl:when test="@putusan_terlambat">
          <p class="langkah-sengketa">Atasan PPID belum memutus keberatan ini sampai batas waktunya. Anda dapat
            mengajukan sengketa informasi ke <xsl:value-of select="$ki"/> paling lambat
            <strong class="batas-sengketa"><xsl:value-of select="batas_sengketa"/></strong>.</p>
        </xsl:when>
        <xsl:otherwise>
          <p>Atasan PPID memutus keberatan ini paling lambat <xsl:value-of select="jatuh_tempo_teks"/>.
            Setelah putusan, halaman ini menunjukkan langkah berikutnya dan batas waktunya.</p>
        </xsl:otherwise>
      </xsl:choose>
    </div>
  </xsl:template>
</xsl:stylesheet>
