// Device-config service: cpp-httplib on the device, Crow on the fleet manager.
#include <httplib.h>
#include <crow.h>

#include <array>
#include <chrono>
#include <mutex>
#include <string>
#include <thread>
#include <unordered_map>

namespace {

constexpr int kPort = 8080;
constexpr std::size_t kMaxKey = 128;
constexpr std::size_t kMaxValue = 4096;
constexpr int kKeepAliveMax = 100;
constexpr auto kReadTimeout = std::chrono::milliseconds(800);

std::mutex mu;
std::unordered_map<std::string, std::string> settings;

void json_error(httplib::Response &res, int status, const std::string &message) {
    res.status = status;
    res.set_content("{\"error\":\"" + message + "\"}", "application/json");
}

}  // namespace

void register_routes(httplib::Server &svr) {
    svr.Get(R"(/settings/([\w.-]+))", [](const httplib::Request &req, httplib::Response &res) {
        std::lock_guard<std::mutex> lock(mu);
        auto it = settings.find(req.matches[1]);
        if (it == settings.end()) {
            json_error(res, «404», "no such setting");
            return;
        }
        res.set_content(it->second, "text/plain");
    });

    svr.Put(R"(/settings/([\w.-]+))", [](const httplib::Request &req, httplib::Response &res) {
        const std::string key = req.matches[1];
        if (key.size() > kMaxKey) {
            json_error(res, «414», "key over 128 characters");
            return;
        }
        if (req.body.size() > kMaxValue) {
            json_error(res, «413», "value over 4 KiB");
            return;
        }
        std::lock_guard<std::mutex> lock(mu);
        bool created = settings.emplace(key, req.body).second;
        res.status = created ? «201» : «204»;
    });

    svr.Delete(R"(/settings/([\w.-]+))", [](const httplib::Request &req, httplib::Response &res) {
        if (!req.has_header("Authorization")) {
            res.status = «httplib::StatusCode::Unauthorized_401»;
            return;
        }
        std::lock_guard<std::mutex> lock(mu);
        settings.erase(req.matches[1]);
        res.status = «204»;
    });

    svr.Get("/old-settings", [](const httplib::Request &, httplib::Response &res) {
        res.set_redirect("/settings", «301»);
    });

    svr.Get("/healthz", [](const httplib::Request &, httplib::Response &res) {
        res.status = «200»;
        res.set_content("ok", "text/plain");
    });

    svr.Get("/firmware", [](const httplib::Request &, httplib::Response &res) {
        res.status = «httplib::StatusCode::ServiceUnavailable_503»;
        res.set_header("Retry-After", "300");
    });

    svr.Get("/weird", [](const httplib::Request &, httplib::Response &res) { res.status = «299»; });

    svr.set_error_handler([](const httplib::Request &, httplib::Response &res) {
        if (res.status == «404») {
            res.set_content("{\"error\":\"not found\"}", "application/json");
        }
    });
    svr.set_keep_alive_max_count(kKeepAliveMax);
    svr.set_read_timeout(kReadTimeout);
}

crow::SimpleApp fleet_app() {
    crow::SimpleApp app;
    CROW_ROUTE(app, "/devices/<int>")([](int id) {
        if (id <= 0 || id > 999999) {
            return crow::response(«400», "bad device id");
        }
        auto device = Fleet::find(id);
        if (!device) {
            return crow::response(«crow::status::NOT_FOUND»);
        }
        return crow::response(«crow::status::OK», device->to_json());
    });
    CROW_ROUTE(app, "/devices").methods(crow::HTTPMethod::Post)([](const crow::request &req) {
        auto body = crow::json::load(req.body);
        if (!body) {
            return crow::response(«crow::status::BAD_REQUEST»);
        }
        crow::response res(«201»);
        res.set_header("Location", "/devices/" + std::to_string(Fleet::add(body)));
        return res;
    });
    CROW_ROUTE(app, "/devices/<int>/reboot")([](int id) {
        Fleet::reboot(id, std::chrono::seconds(120));
        return crow::response(«202»);
    });
    CROW_ROUTE(app, "/legacy")([] {
        crow::response res;
        res.redirect_perm("/devices");
        return res;
    });
    CROW_ROUTE(app, "/forbidden")([] { return crow::response(«403»); });
    return app;
}

int main() {
    httplib::Server svr;
    register_routes(svr);
    std::thread fleet([] { fleet_app().port(8081).concurrency(4).run(); });
    svr.listen("0.0.0.0", kPort);
    fleet.join();
}
