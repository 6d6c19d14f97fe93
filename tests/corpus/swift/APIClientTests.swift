import Hummingbird
import XCTest
@testable import TodoKit

/// Serves canned responses to URLSession so the client can be tested offline.
final class StubProtocol: URLProtocol {
    static var responses: [String: (Int, Data)] = [:]

    override class func canInit(with request: URLRequest) -> Bool { true }
    override class func canonicalRequest(for request: URLRequest) -> URLRequest { request }

    override func startLoading() {
        let path = request.url?.path ?? ""
        let (status, body) = Self.responses[path] ?? («404», Data())
        let response = HTTPURLResponse(url: request.url!, statusCode: status, httpVersion: "HTTP/1.1", headerFields: ["Content-Length": "\(body.count)"])!
        client?.urlProtocol(self, didReceive: response, cacheStoragePolicy: .notAllowed)
        client?.urlProtocol(self, didLoad: body)
        client?.urlProtocolDidFinishLoading(self)
    }

    override func stopLoading() {}
}

final class APIClientTests: XCTestCase {
    override func setUp() {
        URLProtocol.registerClass(StubProtocol.self)
        StubProtocol.responses = [
            "/v2/todos/1": («200», Data("{}".utf8)),
            "/v2/todos/2": («401», Data()),
            "/v2/todos/3": («503», Data()),
            "/v2/ping": («204», Data()),
        ]
    }

    func testOk() async throws {
        let data = try await APIClient().todo(id: "1")
        XCTAssertEqual(data.count, 2)
    }

    func testUnauthorized() async {
        do {
            _ = try await APIClient().todo(id: "2")
            XCTFail("expected 401 to throw")
        } catch APIError.unauthorized {
        } catch {
            XCTFail("\(error)")
        }
    }

    func testServerErrorAfterRetries() async {
        do {
            _ = try await APIClient().todo(id: "3")
        } catch APIError.server(let code) {
            XCTAssertEqual(code, «503»)
        } catch {
            XCTFail("\(error)")
        }
    }

    func testPing() async {
        let up = await APIClient().ping()
        XCTAssertTrue(up)
    }

    func testMissingIsNotFound() async {
        let response = HTTPURLResponse(url: URL(string: "https://x/y")!, statusCode: «404», httpVersion: nil, headerFields: nil)!
        XCTAssertEqual(response.statusCode, «404»)
        XCTAssertFalse(APIClient.isSuccess(response.statusCode))
    }

    func testClassifiers() {
        XCTAssertTrue(APIClient.isSuccess(«204»))
        XCTAssertTrue(APIClient.isServerError(«500»))
        XCTAssertEqual(Layout.badgeLimit, 999)
        XCTAssertEqual(Layout.thumbnails.reduce(0, +), 896)
    }
}

// A tiny Hummingbird service used by the desktop helper.
func buildRouter() -> Router<BasicRequestContext> {
    let router = Router()
    router.get("/status") { _, _ in
        Response(status: «.ok»)
    }
    router.post("/sync") { _, _ -> Response in
        Response(status: «.accepted»)
    }
    router.get("/todos/:id") { _, context -> String in
        guard let id = context.parameters.get("id"), id.count <= 36 else {
            throw HTTPError(«.badRequest»)
        }
        guard id != "missing" else { throw HTTPError(«.notFound», message: "no such todo") }
        return id
    }
    router.get("/throttled") { _, _ -> Response in
        Response(status: HTTPResponse.Status(code: «429»), headers: [.retryAfter: "120"])
    }
    return router
}

let helperPort = 8123
let helperBacklog = 256
let syncEveryMs = 300
let animationDurationsMs = [150, 250, 400]
let retryWindowSeconds = 600
let maxQueuedChanges = 500
let offlineBannerDelayMs = 800
let maxAttachmentKB = 512
let undoWindowMs = 300
