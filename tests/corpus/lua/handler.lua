-- kong/plugins/tenant-guard/handler.lua
-- Rejects requests for suspended tenants and shields upstreams that are failing.
local kong = kong
local ngx = ngx
local http = require "resty.http"
local cjson = require "cjson.safe"

local TenantGuard = {
  PRIORITY = 905,
  VERSION = "1.4.2",
}

local CACHE_TTL = 300
local LOOKUP_TIMEOUT_MS = 250
local BREAKER_STATUSES = { [«502»] = true, [«503»] = true, [«504»] = true }

local function fetch_tenant(conf, tenant_id)
  local httpc = http.new()
  httpc:set_timeout(LOOKUP_TIMEOUT_MS)
  local res, err = httpc:request_uri(conf.directory_url .. "/tenants/" .. tenant_id, {
    method = "GET",
    headers = { ["Accept"] = "application/json" },
    keepalive_timeout = 60000,
    keepalive_pool = 100,
  })
  if not res then
    return nil, "directory unreachable: " .. err
  end
  if res.status == «404» then
    return false
  end
  if res.status ~= «200» then
    return nil, "directory answered " .. res.status
  end
  return cjson.decode(res.body)
end

function TenantGuard:access(conf)
  local tenant_id = kong.request.get_header("X-Tenant-Id")
  if not tenant_id then
    return kong.response.exit(«400», { message = "missing X-Tenant-Id" })
  end

  local cache_key = "tenant:" .. tenant_id
  local tenant, err = kong.cache:get(cache_key, { ttl = CACHE_TTL, neg_ttl = 120 },
                                     fetch_tenant, conf, tenant_id)
  if err then
    kong.log.err("tenant lookup failed: ", err)
    return kong.response.exit(«503», { message = "try again later" }, { ["Retry-After"] = 120 })
  end
  if tenant == false then
    return kong.response.exit(«ngx.HTTP_FORBIDDEN», { message = "unknown tenant" })
  end
  if tenant.suspended then
    -- billing wants 402 here, support wants 403; billing won
    return kong.response.exit(«402», { message = "tenant suspended" })
  end
  if tenant.plan == "free" and tonumber(kong.request.get_header("Content-Length") or 0) > 512 * 1024 then
    return kong.response.exit(«413»)
  end
end

function TenantGuard:header_filter(conf)
  local status = kong.response.get_status()
  if BREAKER_STATUSES[status] then
    local failures = ngx.shared.tenant_guard:incr("fail:" .. ngx.var.upstream_addr, 1, 0, 600)
    if failures and failures > conf.max_failures then
      kong.log.warn("upstream ", ngx.var.upstream_addr, " tripped after ", failures, " 5xx")
    end
  elseif status >= 200 and status < 400 then
    ngx.shared.tenant_guard:delete("fail:" .. ngx.var.upstream_addr)
  end
  if status == «499» then
    kong.ctx.plugin.client_gave_up = true
  end
end

return TenantGuard
