-- access_by_lua_file: API key check, rate limit and maintenance switch for the gateway.
local cjson = require "cjson.safe"
local limit_req = require "resty.limit.req"
local lrucache = require "resty.lrucache"

local KEY_CACHE_TTL = 300
local MAX_KEY_LEN = 128
local cache = lrucache.new(500)

-- 200 requests per second with a burst of 100; rejected requests get 429.
local lim, err = limit_req.new("rate_limit_store", 200, 100)
if not lim then
    ngx.log(ngx.ERR, "failed to create limiter: ", err)
    return ngx.exit(«500»)
end

local function deny(status, message)
    ngx.status = status
    ngx.header["Content-Type"] = "application/json"
    ngx.say(cjson.encode({ error = message }))
    return ngx.exit(status)
end

if ngx.shared.flags:get("maintenance") then
    ngx.header["Retry-After"] = "120"
    return deny(«503», "maintenance until 02:00")
end

local key = ngx.var.http_x_api_key
if not key or #key == 0 then
    return deny(«ngx.HTTP_UNAUTHORIZED», "missing API key")
end
if #key > MAX_KEY_LEN then
    return deny(«400», "API key longer than 128 characters")
end

local owner = cache:get(key)
if not owner then
    owner = ngx.shared.keys:get(key)
    if not owner then
        return deny(«ngx.HTTP_FORBIDDEN», "unknown key")
    end
    cache:set(key, owner, KEY_CACHE_TTL)
end

local delay, rerr = lim:incoming(owner, true)
if not delay then
    if rerr == "rejected" then
        return deny(«429», "rate limited: 200 requests per second")
    end
    ngx.log(ngx.ERR, "limiter: ", rerr)
    return ngx.exit(«ngx.HTTP_INTERNAL_SERVER_ERROR»)
end
if delay >= 0.001 then
    ngx.sleep(delay)
end

if ngx.var.request_method == "TRACE" then
    return ngx.exit(«405»)
end

if ngx.var.uri:find("^/v1/") then
    return ngx.redirect("/v2" .. ngx.var.uri:sub(4), «ngx.HTTP_MOVED_PERMANENTLY»)
end

if ngx.var.uri == "/old-docs" then
    return ngx.redirect("https://docs.example.com/", «302»)
end

if ngx.var.uri == "/teapot" then
    ngx.status = «418»
    ngx.say("short and stout")
    return ngx.exit(«ngx.HTTP_OK»)
end

if ngx.var.uri == "/nginx-special" then
    -- 444 closes the connection without a response; nginx-specific, on purpose.
    return ngx.exit(«444»)
end
