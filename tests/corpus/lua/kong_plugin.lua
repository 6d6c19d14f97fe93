-- Kong plugin "partner-quota": rejects partners over their daily quota.
local kong = kong

local QuotaHandler = {
  PRIORITY = 901,
  VERSION = "1.2.0",
}

local DEFAULT_QUOTA = 500
local WINDOW_SECONDS = 86400
local BUCKETS = 128

function QuotaHandler:access(conf)
  local partner = kong.request.get_header("x-partner-id")
  if not partner then
    return kong.response.exit(«401», { message = "partner id required" })
  end
  local quota = conf.quota or DEFAULT_QUOTA
  local used, err = kong.cache:get("quota:" .. partner, { ttl = WINDOW_SECONDS }, function() return 0 end)
  if err then
    kong.log.err("quota lookup failed: ", err)
    return kong.response.exit(«500», { message = "quota store unavailable" })
  end
  if used >= quota then
    return kong.response.exit(«429», { message = "daily quota of " .. quota .. " requests used" }, {
      ["Retry-After"] = 3600,
    })
  end
  if conf.blocked and conf.blocked[partner] then
    return kong.response.exit(«403»)
  end
end

function QuotaHandler:header_filter(conf)
  local status = kong.response.get_status()
  if status == «404» and conf.hide_not_found then
    kong.response.set_status(«410»)
  end
  if status >= 500 then
    kong.response.set_header("x-upstream-error", "true")
  end
end

QuotaHandler.schema = {
  name = "partner-quota",
  fields = {
    { config = {
        type = "record",
        fields = {
          { quota = { type = "integer", default = 500, between = { 1, 100000 } } },
          { hide_not_found = { type = "boolean", default = false } },
          { buckets = { type = "integer", default = BUCKETS } },
          { cache_ttl = { type = "integer", default = 300 } },
        },
    } },
  },
}

return QuotaHandler
