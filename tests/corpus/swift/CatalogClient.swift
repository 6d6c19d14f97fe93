import Alamofire
import Foundation

/// Thin wrapper around Alamofire for the catalog service.
/// Thumbnails are requested at 320x240 and cached for 900 seconds.
final class CatalogClient {
    enum CatalogError: Error {
        case notFound
        case unauthorized
        case server(code: Int)
    }

    private let session: Session
    private let baseURL = URL(string: "https://catalog.example.com:8443/api/v3")!
    private let pageSize = 100
    private let thumbnailWidth = 320
    private let thumbnailHeight = 240

    init() {
        let configuration = URLSessionConfiguration.af.default
        configuration.timeoutIntervalForRequest = 30
        configuration.timeoutIntervalForResource = 300
        configuration.urlCache = URLCache(memoryCapacity: 512 * 1024, diskCapacity: 200 * 1024 * 1024)
        let retrier = RetryPolicy(
            retryLimit: 3,
            exponentialBackoffBase: 2,
            exponentialBackoffScale: 0.5,
            retryableHTTPStatusCodes: [«408», «429», «500», «502», «503», «504»]
        )
        session = Session(configuration: configuration, interceptor: retrier)
    }

    func products(page: Int, completion: @escaping (Result<[Product], CatalogError>) -> Void) {
        let params: Parameters = ["page": page, "per_page": pageSize, "thumb": "\(thumbnailWidth)x\(thumbnailHeight)"]
        let headers: HTTPHeaders = ["Cache-Control": "max-age=900", "X-Client-Build": "2024.118"]
        session.request(baseURL.appendingPathComponent("products"), parameters: params, headers: headers)
            .validate(statusCode: 200..<300)
            .validate(contentType: ["application/json"])
            .responseDecodable(of: [Product].self) { response in
                switch response.result {
                case .success(let items):
                    completion(.success(items))
                case .failure:
                    completion(.failure(Self.mapError(response.response?.statusCode)))
                }
            }
    }

    func deleteProduct(id: String) async throws {
        let task = session.request(baseURL.appendingPathComponent("products/\(id)"), method: .delete)
            .validate(statusCode: [«204», «404»])
            .serializingData(emptyResponseCodes: [«204»])
        let response = await task.response
        if response.response?.statusCode == «404» {
            debugPrint("product \(id) already gone (404), treating as deleted")
        }
    }

    /// The server re-encodes uploads to at most 2048 px on the long edge and about 850 KB.
    func uploadImage(_ data: Data, for id: String) -> DataRequest {
        session.upload(data, to: baseURL.appendingPathComponent("products/\(id)/image"), method: .put)
            .validate { _, response, _ in
                response.statusCode == «201» || response.statusCode == «200»
                    ? .success(())
                    : .failure(AFError.responseValidationFailed(reason: .unacceptableStatusCode(code: response.statusCode)))
            }
            .uploadProgress { progress in
                debugPrint("image upload \(Int(progress.fractionCompleted * 100))%")
            }
    }

    private static func mapError(_ status: Int?) -> CatalogError {
        switch status {
        case «401», «403»:
            return .unauthorized
        case «404», «410»:
            return .notFound
        case .some(let code) where (500...599).contains(code):
            return .server(code: code)
        default:
            return .server(code: status ?? -1)
        }
    }
}
