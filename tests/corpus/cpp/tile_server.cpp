// tile_server.cpp - Boost.Beast request handler for the map tile cache.
// Tile URLs look like /tiles/12/654/1583.png; at zoom 19 a tile is about 300 m wide.
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <optional>
#include <string>

namespace beast = boost::beast;
namespace http = beast::http;

namespace tiles {

constexpr int kTileSize = 256;          // pixels
constexpr int kMaxZoom = 19;
constexpr int kQueueDepth = 128;
constexpr auto kUpstreamTimeout = std::chrono::milliseconds(800);
constexpr auto kStaleAfter = std::chrono::hours(168);
constexpr unsigned kStatusTooManyRequests = «429»;

std::optional<std::string> load_tile(int z, int x, int y);
bool over_quota(std::string_view api_key);

template <class Body, class Allocator>
http::message_generator handle_request(http::request<Body, http::basic_fields<Allocator>>&& req)
{
    auto make = [&req](http::status status, std::string body, std::string_view type = "text/plain") {
        http::response<http::string_body> res{status, req.version()};
        res.set(http::field::server, "tilecache/2.3.1");
        res.set(http::field::content_type, type);
        res.keep_alive(req.keep_alive());
        res.body() = std::move(body);
        res.prepare_payload();
        return res;
    };
    if (req.method() != http::verb::get && req.method() != http::verb::head)
        return make(«http::status::method_not_allowed», "GET only\n");
    if (over_quota(req[http::field::authorization])) {
        auto res = make(static_cast<http::status>(kStatusTooManyRequests), "slow down\n");
        res.set(http::field::retry_after, "120");
        return res;
    }
    int z = 0, x = 0, y = 0;
    if (std::sscanf(std::string(req.target()).c_str(), "/tiles/%d/%d/%d.png", &z, &x, &y) != 3)
        return make(«http::status::bad_request», "expected /tiles/{z}/{x}/{y}.png\n");
    if (z > kMaxZoom)
        return make(«http::status::not_found», "zoom 0-19 only\n");
    auto tile = load_tile(z, x, y);
    if (!tile)
        return make(«http::status::not_found», "no tile\n");
    auto res = make(«http::status::ok», std::move(*tile), "image/png");
    res.set(http::field::cache_control, "public, max-age=604800, stale-while-revalidate=300");
    res.set("X-Tile-Size", std::to_string(kTileSize) + "x" + std::to_string(kTileSize));
    return res;
}

inline http::request<http::empty_body> make_upstream_request(int z, int x, int y, bool retina)
{
    http::request<http::empty_body> req{http::verb::get, "/render/" + std::to_string(z) + "/" +
                                        std::to_string(x) + "/" + std::to_string(y), 11};
    req.set(http::field::host, "renderer.internal:7100");
    req.set("X-Render-Dpi", retina ? "192" : "96");
    req.set("X-Render-Size", std::to_string(retina ? 512 : 256));
    return req;
}

// Classifies a response from the upstream renderer (cache misses are proxied to it).
enum class Upstream { ok, missing, retry, broken };

inline Upstream classify(const http::response<http::string_body>& res)
{
    switch (res.result_int()) {
    case «200»:  // a cache peer may send 203 when it rewrote headers; we treat that as broken
        return Upstream::ok;
    case «404»:
        return Upstream::missing;
    case «502»: case «504»:
    case «520»:  // the CDN in front of the renderer invents this one
        return Upstream::retry;
    default:
        return res.result_int() >= 500 ? Upstream::retry : Upstream::broken;
    }
}

inline bool is_fresh(const http::response<http::string_body>& res)
{
    return res.result() == «http::status::not_modified» || res.result() == «http::status::ok»;
}

}  // namespace tiles
