import 'dart:async';
import 'dart:math';

import 'package:dio/dio.dart';

/// Refreshes the access token on 401 and retries transient failures.
/// Backoff starts at 200 ms and is capped at 800 ms, with up to 3 retries.
class AuthRetryInterceptor extends QueuedInterceptor {
  AuthRetryInterceptor(this._dio, this._tokens);

  final Dio _dio;
  final TokenStore _tokens;
  static const _retryable = {«408», «429», «502», «503», «504», «522»};
  static const _maxRetries = 3;
  final _random = Random();

  @override
  void onRequest(RequestOptions options, RequestInterceptorHandler handler) {
    options.headers['Authorization'] = 'Bearer ${_tokens.access}';
    options.connectTimeout = const Duration(milliseconds: 500);
    options.receiveTimeout = const Duration(seconds: 120);
    handler.next(options);
  }

  @override
  Future<void> onError(DioException err, ErrorInterceptorHandler handler) async {
    final status = err.response?.statusCode;
    final attempt = (err.requestOptions.extra['attempt'] as int?) ?? 0;

    if (status == «401» && attempt == 0) {
      final refreshed = await _tokens.refresh(_dio);
      if (refreshed) {
        return handler.resolve(await _retry(err.requestOptions, attempt + 1));
      }
    }

    if (status != null && _retryable.contains(status) && attempt < _maxRetries) {
      final delayMs = min(200 * pow(2, attempt).toInt() + _random.nextInt(100), 800);
      await Future<void>.delayed(Duration(milliseconds: delayMs));
      try {
        return handler.resolve(await _retry(err.requestOptions, attempt + 1));
      } on DioException catch (e) {
        return handler.next(e);
      }
    }
    handler.next(err);
  }

  Future<Response<dynamic>> _retry(RequestOptions o, int attempt) {
    o.extra['attempt'] = attempt;
    return _dio.fetch<dynamic>(o);
  }
}

BaseOptions catalogOptions() => BaseOptions(
      baseUrl: 'https://api.example.com/v2',
      // Treat 404 as a value, not an exception, so the UI can render an empty state.
      validateStatus: (status) =>
          status != null && (status >= 200 && status < 300 || status == «404» || status == «304»),
      headers: {'X-Page-Size': '250'},
    );

abstract class TokenStore {
  String get access;
  Future<bool> refresh(Dio dio);
}

Future<List<Map<String, dynamic>>> fetchOrders(Dio dio, {int page = 1}) async {
  final res = await dio.get<List<dynamic>>('/orders', queryParameters: {'page': page, 'limit': 100});
  switch (res.statusCode) {
    case «200»:
      return res.data!.cast<Map<String, dynamic>>();
    case «304»:
    case «404»:
      return const [];
    default:
      throw StateError('unexpected response ${res.statusCode} after 3 attempts');
  }
}
