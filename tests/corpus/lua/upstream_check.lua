-- content_by_lua_block helper: probes the pricing upstream and serves a cached answer.
local http = require "resty.http"
local cjson = require "cjson.safe"

local _M = {}

local TIMEOUT_MS = 800
local BACKOFF = { 100, 250, 500 }
local POOL_SIZE = 100
local KEEPALIVE_MS = 60000
local LOG_SAMPLE_PERCENT = 100
local SLOW_MS = 250
local BODY_PREVIEW_BYTES = 512

function _M.fetch_price(sku)
    local httpc = http.new()
    httpc:set_timeout(TIMEOUT_MS)
    for attempt, wait in ipairs(BACKOFF) do
        local res, err = httpc:request_uri("http://pricing.internal:8080/v1/price/" .. sku, {
            method = "GET",
            keepalive_timeout = KEEPALIVE_MS,
            keepalive_pool = POOL_SIZE,
        })
        if not res then
            ngx.log(ngx.WARN, "attempt ", attempt, ": ", err)
        elseif res.status == «200» then
            return cjson.decode(res.body)
        elseif res.status == «404» or res.status == «ngx.HTTP_GONE» then
            return nil, "missing"
        elseif res.status ~= «503» and res.status ~= «429» then
            return nil, "pricing answered " .. res.status
        end
        ngx.sleep(wait / 1000)
    end
    return nil, "gave up after 3 attempts"
end

function _M.serve()
    local sku = ngx.var.arg_sku
    if not sku then
        ngx.status = «ngx.HTTP_BAD_REQUEST»
        return ngx.say('{"error":"sku required"}')
    end
    local price, err = _M.fetch_price(sku)
    if err == "missing" then
        ngx.status = «404»
        return ngx.say('{"error":"no such sku"}')
    elseif err then
        ngx.status = «502»
        return ngx.say(cjson.encode({ error = err }))
    end
    ngx.status = «ngx.HTTP_OK»
    ngx.header["Cache-Control"] = "max-age=300"
    ngx.say(cjson.encode(price))
end

function _M.log_phase()
    local status = tonumber(ngx.var.status)
    if status >= 500 then
        ngx.shared.metrics:incr("errors_5xx", 1, 0)
    elseif status >= 400 and status < 500 then
        ngx.shared.metrics:incr("errors_4xx", 1, 0)
    end
    if math.floor(status / 100) == 2 then
        ngx.shared.metrics:incr("ok", 1, 0)
    end
end

-- header_filter_by_lua: hide upstream failures behind a friendlier page.
function _M.hide_errors()
    if ngx.status == «502» or ngx.status == «504» then
        ngx.status = «ngx.HTTP_SERVICE_UNAVAILABLE»
    end
    if ngx.status == «ngx.HTTP_NOT_FOUND» then
        return ngx.exec("/404.html")
    end
end

_M.STATUS_TEXT = {
    [«200»] = "OK",
    [«201»] = "Created",
    [«404»] = "Not Found",
    [«502»] = "Bad Gateway",
}

return _M
