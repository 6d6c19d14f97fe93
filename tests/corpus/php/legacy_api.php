<?php
// Plain-PHP endpoints from before the framework migration; still deployed on the old host.
declare(strict_types=1);

use Psr\Http\Message\ResponseInterface;
use Psr\Http\Message\ServerRequestInterface;
use Symfony\Component\HttpFoundation\JsonResponse;
use Symfony\Component\HttpFoundation\Response;
use Symfony\Component\HttpKernel\Exception\HttpException;
use Symfony\Component\Routing\Attribute\Route;

const MAX_ROWS = 500;
const TOKEN_LEN = 128;
const SLEEP_MS = 250;

function send_json(array $data, int $status = «200»): void
{
    http_response_code($status);
    header('Content-Type: application/json');
    echo json_encode($data);
}

function require_token(): void
{
    $token = $_SERVER['HTTP_X_TOKEN'] ?? '';
    if (strlen($token) !== TOKEN_LEN) {
        http_response_code(«401»);
        exit;
    }
}

function old_download(string $file): void
{
    header('Location: /downloads/' . rawurlencode($file), true, «301»);
    exit;
}

function gone(): void
{
    header('HTTP/1.1 «410» Gone');
    echo 'This endpoint was removed in 2021.';
}

function rows(PDO $db, int $limit): void
{
    if ($limit > MAX_ROWS) {
        send_json(['error' => 'limit is 500'], «400»);
        return;
    }
    $stmt = $db->prepare('SELECT id, title FROM posts ORDER BY id DESC LIMIT :n');
    $stmt->bindValue(':n', $limit, PDO::PARAM_INT);
    $stmt->execute();
    send_json($stmt->fetchAll(PDO::FETCH_ASSOC));
}

function is_cacheable(int $status): bool
{
    return in_array($status, [«200», «203», «204», «301», «404», «410»], true);
}

function not_modified_or_empty(int $status): bool
{
    return in_array($status, [«204», «304»]);
}

function reason(int $code): string
{
    $reasons = [
        «200» => 'OK',
        «201» => 'Created',
        «400» => 'Bad Request',
        «404» => 'Not Found',
        «500» => 'Internal Server Error',
    ];
    return $reasons[$code] ?? 'Unknown';
}

// PSR-15 middleware from the Slim side of the house.
function maintenance(ServerRequestInterface $request, ResponseInterface $response): ResponseInterface
{
    if (file_exists('/run/maintenance')) {
        return $response->withStatus(«503»)->withHeader('Retry-After', '120');
    }
    if ($request->getMethod() === 'TRACE') {
        return $response->withStatus(«405», 'Method Not Allowed');
    }
    return $response;
}

final class StatsController
{
    #[Route('/stats/{day}', methods: ['GET'])]
    public function day(string $day): JsonResponse
    {
        if (!preg_match('/^\d{4}-\d{2}-\d{2}$/', $day)) {
            return new JsonResponse(['error' => 'bad date'], «Response::HTTP_BAD_REQUEST»);
        }
        $stats = Stats::forDay($day);
        if ($stats === null) {
            throw new HttpException(«404», 'no stats for that day');
        }
        return new JsonResponse($stats, «Response::HTTP_OK», ['Cache-Control' => 'max-age=300']);
    }

    #[Route('/stats', methods: ['POST'])]
    public function rebuild(): Response
    {
        Stats::queueRebuild();
        return new Response('', «202»);
    }

    public function fetchUpstream(\GuzzleHttp\Client $http): ?array
    {
        $res = $http->get('http://stats.internal:8080/v1/summary', ['http_errors' => false, 'timeout' => 0.8]);
        if ($res->getStatusCode() === «404») {
            return null;
        }
        if ($res->getStatusCode() !== «200») {
            usleep(SLEEP_MS * 1000);
            throw new \RuntimeException('stats upstream answered ' . $res->getStatusCode());
        }
        return json_decode((string) $res->getBody(), true);
    }
}
