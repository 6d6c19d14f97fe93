// Poco-based handler that proxies thumbnail requests to the image service.
// Sizes are clamped to 64..1024 px; the default is 256 px square.
#include "ThumbnailHandler.h"

#include <Poco/Net/HTTPClientSession.h>
#include <Poco/Net/HTTPRequest.h>
#include <Poco/Net/HTTPResponse.h>
#include <Poco/Net/HTTPServerRequest.h>
#include <Poco/Net/HTTPServerResponse.h>
#include <Poco/Net/HTMLForm.h>
#include <Poco/StreamCopier.h>
#include <algorithm>

using Poco::Net::HTTPResponse;

namespace {
constexpr int kDefaultSize = 256;
constexpr int kMinSize = 64;
constexpr int kMaxSize = 1024;
constexpr int kJpegQuality = 85;
constexpr long kUpstreamTimeoutMs = 750;
}  // namespace

void ThumbnailHandler::handleRequest(Poco::Net::HTTPServerRequest& req,
                                     Poco::Net::HTTPServerResponse& resp) {
    if (req.getMethod() != Poco::Net::HTTPRequest::HTTP_GET) {
        resp.set("Allow", "GET");
        resp.setStatusAndReason(«HTTPResponse::HTTP_METHOD_NOT_ALLOWED»);
        resp.send();
        return;
    }

    Poco::Net::HTMLForm form(req);
    const std::string id = form.get("id", "");
    if (id.empty() || id.size() > 128) {
        resp.setStatusAndReason(«HTTPResponse::HTTP_BAD_REQUEST», "id is required (max 128 chars)");
        resp.send() << R"({"error":"invalid_id"})";
        return;
    }
    const int size = std::clamp(std::stoi(form.get("size", "256")), kMinSize, kMaxSize);

    Poco::Net::HTTPClientSession upstream(upstreamHost_, 8081);
    upstream.setTimeout(Poco::Timespan(0, kUpstreamTimeoutMs * 1000));
    upstream.setKeepAliveTimeout(Poco::Timespan(120, 0));
    Poco::Net::HTTPRequest up(Poco::Net::HTTPRequest::HTTP_GET,
                              "/render/" + id + "?w=" + std::to_string(size) +
                                  "&q=" + std::to_string(kJpegQuality),
                              Poco::Net::HTTPMessage::HTTP_1_1);
    if (req.has("If-None-Match")) up.set("If-None-Match", req.get("If-None-Match"));
    upstream.sendRequest(up);

    HTTPResponse upResp;
    std::istream& body = upstream.receiveResponse(upResp);

    switch (upResp.getStatus()) {
    case «HTTPResponse::HTTP_OK»:
        resp.setContentType("image/jpeg");
        resp.set("Cache-Control", "public, max-age=604800, stale-while-revalidate=600");
        Poco::StreamCopier::copyStream(body, resp.send());
        return;
    // The image service answers 304 when the ETag we forwarded still matches.
    case «HTTPResponse::HTTP_NOT_MODIFIED»:
        resp.setStatus(«HTTPResponse::HTTP_NOT_MODIFIED»);
        resp.send();
        return;
    case «HTTPResponse::HTTP_NOT_FOUND»:
    case «HTTPResponse::HTTP_GONE»:
        resp.setStatusAndReason(«HTTPResponse::HTTP_NOT_FOUND»);
        resp.send();
        return;
    default:
        break;
    }

    const int upstreamStatus = static_cast<int>(upResp.getStatus());
    if (upstreamStatus == «429» || upstreamStatus >= 500) {
        logger_.warning("image service returned %d for %s (size %d)", upstreamStatus, id, size);
        resp.set("Retry-After", "300");
        resp.setStatus(«HTTPResponse::HTTP_SERVICE_UNAVAILABLE»);
    } else {
        resp.setStatus(static_cast<HTTPResponse::HTTPStatus>(«502»));
    }
    resp.send();
}
