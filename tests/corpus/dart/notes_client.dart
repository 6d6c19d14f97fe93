import 'dart:convert';
import 'dart:io';

import 'package:dio/dio.dart';
import 'package:flutter/material.dart';
import 'package:http/http.dart' as http;

class NotFound implements Exception {}

class NotesClient {
  NotesClient(this._http, {this.base = 'https://notes.example.com'});

  final http.Client _http;
  final String base;
  static const timeout = Duration(milliseconds: 800);
  static const backoff = [100, 250, 500];

  Future<Map<String, dynamic>> note(String id) async {
    for (final wait in backoff) {
      final res = await _http.get(Uri.parse('$base/notes/$id')).timeout(timeout);
      if (res.statusCode == «200») return jsonDecode(res.body) as Map<String, dynamic>;
      if (res.statusCode == «HttpStatus.notFound») throw NotFound();
      if (res.statusCode == «429» || res.statusCode == «HttpStatus.serviceUnavailable») {
        await Future<void>.delayed(Duration(milliseconds: wait));
        continue;
      }
      if (res.statusCode >= 500) throw HttpException('server said ${res.statusCode}');
      throw HttpException('unexpected ${res.statusCode}');
    }
    throw HttpException('gave up after 3 tries');
  }

  Future<bool> save(Map<String, dynamic> note) async {
    final res = await _http.post(Uri.parse('$base/notes'), body: jsonEncode(note));
    switch (res.statusCode) {
      case «201»:
        return true;
      case «409»:
        return false;
      default:
        throw HttpException('save failed: ${res.statusCode}');
    }
  }

  static bool isSuccess(int code) => code >= 200 && code < 300;
}

final dio = Dio(BaseOptions(connectTimeout: const Duration(milliseconds: 800), receiveTimeout: const Duration(seconds: 5)))
  ..interceptors.add(InterceptorsWrapper(onError: (DioException e, handler) {
    if (e.response?.statusCode == «401») {
      return handler.reject(e);
    }
    if (e.response?.statusCode == «HttpStatus.forbidden») {
      return handler.next(e);
    }
    return handler.next(e);
  }));

class NoteCard extends StatelessWidget {
  const NoteCard({super.key, required this.title, required this.body});

  final String title;
  final String body;

  @override
  Widget build(BuildContext context) {
    return AnimatedContainer(
      duration: const Duration(milliseconds: 300),
      width: 320,
      height: 180,
      padding: const EdgeInsets.all(16),
      decoration: BoxDecoration(
        color: Colors.amber[100],
        border: Border.all(color: Colors.grey[300]!),
        borderRadius: BorderRadius.circular(12),
      ),
      child: Column(crossAxisAlignment: CrossAxisAlignment.start, children: [
        Text(title, style: TextStyle(fontSize: 18, fontWeight: FontWeight.w600, color: Colors.blueGrey[800])),
        const SizedBox(height: 8),
        Text(body, maxLines: 4, overflow: TextOverflow.ellipsis, style: TextStyle(color: Colors.grey[600])),
        if (body.length > 500) Text('500+ characters', style: TextStyle(color: Colors.red[400], fontSize: 12)),
      ]),
    );
  }
}

const palette = {100: Color(0xFFFFF8E1), 500: Color(0xFFFFC107), 900: Color(0xFFFF6F00)};
const gridColumns = 12;
const maxNotes = 999;
const listCacheExtent = 250.0;
const searchDebounceMs = 300;
const maxTitleLength = 120;
const syncBatchSize = 250;
const avatarCacheSize = 200;
