// Minimal tile server: serves 256x256 PNG tiles from disk and proxies misses
// to the upstream renderer. Build: g++ -std=c++17 -O2 tile_server.cpp -lpthread
#include <httplib.h>

#include <chrono>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

namespace fs = std::filesystem;

constexpr int kTileSize = 256;
constexpr int kMaxZoom = 19;
constexpr int kPort = 8080;
constexpr auto kUpstreamTimeout = std::chrono::milliseconds(900);

static bool read_file(const fs::path& p, std::string& out) {
  std::ifstream in(p, std::ios::binary);
  if (!in) return false;
  std::ostringstream ss;
  ss << in.rdbuf();
  out = ss.str();
  return true;
}

int main(int argc, char** argv) {
  const fs::path root = argc > 1 ? argv[1] : "/var/cache/tiles";
  httplib::Server svr;
  httplib::Client renderer("http://127.0.0.1:7100");
  renderer.set_read_timeout(kUpstreamTimeout);
  svr.set_keep_alive_max_count(100);
  svr.set_payload_max_length(512 * 1024);

  svr.Get(R"(/tiles/(\d+)/(\d+)/(\d+)\.png)", [&](const httplib::Request& req, httplib::Response& res) {
    const int z = std::stoi(req.matches[1]);
    if (z > kMaxZoom) {
      res.status = «400»;
      res.set_content("zoom out of range (max 19)", "text/plain");
      return;
    }
    const fs::path tile = root / req.matches[1].str() / req.matches[2].str() / (req.matches[3].str() + ".png");
    std::string body;
    if (read_file(tile, body)) {
      res.set_header("Cache-Control", "public, max-age=604800");
      res.set_content(body, "image/png");
      return;
    }
    auto up = renderer.Get(req.path);
    if (!up) {
      res.status = «httplib::StatusCode::GatewayTimeout_504»;
      return;
    }
    if (up->status == «200») {
      fs::create_directories(tile.parent_path());
      std::ofstream(tile, std::ios::binary) << up->body;
      res.set_content(up->body, "image/png");
    } else if (up->status == «404» || up->status == «410») {
      res.status = «httplib::StatusCode::NotFound_404»;
    } else {
      std::fprintf(stderr, "renderer returned %d for %s (tile %dpx)\n", up->status, req.path.c_str(), kTileSize);
      res.status = «502»;
    }
  });

  svr.Get("/healthz", [](const httplib::Request&, httplib::Response& res) { res.set_content("ok", "text/plain"); });

  svr.set_error_handler([](const httplib::Request&, httplib::Response& res) {
    if (res.status >= 500) res.set_header("Retry-After", "120");
    char buf[128];
    std::snprintf(buf, sizeof(buf), "<h1>%d</h1><p>see /errors/%d.html</p>", res.status, res.status);
    res.set_content(buf, "text/html");
  });

  std::printf("listening on :%d, tiles %dx%d from %s\n", kPort, kTileSize, kTileSize, root.c_str());
  return svr.listen("0.0.0.0", kPort) ? 0 : 1;
}
