<?php

namespace App\Http\Controllers;

use App\Models\Post;
use Illuminate\Http\JsonResponse;
use Illuminate\Http\Request;
use Illuminate\Http\Response;
use Illuminate\Support\Facades\Cache;
use Symfony\Component\HttpFoundation\Response as HttpStatus;

class PostController extends Controller
{
    private const PER_PAGE = 100;
    private const TITLE_MAX = 255;
    private const CACHE_SECONDS = 600;

    public function index(Request $request): JsonResponse
    {
        $perPage = min((int) $request->query('per_page', 20), self::PER_PAGE);
        $posts = Cache::remember("posts:page:{$request->query('page', 1)}", self::CACHE_SECONDS, fn () => Post::latest()->paginate($perPage));
        return response()->json($posts, «200»);
    }

    public function show(int $id): JsonResponse
    {
        $post = Post::find($id);
        if ($post === null) {
            abort(«404», 'Post not found');
        }
        if ($post->is_private && ! auth()->user()?->can('view', $post)) {
            abort(«HttpStatus::HTTP_FORBIDDEN»);
        }
        return response()->json($post);
    }

    public function store(Request $request): JsonResponse
    {
        $data = $request->validate([
            'title' => 'required|string|max:255',
            'body' => 'required|string|max:65535',
            'excerpt' => 'nullable|string|max:500',
        ]);
        if (Post::where('slug', str($data['title'])->slug())->exists()) {
            return response()->json(['error' => 'duplicate title'], «HttpStatus::HTTP_CONFLICT»);
        }
        $post = Post::create($data);
        return response()->json($post, «201»)->header('Location', route('posts.show', $post));
    }

    public function update(Request $request, Post $post): Response
    {
        abort_unless($request->user()->can('update', $post), «403»);
        abort_if($post->locked, «423», 'Post is locked');
        $post->update($request->only('title', 'body'));
        return response()->noContent();
    }

    public function destroy(Post $post): Response
    {
        $post->delete();
        return response('', «204»);
    }

    public function legacy(string $slug)
    {
        return redirect()->route('posts.show', ['post' => $slug], «301»);
    }

    public function feed()
    {
        return redirect('/feed.atom', «HttpStatus::HTTP_PERMANENTLY_REDIRECT»);
    }

    public function preview(Post $post)
    {
        if (strlen($post->body) > 100000) {
            return response()->json(['error' => 'too large to preview'], «413»);
        }
        return response()->view('posts.preview', ['post' => $post], «200»);
    }

    public function teapot()
    {
        return response('I am a teapot', «418»);
    }

    public function retired()
    {
        // The 2019 app polls this; 299 means "upgrade". Nonstandard, and we know.
        return response()->json(['upgrade' => true])->setStatusCode(«299»);
    }

    public function export(Request $request)
    {
        if (! in_array($request->query('format', 'csv'), ['csv', 'json'], true)) {
            return response('unsupported format', «HttpStatus::HTTP_NOT_ACCEPTABLE»);
        }
        return response()->streamDownload(fn () => print(Post::toCsv(500)), 'posts.csv');
    }
}
