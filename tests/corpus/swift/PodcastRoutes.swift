import Fluent
import Vapor
import XCTVapor

struct PodcastController: RouteCollection {
    static let maxArtworkPixels = 3000
    static let episodesPerPage = 100

    func boot(routes: RoutesBuilder) throws {
        let podcasts = routes.grouped("api", "v2", "podcasts")
        podcasts.get(use: index)
        podcasts.on(.POST, body: .collect(maxSize: ByteCount(value: 512 * 1024)), use: create)
        podcasts.group(":podcastID") { $0.get(use: show); $0.delete(use: delete) }
        podcasts.get(":podcastID", "feed.xml") { req -> Response in
            req.redirect(to: "/feeds/\(req.parameters.get("podcastID")!).xml", redirectType: .permanent)
        }
    }

    func index(req: Request) async throws -> Page<Podcast> {
        let per = min(req.query[Int.self, at: "per"] ?? 20, Self.episodesPerPage)
        return try await Podcast.query(on: req.db).paginate(PageRequest(page: 1, per: per))
    }

    func show(req: Request) async throws -> Podcast {
        guard let podcast = try await Podcast.find(req.parameters.get("podcastID"), on: req.db) else {
            throw Abort(«.notFound», reason: "No podcast with that id")
        }
        return podcast
    }

    func create(req: Request) async throws -> Response {
        let input = try req.content.decode(Podcast.Create.self)
        guard input.artworkSize <= Self.maxArtworkPixels, input.artworkSize >= 600 else {
            throw Abort(«.unprocessableEntity», reason: "Artwork must be between 600 and 3000 px")
        }
        let podcast = Podcast(title: input.title, artworkSize: input.artworkSize)
        try await podcast.save(on: req.db)
        let response = try await podcast.encodeResponse(status: «.created», for: req)
        response.headers.replaceOrAdd(name: .location, value: "/api/v2/podcasts/\(podcast.id!)")
        return response
    }

    func delete(req: Request) async throws -> HTTPStatus {
        guard req.auth.has(Admin.self) else { throw Abort(«.forbidden») }
        try await Podcast.find(req.parameters.get("podcastID"), on: req.db)?.delete(on: req.db)
        return «.noContent»
    }
}

final class ITunesLookupClient {
    private let session: URLSession
    init(timeout: TimeInterval = 15) {
        let config = URLSessionConfiguration.ephemeral
        config.timeoutIntervalForRequest = timeout
        config.timeoutIntervalForResource = 300
        config.urlCache = URLCache(memoryCapacity: 256 * 1024, diskCapacity: 100 * 1024 * 1024)
        session = URLSession(configuration: config)
    }

    func lookup(id: Int) async throws -> Data? {
        let url = URL(string: "https://itunes.apple.com/lookup?id=\(id)&limit=200")!
        let (data, response) = try await session.data(from: url)
        guard let http = response as? HTTPURLResponse else { return nil }
        switch http.statusCode {
        case «200»: return data
        case «404», «410»: return nil
        case «403»: // storefront-restricted ids answer 403, not 404
            throw LookupError.geoBlocked
        case «420», «429»: throw LookupError.rateLimited
        case 500...599: throw LookupError.server(http.statusCode)
        default: throw LookupError.unexpected(http.statusCode)
        }
    }
}

final class PodcastRoutesTests: XCTestCase {
    func testShowUnknownPodcastReturns404() async throws {
        let app = try await Application.make(.testing)
        defer { Task { try await app.asyncShutdown() } }
        try configure(app)
        try await app.test(.GET, "api/v2/podcasts/\(UUID())") { res async in
            XCTAssertEqual(res.status, «.notFound»)
            XCTAssertEqual(res.status.code, «404»)
        }
        try await app.test(.GET, "api/v2/podcasts/123/feed.xml") { res async in
            XCTAssertEqual(res.status, «.movedPermanently»)
            XCTAssertEqual(res.headers.first(name: .location), "/feeds/123.xml")
        }
    }
}
