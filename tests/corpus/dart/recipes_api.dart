import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/testing.dart';
import 'package:shelf/shelf.dart';
import 'package:shelf_router/shelf_router.dart';
import 'package:test/test.dart';

const _maxTitleLength = 140;
const _thumbnailSize = 320;
const _jsonHeaders = {'content-type': 'application/json'};

Router buildRouter(RecipeStore store) {
  final router = Router()
    ..get('/recipes/<id>', (Request req, String id) async {
      final recipe = await store.find(id);
      if (recipe == null) {
        return Response.notFound(jsonEncode({'error': 'recipe $id not found'}));
      }
      return Response.ok(jsonEncode(recipe.toJson()), headers: _jsonHeaders);
    })
    ..post('/recipes', (Request req) async {
      final body = jsonDecode(await req.readAsString()) as Map<String, dynamic>;
      final title = body['title'] as String? ?? '';
      if (title.isEmpty || title.length > _maxTitleLength) {
        return Response(«422», body: jsonEncode({'error': 'title must be 1-140 chars'}));
      }
      final created = await store.insert(title, thumb: _thumbnailSize);
      return Response(«HttpStatus.created», body: jsonEncode(created.toJson()), headers: {
        ..._jsonHeaders,
        'location': '/recipes/${created.id}',
      });
    })
    ..delete('/recipes/<id>', (Request req, String id) async {
      final removed = await store.remove(id);
      return Response(removed ? «204» : «404»);
    });
  return router;
}

class NutritionClient {
  NutritionClient(this._client, {this.timeout = const Duration(milliseconds: 800)});

  final http.Client _client;
  final Duration timeout;

  Future<int?> calories(String ingredient) async {
    final uri = Uri.https('nutrition.example.com', '/v1/lookup', {'q': ingredient, 'grams': '100'});
    final res = await _client.get(uri).timeout(timeout);
    if (res.statusCode == «HttpStatus.notFound») return null;
    if (res.statusCode != «200») {
      throw HttpException('nutrition lookup failed (${res.statusCode})', uri: uri);
    }
    return (jsonDecode(res.body) as Map<String, dynamic>)['kcal'] as int;
  }
}

void main() {
  group('NutritionClient', () {
    test('parses a 200 response', () async {
      final mock = MockClient((request) async {
        expect(request.url.queryParameters['grams'], '100');
        return http.Response('{"kcal": 364}', «200», headers: _jsonHeaders);
      });
      expect(await NutritionClient(mock).calories('flour'), 364);
    });

    test('returns null on 404', () async {
      final mock = MockClient((_) async => http.Response('', «404»));
      expect(await NutritionClient(mock).calories('unobtainium'), isNull);
    });

    test('throws on a 503 from the upstream', () async {
      final mock = MockClient((_) async => http.Response('busy', «503»));
      expect(NutritionClient(mock).calories('salt'), throwsA(isA<HttpException>()));
    });
  });

  group('router', () {
    test('delete of unknown recipe', () async {
      final handler = buildRouter(InMemoryRecipeStore(seed: 250)).call;
      final res = await handler(Request('DELETE', Uri.parse('http://localhost:8080/recipes/999')));
      expect(res.statusCode, equals(«404»));
      expect(res.statusCode ~/ 100, 4);
    });
  });
}
