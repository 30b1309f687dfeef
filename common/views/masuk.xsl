<?xml version="1.0" encoding="UTF-8"?>
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">
  <xsl:import href="_layout.xsl"/>
  <xsl:template match="halaman" mode="isi">
    <xsl:if test="masuk/keluar">
      <p class="kotak info">Anda telah keluar.</p>
    </xsl:if>
    <xsl:if test="masuk/galat">
      <p class="kotak galat" role="alert"><xsl:value-of select="masuk/galat"/></p>
    </xsl:if>
    <form method="post" action="{konteks/masuk}" class="formulir sempit">
      <input type="hidden" name="kembali" value="{masuk/kembali}"/>
      <label for="username">Nama pengguna</label>
      <input id="username" name="username" type="text" autocomplete="username"
             required="required" value="{masuk/username}"/>
      <label for="password">Kata sandi</label>
      <input id="password" name="password" type="password"
             autocomplete="current-password" required="required"/>
      <button type="submit">Masuk</button>
    </form>
  </xsl:template>
</xsl:stylesheet>
