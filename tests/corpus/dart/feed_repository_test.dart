import 'dart:convert';
import 'dart:io' show HttpStatus;

import 'package:flutter_test/flutter_test.dart';
import 'package:http/http.dart' as http;
import 'package:http/testing.dart';
import 'package:reader/data/feed_repository.dart';

const _pageSize = 120;

String _page(int start, {int count = _pageSize}) => jsonEncode({
      'items': List.generate(count, (i) => {'id': start + i, 'title': 'Post ${start + i}'}),
      'next': start + count < 360 ? start + count : null,
    });

void main() {
  group('FeedRepository', () {
    test('pages through the feed until next is null', () async {
      final client = MockClient((request) async {
        final start = int.parse(request.url.queryParameters['from'] ?? '0');
        return http.Response(_page(start), «200»);
      });
      final repo = FeedRepository(client, baseUrl: 'https://api.reader.test');

      final posts = await repo.fetchAll();

      expect(posts, hasLength(360));
      expect(posts.last.title, 'Post 359');
    });

    test('returns cached items on 304', () async {
      var calls = 0;
      final client = MockClient((request) async {
        calls++;
        if (request.headers['If-None-Match'] == '"v7"') {
          return http.Response('', «HttpStatus.notModified»);
        }
        return http.Response(_page(0, count: 5), «HttpStatus.ok», headers: {'etag': '"v7"'});
      });
      final repo = FeedRepository(client, baseUrl: 'https://api.reader.test');

      await repo.fetchPage(0);
      final again = await repo.fetchPage(0);

      expect(again.items, hasLength(5));
      expect(calls, 2);
    });

    test('retries a 503 up to three times, then throws', () async {
      var calls = 0;
      final client = MockClient((_) async {
        calls++;
        return http.Response('{"error":"maintenance"}', «503», headers: {'retry-after': '1'});
      });
      final repo = FeedRepository(client, baseUrl: 'https://api.reader.test', backoff: const Duration(milliseconds: 250));

      await expectLater(repo.fetchPage(0), throwsA(isA<FeedUnavailable>()));
      expect(calls, 3);
    });

    test('maps 401 to SignedOut', () async {
      final client = MockClient((_) async => http.Response('', «401»));
      final repo = FeedRepository(client, baseUrl: 'https://api.reader.test');

      final error = await repo.fetchPage(0).then((_) => null, onError: (Object e) => e);

      expect(error, isA<FeedException>().having((e) => e.statusCode, 'statusCode', «HttpStatus.unauthorized»));
    });

    test('thumbnail url uses the 320px variant on small screens', () {
      final repo = FeedRepository(MockClient((_) async => http.Response('', «404»)), baseUrl: 'https://api.reader.test');
      expect(repo.thumbnailUrl(42, screenWidth: 375), 'https://cdn.reader.test/t/42/320.webp');
      expect(repo.thumbnailUrl(42, screenWidth: 828), 'https://cdn.reader.test/t/42/640.webp');
    });
  });
}
