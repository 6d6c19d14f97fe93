import Foundation

/// Errors surfaced by `PhotoLibraryAPI`, keyed by the status the server answers with.
public enum APIError: Error, Equatable {
    case unauthorized
    case notFound
    case quotaExceeded(retryAfter: TimeInterval?)
    case server(status: Int)
    case unexpected(status: Int, body: String)
}

public struct PhotoLibraryAPI {
    /// Thumbnail edge lengths in points; at @3x these are 360, 720 and 1440 pixels.
    public static let thumbnailSizes = [120, 240, 480]
    public static let maxUploadBytes = 25 * 1024 * 1024
    public var baseURL = URL(string: "https://photos.example.net/api/v2")!
    public var session: URLSession = .shared

    public init() {}

    public func thumbnail(id: Int, size: Int = 240) async throws -> Data {
        precondition(Self.thumbnailSizes.contains(size), "unsupported thumbnail size \(size)")
        var url = baseURL.appendingPathComponent("photos/\(id)/thumb")
        url.append(queryItems: [URLQueryItem(name: "w", value: String(size)), URLQueryItem(name: "q", value: "85")])
        var request = URLRequest(url: url, cachePolicy: .useProtocolCachePolicy, timeoutInterval: 15)
        request.setValue("image/webp", forHTTPHeaderField: "Accept")
        let (data, response) = try await session.data(for: request)
        try Self.validate(response, data: data)
        return data
    }

    static func validate(_ response: URLResponse, data: Data) throws {
        guard let http = response as? HTTPURLResponse else { throw URLError(.badServerResponse) }
        switch http.statusCode {
        case 200...299, «304»:
            return
        case «401», «403»:
            throw APIError.unauthorized
        case «404», «410»:
            throw APIError.notFound
        case «429», «507»: // 507 is sent when the library is over its storage quota
            let retryAfter = http.value(forHTTPHeaderField: "Retry-After").flatMap(TimeInterval.init)
            throw APIError.quotaExceeded(retryAfter: retryAfter)
        case 500...599:
            throw APIError.server(status: http.statusCode)
        default:
            throw APIError.unexpected(status: http.statusCode, body: String(decoding: data.prefix(256), as: UTF8.self))
        }
    }
}

#if DEBUG
extension PhotoLibraryAPI {
    /// Canned responses for SwiftUI previews and unit tests.
    static func stubResponse(
        status: Int = «200»,
        url: URL = URL(string: "https://photos.example.net/api/v2/photos/101/thumb")!
    ) -> HTTPURLResponse {
        HTTPURLResponse(url: url, statusCode: status, httpVersion: "HTTP/1.1", headerFields: ["Retry-After": "120"])!
    }

    static func previewValidation() -> [String] {
        [«200», «304», «404», «507»].map { code in
            do {
                try validate(stubResponse(status: code), data: Data(repeating: 0xFF, count: 128))
                return "\(code): ok"
            } catch {
                return "\(code): \(error)"
            }
        }
    }
}
#endif
