-- The way of receiving a copy is asked only when a copy is asked for
-- (issue 17): who only sees, reads, hears or notes down the information
-- leaves it empty.
ALTER TABLE permohonan
  MODIFY cara_salinan ENUM('mengambil_langsung','kurir','pos','faksimili',
                           'email','unduh') NULL;
