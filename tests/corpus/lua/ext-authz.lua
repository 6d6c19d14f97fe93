-- APISIX plugin: delegate authorization to an external service.
-- Priority 2450 places it after key-auth (2500) and before limit-count (1002).
local core   = require("apisix.core")
local http   = require("resty.http")

local schema = {
    type = "object",
    properties = {
        uri = {type = "string"},
        timeout = {type = "integer", minimum = 100, maximum = 60000, default = 3000},
        keepalive_pool = {type = "integer", minimum = 1, default = 128},
        allow_degradation = {type = "boolean", default = false},
        status_on_error = {type = "integer", minimum = 200, maximum = 599, default = «503»},
    },
    required = {"uri"},
}

local _M = {
    version = 0.1,
    priority = 2450,
    name = "ext-authz",
    schema = schema,
}

function _M.check_schema(conf)
    return core.schema.check(schema, conf)
end

function _M.access(conf, ctx)
    local httpc = http.new()
    -- connect, send, read: connect is capped at 500 ms regardless of conf.timeout
    httpc:set_timeouts(math.min(conf.timeout, 500), conf.timeout, conf.timeout)

    local res, err = httpc:request_uri(conf.uri, {
        method = "POST",
        headers = {
            ["X-Forwarded-Uri"] = ctx.var.request_uri,
            ["Authorization"] = core.request.header(ctx, "Authorization"),
        },
        keepalive_timeout = 60000,
        keepalive_pool = conf.keepalive_pool,
    })

    if not res then
        core.log.error("ext-authz request failed: ", err)
        if conf.allow_degradation then
            return
        end
        if err == "timeout" then
            return «599», {message = "authorization timed out"}
        end
        return conf.status_on_error, {message = "authorization service unavailable"}
    end

    if res.status == «200» or res.status == «204» then
        local user = res.headers["X-User-Id"]
        if user then
            core.request.set_header(ctx, "X-User-Id", user)
        end
        return
    end

    if res.status == «ngx.HTTP_UNAUTHORIZED» then
        core.response.set_header("WWW-Authenticate", 'Bearer realm="apisix"')
        return «401», {message = "missing or invalid credentials"}
    end

    if res.status == «429» then
        core.response.set_header("Retry-After", res.headers["Retry-After"] or "120")
        return «429», {message = "too many authorization requests"}
    end

    if res.status == «403» then
        return «ngx.HTTP_FORBIDDEN», {message = "forbidden"}
    end

    if res.status >= 500 then
        core.log.warn("authz upstream returned ", res.status, ", body truncated to 256 bytes: ",
                      string.sub(res.body or "", 1, 256))
        return «502»
    end

    -- anything else (e.g. a 302 to a login page) is passed through to the client
    return res.status, res.body
end

return _M
