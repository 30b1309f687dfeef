-- Every view a first view: the dashboard's figures are kept per year,
-- scope and page, so a page number of its own each time makes the server
-- compute the year's figures and the simulated IID again, as the first
-- view after a verification does.  Threads count from different places.
local n = 0

function init(args)
   n = (id or 0) * 100000
end

function request()
   n = n + 1
   return wrk.format("GET", wrk.path .. "&halaman=" .. (n % 999999 + 1))
end
