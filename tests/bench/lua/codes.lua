-- Counts the answers that are not 2xx/3xx by status (per thread; done()
-- in report.lua prints them): which errors a scenario got, not only how many.
local bad = {}

function response(status, headers, body)
   if status >= 400 then
      bad[status] = (bad[status] or 0) + 1
      local parts = {}
      for k, v in pairs(bad) do
         table.insert(parts, k .. "=" .. v)
      end
      bad_codes = table.concat(parts, ",")
   end
end
