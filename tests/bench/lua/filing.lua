-- Filing a request: the full form as a citizen's browser sends it,
-- multipart with the required identity document (a 1x1 PNG, the same bytes
-- each time, so the store keeps one file).  Every 303 (the receipt
-- redirect) is an acknowledged filing; done() reports their sum as acked.
acked = 0

local fields = {
   {"jenis_pemohon", "perorangan"},
   {"nama", "Siti Aminah (bench)"},
   {"nik", "3604011234567890"},
   {"nomor_badan_hukum", ""},
   {"alamat", "Jl. Raya Serang No. 1, Kec. Ciruas, Kabupaten Serang"},
   {"telepon", "0812-3456-7890"},
   {"email", "siti@example.id"},
   {"pekerjaan", "Guru"},
   {"rincian", "Rincian anggaran pendidikan tahun 2026 per kecamatan (uji beban)"},
   {"tujuan", "Bahan penelitian"},
   {"cara_memperoleh", "salinan_softcopy"},
   {"cara_salinan", "email"},
}
local ktp = "\137\80\78\71\13\10\26\10\0\0\0\13\73\72\68\82\0\0\0\1\0\0\0\1\8\6\0\0\0\31\21\196\137\0\0\0\13\73\68\65\84\120\156\99\248\207\192\0\0\3\1\1\0\201\254\146\239\0\0\0\0\73\69\78\68\174\66\96\130"
local boundary = "sialipbench7f3a"
local parts = {}
for _, f in ipairs(fields) do
   table.insert(parts, "--" .. boundary .. "\r\nContent-Disposition: form-data; name=\""
                .. f[1] .. "\"\r\n\r\n" .. f[2] .. "\r\n")
end
table.insert(parts, "--" .. boundary .. "\r\nContent-Disposition: form-data; "
             .. "name=\"identitas\"; filename=\"ktp.png\"\r\nContent-Type: image/png"
             .. "\r\n\r\n" .. ktp .. "\r\n--" .. boundary .. "--\r\n")
wrk.method = "POST"
wrk.path = "/ppid/permohonan"
wrk.body = table.concat(parts)
wrk.headers["Content-Type"] = "multipart/form-data; boundary=" .. boundary

function response(status, headers, body)
   if status == 303 then
      acked = acked + 1
   end
end
