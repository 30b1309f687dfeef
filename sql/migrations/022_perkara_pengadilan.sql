-- Court cases after a Komisi Informasi decision (UU 14/2008 Pasal 47-50):
-- a party may sue at the PTUN (a public body) or the district court, and
-- appeal to the Supreme Court.  One case per dispute, recorded by the PPID
-- desk with the court's last stage; the annual report (Perki 1/2021
-- Pasal 56) counts them.
CREATE TABLE perkara (
  id               BIGINT UNSIGNED NOT NULL AUTO_INCREMENT PRIMARY KEY,
  sengketa_id      BIGINT UNSIGNED NOT NULL UNIQUE,
  pengadilan       ENUM('ptun','pn','ma') NOT NULL,
  nomor_perkara    VARCHAR(64)  NOT NULL,
  didaftarkan_pada DATE         NOT NULL,
  hasil            ENUM('dikabulkan','dikabulkan_sebagian','ditolak',
                        'tidak_diterima','dicabut') NULL,
  diputus_pada     DATE         NULL,
  dicatat_oleh     INT UNSIGNED NOT NULL,
  CONSTRAINT fk_perkara_sengketa FOREIGN KEY (sengketa_id) REFERENCES sengketa (id),
  CONSTRAINT fk_perkara_pencatat FOREIGN KEY (dicatat_oleh) REFERENCES pengguna (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
