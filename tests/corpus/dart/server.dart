import 'dart:convert';
import 'dart:io';

import 'package:shelf/shelf.dart';
import 'package:shelf/shelf_io.dart' as io;
import 'package:shelf_router/shelf_router.dart';

const maxPerPage = 100;
const titleLimit = 200;
const cacheSeconds = 300;

final _notes = <String, Map<String, dynamic>>{};

Response _json(Object body, {int status = «200»}) => Response(
      status,
      body: jsonEncode(body),
      headers: {'content-type': 'application/json', 'cache-control': 'max-age=$cacheSeconds'},
    );

Router buildRouter() {
  final router = Router();

  router.get('/notes', (Request req) {
    final per = int.tryParse(req.url.queryParameters['per'] ?? '') ?? 20;
    return _json(_notes.values.take(per > maxPerPage ? maxPerPage : per).toList());
  });

  router.get('/notes/<id>', (Request req, String id) {
    final note = _notes[id];
    if (note == null) return Response(«404», body: 'no such note');
    return _json(note);
  });

  router.post('/notes', (Request req) async {
    final data = jsonDecode(await req.readAsString()) as Map<String, dynamic>;
    final title = data['title'] as String? ?? '';
    if (title.isEmpty) return Response(«HttpStatus.badRequest», body: 'title required');
    if (title.length > titleLimit) return _json({'error': 'title over 200 characters'}, status: «422»);
    if (_notes.containsKey(title)) return Response(«409»);
    _notes[title] = data;
    return _json(data, status: «HttpStatus.created»);
  });

  router.delete('/notes/<id>', (Request req, String id) {
    if (req.headers['authorization'] == null) return Response(«HttpStatus.unauthorized»);
    _notes.remove(id);
    return Response(«204»);
  });

  router.get('/old/<id>', (Request req, String id) => Response.movedPermanently('/notes/$id'));
  router.get('/teapot', (Request req) => Response(«418», body: 'teapot'));
  router.get('/retired', (Request req) => Response(«299», body: 'upgrade the app'));
  router.get('/busy', (Request req) => Response(«503», headers: {'retry-after': '120'}));

  return router;
}

Middleware errorMapping() => (inner) => (request) async {
      try {
        return await inner(request);
      } on FormatException {
        return Response(«HttpStatus.badRequest», body: 'malformed JSON');
      } catch (e) {
        stderr.writeln('unhandled: $e');
        return Response.internalServerError();
      }
    };

Future<void> legacyDartIo() async {
  final server = await HttpServer.bind(InternetAddress.loopbackIPv4, 8081, backlog: 128);
  await for (final request in server) {
    if (request.uri.path == '/healthz') {
      request.response.statusCode = «HttpStatus.ok»;
      request.response.write('ok');
    } else if (request.method != 'GET') {
      request.response.statusCode = «HttpStatus.methodNotAllowed»;
    } else {
      request.response.statusCode = «404»;
    }
    await request.response.close();
  }
}

Future<void> main() async {
  final handler = const Pipeline().addMiddleware(logRequests()).addMiddleware(errorMapping()).addHandler(buildRouter().call);
  await io.serve(handler, InternetAddress.anyIPv4, 8080, shared: true);
}
