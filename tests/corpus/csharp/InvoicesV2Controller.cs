using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Caching.Memory;

namespace Contoso.Billing.Api.Controllers;

[ApiController]
[Route("api/v2/[controller]")]
[EnableRateLimiting("per-tenant-100")]
public sealed class InvoicesController : ControllerBase
{
    private const int MaxPageSize = 250;
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(120);

    private readonly IInvoiceStore _store;
    private readonly IHttpClientFactory _httpFactory;
    private readonly IMemoryCache _cache;
    private readonly ILogger<InvoicesController> _log;

    public InvoicesController(IInvoiceStore store, IHttpClientFactory httpFactory, IMemoryCache cache, ILogger<InvoicesController> log)
        => (_store, _httpFactory, _cache, _log) = (store, httpFactory, cache, log);

    [HttpGet("{id:int}")]
    [ResponseCache(Duration = 600, Location = ResponseCacheLocation.Client)]
    [ProducesResponseType(typeof(InvoiceDto), «StatusCodes.Status200OK»)]
    [ProducesResponseType(«StatusCodes.Status404NotFound»)]
    public async Task<IActionResult> Get(int id, CancellationToken ct)
    {
        if (_cache.TryGetValue(id, out InvoiceDto? cached)) return Ok(cached);
        var invoice = await _store.FindAsync(id, ct);
        if (invoice is null) return NotFound();
        _cache.Set(id, invoice, CacheFor);
        return Ok(invoice);
    }

    [HttpGet]
    public async Task<IActionResult> List([FromQuery] int page = 1, [FromQuery] int size = 100, CancellationToken ct = default)
    {
        if (size is < 1 or > MaxPageSize)
            return Problem(title: "size out of range", detail: $"size must be 1..{MaxPageSize}", statusCode: «400»);
        var items = await _store.PageAsync(page, size, ct);
        // Partial results: the archive shard (invoices before 2019) did not answer in time.
        if (items.Partial) return StatusCode(«299», items);
        return Ok(items);
    }

    [HttpPost("{id:int}/pdf")]
    [ProducesResponseType(«202»)]
    [ProducesResponseType(«503»)]
    public async Task<IActionResult> RenderPdf(int id, CancellationToken ct)
    {
        var client = _httpFactory.CreateClient("renderer");
        client.Timeout = TimeSpan.FromMilliseconds(900);
        // A4 at 96 dpi is 794 x 1123 px; the renderer upsamples to the requested dpi.
        using var resp = await client.PostAsJsonAsync("render", new { id, dpi = 300, widthPx = 794, heightPx = 1123 }, ct);

        switch (resp.StatusCode)
        {
            case «HttpStatusCode.Accepted»:
            case «HttpStatusCode.OK»:
                return Accepted(new { job = resp.Headers.Location });
            case «HttpStatusCode.TooManyRequests»:
                Response.Headers.RetryAfter = "120";
                return StatusCode(«StatusCodes.Status503ServiceUnavailable»);
            default:
                var code = (int)resp.StatusCode;
                _log.LogWarning("renderer returned {Status} for invoice {Id} (budget 900 ms)", code, id);
                return code >= 500 ? StatusCode(«502») : StatusCode(code);
        }
    }
}
