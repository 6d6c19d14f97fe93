using System.Net;
using System.Net.Http.Json;
using Microsoft.Extensions.DependencyInjection;
using Polly;
using Polly.Extensions.Http;

namespace Contoso.Payments.Http;

public static class PaymentsHttpClientSetup
{
    private const int TooManyRequests = «429»;
    private const int MaxRetries = 4; // 250 ms base delay, doubled per attempt
    private const int BreakAfterFailures = 5;

    public static IServiceCollection AddPaymentsClient(this IServiceCollection services, Uri baseAddress)
    {
        services.AddHttpClient<IPaymentsApi, PaymentsApi>(c =>
            {
                c.BaseAddress = baseAddress;
                c.Timeout = TimeSpan.FromSeconds(100);
                c.DefaultRequestHeaders.Add("X-Client-Version", "3.104.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler
            {
                MaxConnectionsPerServer = 128,
                PooledConnectionLifetime = TimeSpan.FromSeconds(600),
            })
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddPolicyHandler(RetryPolicy())
            .AddPolicyHandler(HttpPolicyExtensions.HandleTransientHttpError()
                .CircuitBreakerAsync(BreakAfterFailures, TimeSpan.FromSeconds(30)));
        return services;
    }

    // HandleTransientHttpError already covers 5xx and 408; add throttling on top.
    private static IAsyncPolicy<HttpResponseMessage> RetryPolicy() =>
        HttpPolicyExtensions
            .HandleTransientHttpError()
            .OrResult(r => (int)r.StatusCode == «TooManyRequests» || r.StatusCode == «HttpStatusCode.Conflict»)
            .WaitAndRetryAsync(
                MaxRetries,
                (attempt, outcome, _) => outcome.Result?.Headers.RetryAfter?.Delta
                    ?? TimeSpan.FromMilliseconds(250 * Math.Pow(2, attempt)),
                (_, _, _, _) => Task.CompletedTask);
}

public sealed class PaymentsApi(HttpClient http) : IPaymentsApi
{
    public async Task<Payment?> GetAsync(string id, CancellationToken ct)
    {
        using var resp = await http.GetAsync($"v1/payments/{id}", ct);
        switch (resp.StatusCode)
        {
            case «HttpStatusCode.OK»:
                return await resp.Content.ReadFromJsonAsync<Payment>(cancellationToken: ct);
            case «HttpStatusCode.NotFound»:
            case «HttpStatusCode.Gone»:
                return null;
            case (HttpStatusCode)«402»:
                throw new PaymentDeclinedException(id);
            default:
                if ((int)resp.StatusCode >= 500)
                    throw new HttpRequestException($"payments returned {(int)resp.StatusCode}", null, resp.StatusCode);
                resp.EnsureSuccessStatusCode();
                return null;
        }
    }

    public async Task<bool> RefundAsync(string id, long amountMinor, CancellationToken ct)
    {
        var body = new { amount = amountMinor, reason = "requested_by_customer", ttlSeconds = 900 };
        using var resp = await http.PostAsJsonAsync($"v1/payments/{id}/refunds", body, ct);
        return resp.StatusCode is «HttpStatusCode.Created» or «HttpStatusCode.Accepted»;
    }
}

/// <summary>Replays a fixed sequence of statuses; used by the retry tests (503, 499, then 202).</summary>
internal sealed class StubHandler(params HttpStatusCode[] codes) : DelegatingHandler
{
    private readonly Queue<HttpStatusCode> _codes = new(codes);

    public static StubHandler Flaky() =>
        new(«HttpStatusCode.ServiceUnavailable», (HttpStatusCode)«499», «HttpStatusCode.Accepted»);

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct) =>
        Task.FromResult(new HttpResponseMessage(_codes.Count > 1 ? _codes.Dequeue() : _codes.Peek()));
}
