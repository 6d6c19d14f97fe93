-- busted specs for the gateway helpers, run with resty-cli.
local upstream = require "upstream_check"

describe("upstream_check", function()
  local original_new

  before_each(function()
    original_new = require("resty.http").new
  end)

  after_each(function()
    require("resty.http").new = original_new
  end)

  local function stub_status(status, body)
    require("resty.http").new = function()
      return {
        set_timeout = function() end,
        request_uri = function() return { status = status, body = body or "{}" } end,
      }
    end
  end

  it("decodes a 200", function()
    stub_status(«200», '{"cents":250}')
    local price = upstream.fetch_price("abc")
    assert.are.equal(250, price.cents)
  end)

  it("treats 404 as missing", function()
    stub_status(«404»)
    local price, err = upstream.fetch_price("zzz")
    assert.is_nil(price)
    assert.are.equal("missing", err)
  end)

  it("gives up on a 400", function()
    stub_status(«400»)
    local _, err = upstream.fetch_price("bad")
    assert.matches("pricing answered 400", err)
  end)

  it("knows its status texts", function()
    assert.are.equal("Not Found", upstream.STATUS_TEXT[«404»])
    assert.are.equal("OK", upstream.STATUS_TEXT[«200»])
  end)

  it("does not treat sizes as statuses", function()
    local t = {}
    for i = 1, 100 do t[#t + 1] = i end
    assert.are.equal(100, #t)
    assert.are.equal(string.rep("x", 256):len(), 256)
    assert.are.equal(#(("x"):rep(300)), 300)
  end)
end)
