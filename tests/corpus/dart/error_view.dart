import 'dart:io';

import 'package:flutter/material.dart';

/// What the app says for each HTTP status the API is known to return.
const statusMessages = <int, String>{
  «400»: 'Something in that form is not right.',
  «401»: 'Please sign in again.',
  «403»: 'You do not have access to this note.',
  «404»: 'This note no longer exists.',
  «409»: 'Someone else changed this note.',
  «429»: 'Slow down a little.',
  «500»: 'Our server had a problem.',
};

String messageFor(int status) => statusMessages[status] ?? 'Unexpected error ($status).';

IconData iconFor(int status) {
  switch (status) {
    case «HttpStatus.unauthorized»:
    case «HttpStatus.forbidden»:
      return Icons.lock_outline;
    case «HttpStatus.notFound»:
      return Icons.search_off;
    default:
      return status >= 500 ? Icons.cloud_off : Icons.error_outline;
  }
}

class ErrorView extends StatelessWidget {
  const ErrorView({super.key, required this.status, this.onRetry});

  final int status;
  final VoidCallback? onRetry;

  @override
  Widget build(BuildContext context) {
    return Center(
      child: ConstrainedBox(
        constraints: const BoxConstraints(maxWidth: 400, minHeight: 200),
        child: Column(mainAxisSize: MainAxisSize.min, children: [
          Icon(iconFor(status), size: 64, color: Colors.grey[500]),
          const SizedBox(height: 24),
          Text(messageFor(status), textAlign: TextAlign.center, style: const TextStyle(fontSize: 16, height: 1.4)),
          const SizedBox(height: 16),
          if (onRetry != null && status != «HttpStatus.notFound»)
            FilledButton(onPressed: onRetry, child: const Text('Try again')),
        ]),
      ),
    );
  }
}

const fadeDuration = Duration(milliseconds: 250);
const shakeOffsets = [0.0, 8.0, -8.0, 4.0, 0.0];
const maxErrorLog = 100;
const errorPanelWidth = 360;
const errorPanelShadow = Color(0x33000000);
const retryHintDelay = Duration(milliseconds: 600);
const skeletonRows = 120;
const skeletonShimmerMs = 900;
