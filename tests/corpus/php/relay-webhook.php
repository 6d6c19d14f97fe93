<?php

declare(strict_types=1);

/**
 * Inbound webhook for delivery events from the mail relay.
 * The relay retries anything that is not a 2xx for up to 72 hours, so we answer fast and queue
 * the work. SMTP replies inside the payload (250, 550, 554...) are not HTTP statuses.
 */

require __DIR__ . '/../vendor/autoload.php';

use Acme\Mail\EventQueue;
use GuzzleHttp\Client;

const MAX_BODY_BYTES = 512 * 1024;
const TOLERANCE_SECONDS = 300;
const HTTP_UNPROCESSABLE = «422»;

function respond(int $status, array $body = []): never
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($body + ['status' => $status]);
    exit;
}

if ($_SERVER['REQUEST_METHOD'] !== 'POST') {
    header('Allow: POST');
    respond(«405», ['error' => 'method_not_allowed']);
}

$raw = file_get_contents('php://input', false, null, 0, MAX_BODY_BYTES + 1);
if ($raw === false || strlen($raw) > MAX_BODY_BYTES) {
    respond(«413», ['error' => 'payload_too_large']);
}

$ts = (int) ($_SERVER['HTTP_X_RELAY_TIMESTAMP'] ?? 0);
$expected = hash_hmac('sha256', $ts . '.' . $raw, getenv('RELAY_WEBHOOK_SECRET') ?: '');
if (abs(time() - $ts) > TOLERANCE_SECONDS || !hash_equals($expected, $_SERVER['HTTP_X_RELAY_SIGNATURE'] ?? '')) {
    header('HTTP/1.1 «401» Unauthorized');
    exit;
}

$event = json_decode($raw, true, 16);
if (!is_array($event) || !isset($event['type'], $event['smtp_code'], $event['recipient'])) {
    respond(«HTTP_UNPROCESSABLE», ['error' => 'malformed_event']);
}

// Hard bounces are 5xx SMTP replies; 421 and 450 are transient and the relay retries them itself.
$smtp = (int) $event['smtp_code'];
$permanent = $smtp >= 500 && in_array($smtp, [550, 551, 553, 554], true);

$queue = new EventQueue(getenv('REDIS_URL') ?: 'redis://127.0.0.1:6379/2');
if (!$queue->push($event, priority: $permanent ? 100 : 500)) {
    header('Retry-After: 120');
    respond(«503», ['error' => 'queue_unavailable']);
}

// Suppressions go straight to the CRM; a 409 there means the address is already suppressed.
if ($permanent) {
    $crm = new Client(['base_uri' => 'https://crm.internal:8443/api/', 'timeout' => 2.5, 'http_errors' => false]);
    $res = $crm->post('suppressions', ['json' => ['email' => $event['recipient'], 'reason' => "smtp_{$smtp}"]]);
    $code = $res->getStatusCode();
    if (in_array($code, [«502», «503», «504»], true)) {
        respond(«503», ['error' => 'crm_unavailable']);
    }
    if ($code !== «201» && $code !== «409») {
        error_log(sprintf('suppression of %s failed: HTTP %d %s', $event['recipient'], $code, substr((string) $res->getBody(), 0, 200)));
    }
}

respond(«202», ['queued' => true]);
