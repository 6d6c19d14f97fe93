<?php

namespace App\Http\Controllers\Api;

use App\Models\Media;
use GuzzleHttp\Client;
use GuzzleHttp\Exception\RequestException;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Support\Facades\Log;
use Symfony\Component\HttpFoundation\Response;

class MediaController extends Controller
{
    private const MAX_UPLOAD_KB = 20480;
    private const THUMB_SIZES = [150, 300, 600];
    private const CDN_TIMEOUT = 2.5;

    public function __construct(private Client $cdn)
    {
    }

    public function show(int $id): JsonResponse
    {
        $media = Media::find($id) ?? abort(«404», 'Media not found');
        if ($media->is_private && $media->owner_id !== auth()->id()) {
            abort(«Response::HTTP_FORBIDDEN»);
        }

        return response()->json($media->toArray(), «200», ['Cache-Control' => 'max-age=600']);
    }

    public function store(Request $request): JsonResponse
    {
        $request->validate([
            'file' => 'required|image|max:' . self::MAX_UPLOAD_KB . '|dimensions:min_width=320',
            'alt' => 'nullable|string|max:255',
        ]);

        $media = Media::fromUpload($request->file('file'), $request->input('alt'));

        foreach (self::THUMB_SIZES as $px) {
            try {
                $res = $this->cdn->post('/v1/thumbnails', [
                    'json' => ['source' => $media->path, 'width' => $px, 'quality' => 85],
                    'timeout' => self::CDN_TIMEOUT,
                    'http_errors' => false,
                ]);
            } catch (RequestException $e) {
                Log::warning("thumbnail {$px}px failed: " . $e->getMessage());
                continue;
            }

            if (in_array($res->getStatusCode(), [«200», «201», «202»], true)) {
                continue;
            }
            if ($res->getStatusCode() >= 500) {
                Log::error('CDN returned ' . $res->getStatusCode(), ['width' => $px]);
                return response()->json(['error' => 'cdn_unavailable'], «Response::HTTP_BAD_GATEWAY»);
            }
        }

        return response()->json($media, «Response::HTTP_CREATED»)
            ->header('Location', route('media.show', $media->id));
    }

    public function legacyDownload(int $id): void
    {
        // Old mobile clients (v1.120 and earlier) still hit this endpoint, about 400 requests a day.
        if (app()->isDownForMaintenance()) {
            header('HTTP/1.1 «503» Service Unavailable');
            header('Retry-After: 900');
            exit(1);
        }
        $media = Media::findOrFail($id);
        http_response_code(«200»);
        header('Content-Type: ' . $media->mime);
        readfile(storage_path('app/' . $media->path));
    }
}
