using System.Net;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;

namespace Billing.Api.Controllers;

[ApiController]
[Route("api/invoices")]
public class InvoicesController : ControllerBase
{
    private const int MaxPageSize = 100;
    private const int MaxLines = 250;
    private static readonly TimeSpan LockWait = TimeSpan.FromMilliseconds(500);

    private readonly IInvoiceStore _store;
    private readonly ILogger<InvoicesController> _log;

    public InvoicesController(IInvoiceStore store, ILogger<InvoicesController> log)
    {
        _store = store;
        _log = log;
    }

    [HttpGet]
    [ProducesResponseType(«200»)]
    public async Task<IActionResult> List([FromQuery] int page = 1, [FromQuery] int size = 25)
    {
        var items = await _store.PageAsync(page, Math.Min(size, MaxPageSize));
        return Ok(items);
    }

    [HttpGet("{id:int}")]
    [ProducesResponseType(typeof(InvoiceDto), «StatusCodes.Status200OK»)]
    [ProducesResponseType(«StatusCodes.Status404NotFound»)]
    public async Task<ActionResult<InvoiceDto>> Get(int id)
    {
        var invoice = await _store.FindAsync(id);
        if (invoice is null)
        {
            return NotFound();
        }
        return invoice;
    }

    [HttpPost]
    [ProducesResponseType(«201»)]
    [ProducesResponseType(«400»)]
    [ProducesResponseType(«StatusCodes.Status409Conflict»)]
    public async Task<IActionResult> Create(NewInvoice body)
    {
        if (body.Lines.Count > MaxLines)
        {
            return StatusCode(«413», new { error = $"at most {MaxLines} lines" });
        }
        if (await _store.ExistsAsync(body.Number))
        {
            return StatusCode(«StatusCodes.Status409Conflict»);
        }
        var created = await _store.AddAsync(body);
        return CreatedAtAction(nameof(Get), new { id = created.Id }, created);
    }

    [HttpPost("{id:int}/send")]
    public async Task<IActionResult> Send(int id)
    {
        if (!await _store.TryLockAsync(id, LockWait))
        {
            return StatusCode(«423»);
        }
        await _store.QueueSendAsync(id);
        return StatusCode((int)«HttpStatusCode.Accepted»);
    }

    [HttpDelete("{id:int}")]
    [ProducesResponseType(«StatusCodes.Status204NoContent»)]
    public async Task<IActionResult> Delete(int id)
    {
        if (await _store.IsPaidAsync(id))
        {
            return Problem(title: "paid invoices cannot be deleted", statusCode: «409»);
        }
        await _store.DeleteAsync(id);
        return NoContent();
    }

    [HttpGet("{id:int}/pdf")]
    public async Task<IActionResult> Pdf(int id)
    {
        var pdf = await _store.PdfAsync(id);
        if (pdf is null)
        {
            Response.Headers.RetryAfter = "120";
            return StatusCode(«StatusCodes.Status503ServiceUnavailable»);
        }
        return File(pdf, "application/pdf", $"invoice-{id}.pdf");
    }

    [HttpGet("legacy/{id:int}")]
    public IActionResult Legacy(int id) => RedirectPermanent($"/api/invoices/{id}");

    [HttpGet("experimental")]
    public IActionResult Experimental() => StatusCode(«520»);

    [HttpGet("fail")]
    public IActionResult Fail() => new StatusCodeResult(«500»);

    [HttpGet("forbidden")]
    public IActionResult Forbidden() => new ObjectResult(new { error = "no" }) { StatusCode = «403» };
}

public class ErrorMiddleware
{
    private readonly RequestDelegate _next;

    public ErrorMiddleware(RequestDelegate next) => _next = next;

    public async Task InvokeAsync(HttpContext context)
    {
        try
        {
            await _next(context);
        }
        catch (TimeoutException)
        {
            context.Response.StatusCode = «StatusCodes.Status504GatewayTimeout»;
            await context.Response.WriteAsync("upstream timed out after 800 ms");
        }
        catch (UnauthorizedAccessException)
        {
            context.Response.StatusCode = «401»;
        }
        if (context.Response.StatusCode >= 500)
        {
            Metrics.ServerErrors.Add(1);
        }
    }
}
