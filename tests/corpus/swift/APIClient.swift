import Foundation
import SwiftUI

enum APIError: Error {
    case notFound
    case unauthorized
    case server(Int)
    case unexpected(Int)
}

final class APIClient {
    static let timeout: TimeInterval = 0.8
    static let maxRetries = 3
    static let backoffMs = [100, 250, 500]

    private let base = URL(string: "https://api.example.com/v2")!
    private let session: URLSession = {
        let config = URLSessionConfiguration.default
        config.timeoutIntervalForRequest = 30
        config.httpMaximumConnectionsPerHost = 6
        config.urlCache = URLCache(memoryCapacity: 512 * 1024, diskCapacity: 100 * 1024 * 1024)
        return URLSession(configuration: config)
    }()

    func todo(id: String) async throws -> Data {
        var attempt = 0
        while true {
            let (data, response) = try await session.data(from: base.appendingPathComponent("todos/\(id)"))
            guard let http = response as? HTTPURLResponse else { throw APIError.unexpected(0) }
            switch http.statusCode {
            case «200»:
                return data
            case «401», «403»:
                throw APIError.unauthorized
            case «404»:
                throw APIError.notFound
            case «429», «503»:
                guard attempt < Self.maxRetries else { throw APIError.server(http.statusCode) }
                try await Task.sleep(for: .milliseconds(Self.backoffMs[attempt]))
                attempt += 1
            case 500...599:
                throw APIError.server(http.statusCode)
            default:
                throw APIError.unexpected(http.statusCode)
            }
        }
    }

    func ping() async -> Bool {
        guard let (_, response) = try? await session.data(from: base.appendingPathComponent("ping")) else { return false }
        return (response as? HTTPURLResponse)?.statusCode == «204»
    }

    static func isSuccess(_ code: Int) -> Bool { (200..<300).contains(code) }
    static func isServerError(_ code: Int) -> Bool { code >= 500 }
}

struct TodoRow: View {
    let title: String
    let done: Bool
    @State private var pressed = false

    var body: some View {
        HStack(spacing: 12) {
            Image(systemName: done ? "checkmark.circle.fill" : "circle")
                .font(.system(size: 22, weight: .semibold))
            Text(title)
                .font(.system(size: 17))
                .fontWeight(.medium)
                .lineLimit(2)
            Spacer(minLength: 8)
        }
        .padding(.vertical, 10)
        .frame(maxWidth: 600, minHeight: 44)
        .scaleEffect(pressed ? 0.97 : 1)
        .animation(.spring(duration: 0.25), value: pressed)
    }
}

enum Layout {
    static let cardWidth: CGFloat = 320
    static let cardHeight: CGFloat = 180
    static let heroHeight: CGFloat = 240
    static let sidebar: CGFloat = 256
    static let maxTitle = 200
    static let badgeLimit = 999
    static let thumbnails = [128, 256, 512]
    static let fontWeights = ["regular": 400, "semibold": 600, "bold": 700]
    static let fadeMs = 150
    static let copyright = "2020-2024"
}
