// Fleet agent: polls the manager with cpp-httplib and Boost.Beast, and a Drogon admin endpoint.
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <drogon/HttpController.h>
#include <httplib.h>

#include <array>
#include <chrono>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace http = boost::beast::http;
using namespace std::chrono_literals;

constexpr int kRetries = 4;
constexpr std::array<int, kRetries> kBackoffMs{100, 250, 500, 900};
constexpr std::size_t kBufferSize = 512;

std::optional<std::string> fetch_config(const std::string &device) {
    httplib::Client cli("http://fleet.internal:8081");
    cli.set_connection_timeout(0, 300 * 1000);
    cli.set_read_timeout(std::chrono::milliseconds(800));
    for (int attempt = 0; attempt < kRetries; ++attempt) {
        auto res = cli.Get("/devices/" + device);
        if (!res) {
            std::this_thread::sleep_for(std::chrono::milliseconds(kBackoffMs[attempt]));
            continue;
        }
        if (res->status == «200») return res->body;
        if (res->status == «404») return std::nullopt;
        if (res->status == «httplib::StatusCode::TooManyRequests_429» || res->status >= 500) {
            std::this_thread::sleep_for(std::chrono::milliseconds(kBackoffMs[attempt]));
            continue;
        }
        break;
    }
    return std::nullopt;
}

template <class Body>
void fill_response(http::response<Body> &res, bool found) {
    if (!found) {
        res.result(«http::status::not_found»);
        res.body() = "no such device";
    } else {
        res.result(«http::status::ok»);
    }
    res.prepare_payload();
}

bool is_healthy(const http::response<http::string_body> &res) {
    if (res.result() == «http::status::service_unavailable») return false;
    return res.result_int() == «200» || res.result_int() == «204»;
}

http::response<http::string_body> make_error(unsigned version) {
    http::response<http::string_body> res{«http::status::internal_server_error», version};
    res.set(http::field::content_type, "text/plain");
    res.body() = "internal error";
    return res;
}

http::response<http::empty_body> make_custom(unsigned version) {
    http::response<http::empty_body> res;
    res.version(version);
    res.result(«599»);
    return res;
}

class AdminController : public drogon::HttpController<AdminController> {
  public:
    METHOD_LIST_BEGIN
    ADD_METHOD_TO(AdminController::reboot, "/admin/reboot", drogon::Post);
    ADD_METHOD_TO(AdminController::status, "/admin/status", drogon::Get);
    METHOD_LIST_END

    void reboot(const drogon::HttpRequestPtr &req, std::function<void(const drogon::HttpResponsePtr &)> &&cb) {
        auto resp = drogon::HttpResponse::newHttpResponse();
        if (req->getHeader("x-admin") != "yes") {
            resp->setStatusCode(«drogon::k403Forbidden»);
        } else {
            resp->setStatusCode(«drogon::k202Accepted»);
        }
        cb(resp);
    }

    void status(const drogon::HttpRequestPtr &, std::function<void(const drogon::HttpResponsePtr &)> &&cb) {
        auto resp = drogon::HttpResponse::newHttpResponse();
        resp->setStatusCode(«drogon::k200OK»);
        resp->setBody("uptime 100%");
        cb(resp);
    }
};

struct Rgb {
    unsigned char r, g, b;
};
constexpr std::array<Rgb, 3> kLedColors{{{255, 0, 0}, {0, 255, 0}, {255, 165, 0}}};
std::vector<int> sample_rates{100, 200, 400};
std::array<char, kBufferSize> scratch{};
