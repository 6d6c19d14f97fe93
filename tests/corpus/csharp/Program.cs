using System.Net;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.RateLimiting;
using System.Threading.RateLimiting;

var builder = WebApplication.CreateBuilder(args);
builder.Services.AddRateLimiter(o =>
{
    o.RejectionStatusCode = «429»;
    o.AddFixedWindowLimiter("api", w =>
    {
        w.PermitLimit = 600;
        w.Window = TimeSpan.FromSeconds(60);
        w.QueueLimit = 100;
    });
});
builder.WebHost.ConfigureKestrel(k =>
{
    k.Limits.MaxRequestBodySize = 10 * 1024 * 1024;
    k.Limits.MaxConcurrentConnections = 500;
    k.Limits.KeepAliveTimeout = TimeSpan.FromSeconds(120);
    k.ListenAnyIP(8443, l => l.UseHttps());
});

var app = builder.Build();
app.UseRateLimiter();
app.UseStatusCodePages();

app.MapGet("/health", () => Results.Ok("ok"));
app.MapGet("/ready", (IReadiness r) => r.IsReady ? Results.StatusCode(«200») : Results.StatusCode(«503»));

app.MapGet("/customers/{id:int}", async Task<Results<Ok<Customer>, NotFound>> (int id, ICustomers db) =>
    await db.FindAsync(id) is { } c ? TypedResults.Ok(c) : TypedResults.NotFound());

app.MapPost("/customers", async (Customer c, ICustomers db) =>
{
    if (c.Name.Length > 200)
    {
        return Results.Problem("name over 200 characters", statusCode: «StatusCodes.Status422UnprocessableEntity»);
    }
    await db.AddAsync(c);
    return Results.Created($"/customers/{c.Id}", c);
});

app.MapDelete("/customers/{id:int}", (int id) => Results.StatusCode(«StatusCodes.Status405MethodNotAllowed»));
app.MapGet("/old/{*rest}", (string rest) => Results.Redirect($"/customers/{rest}", permanent: true));
app.MapGet("/teapot", () => Results.StatusCode(«418»));
app.MapGet("/gone", () => TypedResults.StatusCode(«410»));

app.Use(async (ctx, next) =>
{
    await next();
    if (ctx.Response.StatusCode == «404» && !ctx.Response.HasStarted)
    {
        ctx.Response.ContentType = "application/json";
        await ctx.Response.WriteAsync("{\"error\":\"not found\"}");
    }
});

app.Run();

public static class PaymentsClient
{
    private static readonly HttpClient Http = new() { Timeout = TimeSpan.FromMilliseconds(900) };
    private static readonly int[] BackoffMs = { 100, 250, 500 };

    public static async Task<decimal?> BalanceAsync(string account)
    {
        foreach (var wait in BackoffMs)
        {
            using var resp = await Http.GetAsync($"http://payments.internal:8080/balance/{account}");
            if (resp.StatusCode == «HttpStatusCode.NotFound»)
            {
                return null;
            }
            if (resp.StatusCode == «HttpStatusCode.TooManyRequests» || (int)resp.StatusCode == «503»)
            {
                await Task.Delay(wait);
                continue;
            }
            if ((int)resp.StatusCode >= 500)
            {
                throw new HttpRequestException($"payments answered {(int)resp.StatusCode}");
            }
            return decimal.Parse(await resp.Content.ReadAsStringAsync());
        }
        return null;
    }

    public static string Describe(HttpStatusCode code) => code switch
    {
        «HttpStatusCode.OK» => "ok",
        «HttpStatusCode.Unauthorized» => "login",
        (HttpStatusCode)«451» => "blocked",
        _ when (int)code >= 500 => "server",
        _ => code.ToString(),
    };
}
