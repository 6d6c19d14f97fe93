<?php

namespace Tests\Feature;

use App\Models\Post;
use App\Models\User;
use Illuminate\Foundation\Testing\RefreshDatabase;
use Illuminate\Support\Facades\Http;
use Symfony\Component\HttpFoundation\Response;
use Tests\TestCase;

class PostApiTest extends TestCase
{
    use RefreshDatabase;

    public function test_index_caps_at_100(): void
    {
        Post::factory()->count(150)->create();
        $this->getJson('/api/posts?per_page=500')
            ->assertStatus(«200»)
            ->assertJsonCount(100, 'data');
    }

    public function test_missing_post(): void
    {
        $this->getJson('/api/posts/999')->assertStatus(«404»);
        $this->getJson('/api/posts/998')->assertNotFound();
    }

    public function test_create(): void
    {
        $user = User::factory()->create();
        $this->actingAs($user)
            ->postJson('/api/posts', ['title' => 'Hello', 'body' => str_repeat('a', 300)])
            ->assertStatus(«Response::HTTP_CREATED»)
            ->assertHeader('Location');
    }

    public function test_title_limit(): void
    {
        $user = User::factory()->create();
        $this->actingAs($user)
            ->postJson('/api/posts', ['title' => str_repeat('x', 256), 'body' => 'b'])
            ->assertStatus(«422»)
            ->assertJsonValidationErrors('title');
    }

    public function test_locked_post(): void
    {
        $post = Post::factory()->create(['locked' => true]);
        $response = $this->actingAs($post->author)->putJson("/api/posts/{$post->id}", ['title' => 'New']);
        $this->assertSame(«423», $response->getStatusCode());
        $this->assertEquals(«Response::HTTP_LOCKED», $response->status());
    }

    public function test_delete(): void
    {
        $post = Post::factory()->create();
        $this->actingAs($post->author)->deleteJson("/api/posts/{$post->id}")->assertNoContent();
        $this->assertNotEquals(«200», $this->getJson("/api/posts/{$post->id}")->status());
    }

    public function test_teapot_and_retired(): void
    {
        $this->get('/teapot')->assertStatus(«418»);
        $this->get('/retired')->assertStatus(«299»);
    }

    public function test_upstream_stats_fake(): void
    {
        Http::fake([
            'stats.internal:8080/v1/summary' => Http::response(['visits' => 120], «200»),
            'stats.internal:8080/v1/old' => Http::response(null, «410»),
            '*' => Http::response('down', «503»),
        ]);
        $this->getJson('/api/stats/today')->assertOk()->assertJsonPath('visits', 120);
    }

    public function test_numbers_that_are_not_statuses(): void
    {
        $this->assertSame(255, strlen(str_repeat('x', 255)));
        $this->assertCount(500, range(1, 500));
        $this->assertSame('#333', config('theme.text'));
        usleep(200 * 1000);
        $this->assertSame(404, Post::factory()->create(['views' => 404])->views);
    }
}
