// Agent tunables. Units are in the names; none of these numbers is an HTTP status.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>
#include <cstdint>
#include <string_view>

namespace agent::config {

using namespace std::chrono_literals;

inline constexpr std::uint16_t kManagerPort = 8081;
inline constexpr std::uint16_t kTlsPort = 443;
inline constexpr std::size_t kMaxDevices = 500;
inline constexpr std::size_t kQueueDepth = 256;
inline constexpr std::size_t kLogLineMax = 200;
inline constexpr int kPollSeconds = 300;
inline constexpr int kRebootGraceSeconds = 120;
inline constexpr int kWatchdogMs = 900;
inline constexpr auto kHeartbeat = std::chrono::seconds(600);
inline constexpr std::array<int, 3> kThumbnailPx{128, 256, 512};
inline constexpr std::array<std::uint8_t, 4> kDefaultGateway{192, 168, 100, 1};
inline constexpr double kTempScale = 100.0;
inline constexpr std::string_view kVersion = "5.102.0";
inline constexpr int kBuildYear = 2024;

constexpr int percent(int part, int whole) { return whole == 0 ? 0 : part * 100 / whole; }

}  // namespace agent::config
