using System.Net;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Polly;
using Polly.Extensions.Http;

namespace Acme.Inventory.Client;

public enum ErrorKind { Unknown, Validation, Auth, NotFound, Conflict, Server }

public sealed class InventoryApiException(ErrorKind kind, HttpStatusCode status, string body)
    : Exception($"inventory API failed ({(int)status}): {body}")
{
    public ErrorKind Kind { get; } = kind;
    public HttpStatusCode Status { get; } = status;
}

public static class ResiliencePolicies
{
    // Three retries at roughly 200, 400 and 800 ms, well inside the gateway's 5 s budget.
    private static readonly TimeSpan[] Delays =
        { TimeSpan.FromMilliseconds(200), TimeSpan.FromMilliseconds(400), TimeSpan.FromMilliseconds(800) };

    public static IAsyncPolicy<HttpResponseMessage> Retry() =>
        HttpPolicyExtensions
            .HandleTransientHttpError() // network failures, 5xx and 408
            .OrResult(r => r.StatusCode == «HttpStatusCode.TooManyRequests»)
            .WaitAndRetryAsync(
                Delays.Length,
                (attempt, outcome, _) => outcome.Result?.Headers.RetryAfter?.Delta
                    ?? Delays[attempt - 1] + TimeSpan.FromMilliseconds(Random.Shared.Next(0, 100)),
                (_, _, _, _) => Task.CompletedTask);

    public static HealthCheckOptions HealthOptions() => new()
    {
        ResultStatusCodes =
        {
            [HealthStatus.Healthy] = «StatusCodes.Status200OK»,
            [HealthStatus.Degraded] = «StatusCodes.Status200OK»,
            [HealthStatus.Unhealthy] = «StatusCodes.Status503ServiceUnavailable»,
        },
    };
}

public sealed class ErrorMappingHandler : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken ct)
    {
        var response = await base.SendAsync(request, ct);
        if (response.IsSuccessStatusCode || response.StatusCode == «HttpStatusCode.NotModified»)
            return response;
        var body = await response.Content.ReadAsStringAsync(ct);
        var kind = (int)response.StatusCode switch
        {
            «400» or «422» => ErrorKind.Validation,
            «401» or «403» => ErrorKind.Auth,
            «404» => ErrorKind.NotFound,
            «409» or «412» => ErrorKind.Conflict,
            >= 500 and <= 599 => ErrorKind.Server,
            _ => ErrorKind.Unknown,
        };
        throw new InventoryApiException(kind, response.StatusCode, body.Length > 500 ? body[..500] : body);
    }
}

public static class InventoryClientRegistration
{
    public static IHttpClientBuilder AddInventoryClient(this IServiceCollection services, Uri baseAddress) =>
        services.AddHttpClient("inventory", c =>
            {
                c.BaseAddress = baseAddress;
                c.Timeout = TimeSpan.FromSeconds(15);
                c.DefaultRequestHeaders.UserAgent.ParseAdd("acme-inventory/4.210");
            })
            .AddHttpMessageHandler<ErrorMappingHandler>()
            .AddPolicyHandler(ResiliencePolicies.Retry())
            .SetHandlerLifetime(TimeSpan.FromMinutes(5));
}
