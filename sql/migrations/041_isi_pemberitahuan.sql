-- What the written notice must also say (UU 14/2008 Pasal 22(7) f-g and the
-- Perki 1/2021 form), and what happens after it:
--   cara_pembayaran   the way a fee is paid (NULL when free); dibayar_pada
--                     when the desk recorded the payment;
--   waktu_penyediaan  the date by which the information will be provided;
--                     for "belum dikuasai" the promised date, the request
--                     staying open (status menunggu_informasi) until the
--                     information is delivered;
--   diserahkan_pada   the real delivery, recorded when it happens (the
--                     register's delivery date; no longer the notice date).
-- A notice keeps a copy of the exemption it cited (the uji konsekuensi as it
-- stood on the day), so editing the exempt list never rewrites it.
ALTER TABLE pemberitahuan
  ADD COLUMN cara_pembayaran ENUM('tunai','transfer') NULL AFTER rincian_biaya,
  ADD COLUMN dibayar_pada DATETIME NULL AFTER cara_pembayaran,
  ADD COLUMN waktu_penyediaan DATE NULL AFTER dibayar_pada,
  ADD COLUMN diserahkan_pada DATETIME NULL AFTER waktu_penyediaan,
  ADD COLUMN kutip_pasal17 CHAR(1) NULL AFTER dikecualikan_id,
  ADD COLUMN kutip_informasi VARCHAR(1000) NULL AFTER kutip_pasal17,
  ADD COLUMN kutip_dasar_hukum VARCHAR(1000) NULL AFTER kutip_informasi,
  ADD COLUMN kutip_konsekuensi TEXT NULL AFTER kutip_dasar_hukum,
  ADD COLUMN kutip_jangka_waktu VARCHAR(255) NULL AFTER kutip_konsekuensi;

-- Notices issued before: the information was handed over with the notice.
UPDATE pemberitahuan SET diserahkan_pada = diterbitkan_pada
  WHERE keputusan IN ('diberikan_seluruhnya', 'diberikan_sebagian');
UPDATE pemberitahuan n JOIN informasi_dikecualikan k ON k.id = n.dikecualikan_id
  SET n.kutip_pasal17 = k.pasal17_huruf, n.kutip_informasi = k.informasi,
      n.kutip_dasar_hukum = k.dasar_hukum, n.kutip_konsekuensi = k.konsekuensi,
      n.kutip_jangka_waktu = k.jangka_waktu;
