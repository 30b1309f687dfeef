<?xml version="1.0" encoding="UTF-8"?>
<!-- A date for people (issue 17): "2026-03-13" as "Jumat, 13 Maret 2026",
     the one long form of every staff page (sl_day_long_id in C).  The XML
     keeps the ISO date; the weekday comes from the day number (days since
     a fixed epoch, Gregorian); a time after the date stays after it.
     Anything that is not a date stays as it is;
     an empty value gives nothing. -->
<xsl:stylesheet version="1.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform">

  <xsl:template name="tanggal">
    <xsl:param name="iso"/>
    <xsl:variable name="t" select="substring(normalize-space($iso), 1, 10)"/>
    <xsl:variable name="y" select="number(substring($t, 1, 4))"/>
    <xsl:variable name="m" select="number(substring($t, 6, 2))"/>
    <xsl:variable name="d" select="number(substring($t, 9, 2))"/>
    <xsl:choose>
      <xsl:when test="string-length($t) = 10 and substring($t, 5, 1) = '-' and substring($t, 8, 1) = '-'
                      and $y = $y and $m &gt;= 1 and $m &lt;= 12 and $d &gt;= 1 and $d &lt;= 31">
        <xsl:variable name="a" select="floor((14 - $m) div 12)"/>
        <xsl:variable name="yy" select="$y + 4800 - $a"/>
        <xsl:variable name="mm" select="$m + 12 * $a - 3"/>
        <xsl:variable name="jdn" select="$d + floor((153 * $mm + 2) div 5) + 365 * $yy + floor($yy div 4)
                                         - floor($yy div 100) + floor($yy div 400) - 32045"/>
        <xsl:variable name="w" select="($jdn + 1) mod 7"/>
        <xsl:value-of select="substring-before(substring-after(
            '|0Minggu|1Senin|2Selasa|3Rabu|4Kamis|5Jumat|6Sabtu|', concat('|', $w)), '|')"/>
        <xsl:text>, </xsl:text>
        <xsl:value-of select="$d"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="substring-before(substring-after(
            '|1Januari|2Februari|3Maret|4April|5Mei|6Juni|7Juli|8Agustus|9September|10Oktober|11November|12Desember|',
            concat('|', $m)), '|')"/>
        <xsl:text> </xsl:text>
        <xsl:value-of select="$y"/>
        <!-- a time after the date ("2026-03-13 10:00") follows it -->
        <xsl:value-of select="substring(normalize-space($iso), 11)"/>
      </xsl:when>
      <xsl:otherwise><xsl:value-of select="$iso"/></xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
