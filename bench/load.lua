-- wrk script for every page of the load benchmark: wrk -s bench/load.lua <url> -- <page>
-- The data (session cookies, CSRF tokens, queries, ids) comes from the Lua file named in BENCH_DATA, written by
-- run.sh after signing in; the assignments for status updates with their current versions from BENCH_STATUS_DATA.
-- Each request takes the next session and the next query/id in turn, so the connections spread over several
-- signed-in users and many different rows.
-- done() prints one line of JSON: page, requests, rps, p50/p95/p99 in ms, errors, conflicts.
--
-- Errors: socket errors and any answer other than the expected one (200; for status updates 200 or 409). A 302 to
-- the login page counts as an error: it would mean the session was lost.

local data = dofile(os.getenv("BENCH_DATA"))

local threads = {}
local thread_count = 0

function setup(thread)
   thread:set("thread_nr", thread_count)
   thread_count = thread_count + 1
   table.insert(threads, thread)
end

-- Per-thread state (each wrk thread has its own Lua state).
feil = 0
konflikter = 0
svar = 0
page = nil
local n = 0
local sessions
local items = {}
local by_id = {}
local turns = {}

function init(args)
   page = args[1]
   local threads_total = tonumber(os.getenv("BENCH_THREADS") or "2")
   sessions = {}
   if page == "status" then
      -- Each thread takes whole leads: their sessions and all their assignments, so two threads never update the
      -- same assignment and every assignment is updated. (Splitting sessions and assignments each by position left
      -- each thread with the sessions of half the leads and half of every lead's assignments: half were never
      -- updated.)
      for _, session in ipairs(data.lead_sessions) do
         if (session.lead - 1) % threads_total == thread_nr then
            table.insert(sessions, session)
         end
      end
      for lead, list in ipairs(dofile(os.getenv("BENCH_STATUS_DATA"))) do
         if (lead - 1) % threads_total == thread_nr then
            items[lead] = {}
            for _, item in ipairs(list) do
               local entry = { id = item[1], version = item[2], status = item[3] }
               table.insert(items[lead], entry)
               by_id[entry.id] = entry
            end
         end
      end
   else
      -- Each thread takes its own share of the sessions and uses them in turn: with at least as many sessions as
      -- connections, two requests in flight seldom share one, as with people (see run.sh).
      for i, session in ipairs(data.desk_sessions) do
         if (i - 1) % threads_total == thread_nr then
            table.insert(sessions, session)
         end
      end
   end
end

local function next_of(list)
   return list[(n % #list) + 1]
end

function request()
   n = n + 1
   local s = (n % #sessions) + 1
   local session = sessions[s]
   local headers = { ["Cookie"] = "SESSION=" .. session.cookie }
   if page == "trivial" then
      return wrk.format("GET", data.trivial, headers)
   elseif page == "list" then
      return wrk.format("GET", next_of(data.list_queries), headers)
   elseif page == "search" then
      return wrk.format("GET", next_of(data.search_queries), headers)
   elseif page == "detail" then
      return wrk.format("GET", "/oppdrag/" .. next_of(data.detail_ids), headers)
   elseif page == "status" then
      -- The lead's assignments in turn.
      local list = items[session.lead]
      turns[session.lead] = (turns[session.lead] or 0) + 1
      local item = list[(turns[session.lead] % #list) + 1]
      -- A lead toggles between Pågår and Levert: both allowed for an open assignment of the lead's division.
      local target = item.status == "PAAGAAR" and "LEVERT" or "PAAGAAR"
      headers["Content-Type"] = "application/json"
      headers["Accept"] = "application/json"
      headers["X-CSRF-TOKEN"] = session.csrf
      local body = string.format('{"status":"%s","note":"Lasttest %d","version":%d}', target, n, item.version)
      return wrk.format("POST", "/api/oppdrag/" .. item.id .. "/status", headers, body)
   end
   error("unknown page " .. tostring(page))
end

-- Status updates answer the new state (200) or the newer state (409): either way the id, status and version
-- are the first of their kind in the body, so the next update of that assignment uses the current version.
local function remember(body)
   local id = body:match('"id":"(.-)"')
   local version = tonumber(body:match('"version":(%d+)'))
   local status = body:match('"status":"(.-)"')
   if id == nil or version == nil then
      return
   end
   local item = by_id[id]
   if item ~= nil then
      item.version = version
      item.status = status
   end
end

function response(status, headers, body)
   svar = svar + 1
   if status == 200 then
      if page == "status" then
         remember(body)
      end
   elseif status == 409 and page == "status" then
      konflikter = konflikter + 1
      remember(body)
   else
      feil = feil + 1
      if feil <= 3 then
         io.stderr:write(string.format("%s: unexpected answer %d\n", page, status))
      end
   end
end

function done(summary, latency, requests)
   local page = threads[1]:get("page")
   local feil_sum, konflikt_sum = 0, 0
   for _, t in ipairs(threads) do
      feil_sum = feil_sum + (t:get("feil") or 0)
      konflikt_sum = konflikt_sum + (t:get("konflikter") or 0)
   end
   local e = summary.errors
   local socket = e.connect + e.read + e.write + e.timeout
   local seconds = summary.duration / 1e6
   io.write(string.format(
      '{"page":"%s","requests":%d,"seconds":%.1f,"rps":%.1f,"p50_ms":%.2f,"p95_ms":%.2f,"p99_ms":%.2f,'
         .. '"max_ms":%.2f,"errors":%d,"socket_errors":%d,"conflicts":%d}\n',
      page, summary.requests, seconds, summary.requests / seconds, latency:percentile(50) / 1000,
      latency:percentile(95) / 1000, latency:percentile(99) / 1000, latency.max / 1000, feil_sum + socket, socket,
      konflikt_sum))
end
