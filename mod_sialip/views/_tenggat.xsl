<?xml version="1.0" encoding="UTF-8"?>
<!-- The deadlines of a request and why: shared by the citizen's receipt and
     the officer's request page. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <!-- A due date counted into a year whose holidays are not loaded yet. -->
  <xsl:template name="sementara">
    <xsl:if test="@sementara">
      <p class="sementara"><strong>Tanggal ini sementara:</strong> kalender hari libur
        tahun <xsl:value-of select="@sementara"/> belum ditetapkan, sehingga hanya
        Sabtu dan Minggu yang tidak dihitung. Tanggal akan dihitung ulang setelah
        kalender tahun itu dimuat.</p>
    </xsl:if>
  </xsl:template>

  <xsl:template name="dilewati">
    <xsl:if test="dilewati/hari">
      <p>Hari yang tidak dihitung:</p>
      <ul class="dilewati">
        <xsl:for-each select="dilewati/hari">
          <li><time datetime="{@tanggal}"><xsl:value-of select="@teks"/></time>:
            <xsl:choose>
              <xsl:when test=". = 'Sabtu' or . = 'Minggu'">akhir pekan</xsl:when>
              <xsl:otherwise><xsl:value-of select="."/></xsl:otherwise>
            </xsl:choose>
          </li>
        </xsl:for-each>
      </ul>
    </xsl:if>
  </xsl:template>

  <xsl:template match="tenggat">
    <section class="kotak info tenggat">
      <h2>Batas waktu pemberitahuan tertulis</h2>
      <p>Paling lambat <strong class="jatuh-tempo"><xsl:value-of select="pemberitahuan/jatuh_tempo_teks"/></strong>:
        <xsl:value-of select="pemberitahuan/@hari_kerja"/> hari kerja dihitung sejak
        <xsl:value-of select="hari_nol_teks"/>.</p>
      <xsl:if test="pemberitahuan/@hari_jeda">
        <p class="hari-jeda">Termasuk <xsl:value-of select="pemberitahuan/@hari_jeda"/> hari kerja
          waktu jawaban berhenti selama menunggu klarifikasi dari pemohon.</p>
      </xsl:if>
      <xsl:for-each select="pemberitahuan"><xsl:call-template name="sementara"/></xsl:for-each>
      <xsl:if test="@alasan_hari_nol = 'hari_libur'">
        <p>Permohonan diterima pada hari libur, sehingga dihitung sejak hari kerja berikutnya.</p>
      </xsl:if>
      <xsl:if test="@alasan_hari_nol = 'lewat_jam_layanan'">
        <p>Permohonan diterima setelah jam layanan berakhir, sehingga dihitung sejak hari kerja berikutnya.</p>
      </xsl:if>
      <xsl:for-each select="pemberitahuan"><xsl:call-template name="dilewati"/></xsl:for-each>
      <xsl:for-each select="perpanjangan">
        <h3>Diperpanjang</h3>
        <p>Batas waktu diperpanjang <xsl:value-of select="@hari_kerja"/> hari kerja
          menjadi <strong class="jatuh-tempo-perpanjangan"><xsl:value-of select="jatuh_tempo_teks"/></strong>.
          Alasan: <xsl:value-of select="alasan"/></p>
        <xsl:call-template name="sementara"/>
        <xsl:call-template name="dilewati"/>
      </xsl:for-each>
    </section>
  </xsl:template>
</xsl:stylesheet>
