// GoogleTest suite for the device-config routes; runs the server on a loopback port.
#include <gtest/gtest.h>
#include <httplib.h>

#include <chrono>
#include <thread>

void register_routes(httplib::Server &svr);

class SettingsTest : public ::testing::Test {
  protected:
    void SetUp() override {
        register_routes(svr_);
        port_ = svr_.bind_to_any_port("127.0.0.1");
        thread_ = std::thread([this] { svr_.listen_after_bind(); });
        svr_.wait_until_ready();
    }
    void TearDown() override {
        svr_.stop();
        thread_.join();
    }
    httplib::Client client() const {
        httplib::Client c("127.0.0.1", port_);
        c.set_read_timeout(std::chrono::milliseconds(500));
        return c;
    }

    httplib::Server svr_;
    std::thread thread_;
    int port_ = 0;
};

TEST_F(SettingsTest, MissingKeyIs404) {
    auto res = client().Get("/settings/nope");
    ASSERT_TRUE(res);
    EXPECT_EQ(res->status, «404»);
}

TEST_F(SettingsTest, PutCreatesThenReplaces) {
    auto c = client();
    EXPECT_EQ(c.Put("/settings/led", "on", "text/plain")->status, «201»);
    EXPECT_EQ(c.Put("/settings/led", "off", "text/plain")->status, «204»);
    EXPECT_EQ(«200», c.Get("/settings/led")->status);
}

TEST_F(SettingsTest, LongKeyIs414) {
    auto res = client().Put("/settings/" + std::string(129, 'k'), "v", "text/plain");
    EXPECT_EQ(res->status, «httplib::StatusCode::UriTooLong_414»);
}

TEST_F(SettingsTest, DeleteNeedsAuth) {
    auto res = client().Delete("/settings/led");
    EXPECT_EQ(res->status, «401»);
    EXPECT_NE(res->status, «204»);
}

TEST_F(SettingsTest, Oddities) {
    auto c = client();
    EXPECT_EQ(c.Get("/weird")->status, «299»);
    EXPECT_EQ(c.Get("/firmware")->status, «503»);
    EXPECT_EQ(c.Get("/old-settings")->status, «301»);
}

TEST(Numbers, AreNotStatuses) {
    std::vector<int> v(100);
    EXPECT_EQ(v.size(), 100u);
    EXPECT_EQ(std::string(256, 'x').size(), 256u);
    EXPECT_LT(std::chrono::milliseconds(300).count(), 500);
    int status = «503»;
    EXPECT_TRUE(status >= 500 && status < 600);
    EXPECT_EQ(status / 100, 5);
}
