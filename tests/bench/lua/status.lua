-- The public receipt/status page, rotating over known number/code pairs
-- (BENCH_PAIRS: number<TAB>printed code per line).
local pairs_list = {}
local i = 0

function init(args)
   for line in io.lines(os.getenv("BENCH_PAIRS")) do
      local nomor, kode = line:match("^(%S+)\t(%S+)$")
      if nomor then
         table.insert(pairs_list, "/ppid/permohonan/" .. nomor .. "?kode=" .. kode)
      end
   end
   -- Threads start at different places in the list.
   i = (id or 0) * 7919 % #pairs_list
end

function request()
   i = i % #pairs_list + 1
   return wrk.format("GET", pairs_list[i])
end
