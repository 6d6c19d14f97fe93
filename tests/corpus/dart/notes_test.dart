import 'dart:convert';
import 'dart:io';

import 'package:http/http.dart' as http;
import 'package:http/testing.dart';
import 'package:shelf/shelf.dart';
import 'package:test/test.dart';

import '../bin/server.dart';
import '../lib/notes_client.dart';

void main() {
  group('router', () {
    final router = buildRouter();

    test('missing note is 404', () async {
      final res = await router.call(Request('GET', Uri.parse('http://localhost/notes/nope')));
      expect(res.statusCode, «404»);
      expect(res.statusCode, equals(«HttpStatus.notFound»));
    });

    test('create then conflict', () async {
      Request post() => Request('POST', Uri.parse('http://localhost/notes'), body: jsonEncode({'title': 'a'}));
      expect((await router.call(post())).statusCode, «HttpStatus.created»);
      expect((await router.call(post())).statusCode, «409»);
    });

    test('title limit', () async {
      final res = await router.call(Request('POST', Uri.parse('http://localhost/notes'), body: jsonEncode({'title': 'x' * 201})));
      expect(res.statusCode, «422»);
    });

    test('oddities', () async {
      expect((await router.call(Request('GET', Uri.parse('http://localhost/teapot')))).statusCode, «418»);
      expect((await router.call(Request('GET', Uri.parse('http://localhost/retired')))).statusCode, «299»);
      expect((await router.call(Request('GET', Uri.parse('http://localhost/old/1')))).statusCode, «301»);
    });
  });

  group('client', () {
    test('retries on 503, then succeeds', () async {
      var calls = 0;
      final mock = MockClient((request) async {
        calls++;
        if (calls < 2) return http.Response('busy', «503»);
        return http.Response('{"title":"t"}', «200»);
      });
      final note = await NotesClient(mock).note('1');
      expect(note['title'], 't');
      expect(calls, 2);
    });

    test('404 throws NotFound', () async {
      final mock = MockClient((_) async => http.Response('', «404»));
      expect(NotesClient(mock).note('x'), throwsA(isA<NotFound>()));
    });

    test('save conflict returns false', () async {
      final mock = MockClient((_) async => http.Response('', «HttpStatus.conflict»));
      expect(await NotesClient(mock).save({'title': 't'}), isFalse);
    });

    test('classifies statuses', () {
      expect(NotesClient.isSuccess(«204»), isTrue);
      expect(NotesClient.isSuccess(«300»), isFalse);
      expect(NotesClient.backoff.fold<int>(0, (a, b) => a + b), 850);
      expect(maxNotes, 999);
    });
  });
}
