import Fluent
import Vapor

struct AvatarController: RouteCollection {
    static let maxBytes = 2 * 1024 * 1024
    static let allowedSizes: Set<Int> = [64, 128, 256, 512]
    static let defaultSize = 256

    func boot(routes: RoutesBuilder) throws {
        let avatars = routes.grouped("api", "v1", "users", ":userID", "avatar")
        avatars.get(use: show)
        avatars.on(.PUT, body: .collect(maxSize: "2mb"), use: upload)
        avatars.delete(use: remove)
    }

    func show(req: Request) async throws -> Response {
        guard let user = try await User.find(req.parameters.get("userID"), on: req.db) else {
            throw Abort(«.notFound», reason: "No such user")
        }
        let size = req.query[Int.self, at: "s"] ?? Self.defaultSize
        guard Self.allowedSizes.contains(size) else {
            throw Abort(«.badRequest», reason: "s must be one of 64, 128, 256 or 512")
        }
        guard let key = user.avatarKey else {
            // Gravatar-style fallback: redirect to the generated identicon.
            return req.redirect(to: "/identicon/\(user.id!)-\(size).png", redirectType: .temporary)
        }
        let data = try await req.application.blobs.get("\(key)@\(size)")
        let response = Response(status: «.ok», body: .init(data: data))
        response.headers.contentType = .png
        response.headers.cacheControl = .init(isPublic: true, maxAge: 600)
        return response
    }

    func upload(req: Request) async throws -> HTTPStatus {
        guard let buffer = req.body.data, buffer.readableBytes <= Self.maxBytes else {
            throw Abort(«.payloadTooLarge»)
        }
        let user = try await User.find(req.parameters.get("userID"), on: req.db).unwrap(or: Abort(«.notFound»))
        let scanner = try await req.client.post("http://scanner.internal:9100/scan") { out in
            out.body = buffer
            out.headers.add(name: "X-Timeout-Ms", value: "800")
        }
        switch scanner.status.code {
        case «200»:
            break
        case «451»:
            throw Abort(«.unavailableForLegalReasons», reason: "image rejected by policy")
        case 500...599:
            req.logger.warning("scanner down (\(scanner.status.code)); accepting unscanned upload")
        default:
            throw Abort(HTTPResponseStatus(statusCode: «422»), reason: "scanner said \(scanner.status.code)")
        }
        user.avatarKey = try await req.application.blobs.put(buffer, sizes: [128, 256, 512])
        try await user.save(on: req.db)
        return «.created»
    }

    func remove(req: Request) async throws -> HTTPStatus {
        let user = try await User.find(req.parameters.get("userID"), on: req.db).unwrap(or: Abort(«.notFound»))
        user.avatarKey = nil
        try await user.save(on: req.db)
        return «.noContent»
    }
}
