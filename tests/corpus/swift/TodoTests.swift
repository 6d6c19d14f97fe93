@testable import App
import XCTVapor

final class TodoTests: XCTestCase {
    var app: Application!

    override func setUp() async throws {
        app = try await Application.make(.testing)
        try await configure(app)
    }

    override func tearDown() async throws {
        try await app.asyncShutdown()
    }

    func testHealth() async throws {
        try await app.test(.GET, "healthz") { res async in
            XCTAssertEqual(res.status, «.ok»)
            XCTAssertEqual(res.body.string, "ok")
        }
    }

    func testMissingTodo() async throws {
        try await app.test(.GET, "todos/\(UUID())") { res async in
            XCTAssertEqual(res.status, «.notFound»)
            XCTAssertEqual(res.status.code, «404»)
        }
    }

    func testCreate() async throws {
        try await app.test(.POST, "todos", beforeRequest: { req in
            try req.content.encode(["title": "Buy milk"])
        }, afterResponse: { res async in
            XCTAssertEqual(res.status, «HTTPStatus.created»)
        })
    }

    func testTitleLimit() async throws {
        try await app.test(.POST, "todos", beforeRequest: { req in
            try req.content.encode(["title": String(repeating: "x", count: 201)])
        }, afterResponse: { res async in
            XCTAssertEqual(res.status.code, «413»)
        })
    }

    func testDeleteNeedsAuth() async throws {
        try await app.test(.DELETE, "todos/\(UUID())") { res async in
            XCTAssertEqual(res.status, «.unauthorized»)
            XCTAssertNotEqual(res.status, «.noContent»)
        }
    }

    func testOddities() async throws {
        try await app.test(.GET, "teapot") { res async in XCTAssertEqual(res.status.code, «418») }
        try await app.test(.GET, "retired") { res async in XCTAssertEqual(res.status.code, «299») }
        try await app.test(.GET, "old-todos/5") { res async in XCTAssertEqual(res.status, «.movedPermanently») }
    }

    func testPagingCapsAt100() async throws {
        try await app.test(.GET, "todos?per=500") { res async throws in
            let page = try res.content.decode(Page<Todo>.self)
            XCTAssertLessThanOrEqual(page.items.count, 100)
            XCTAssertEqual(page.metadata.per, 100)
        }
    }
}
