using System.Net;
using System.Net.Http.Json;
using FluentAssertions;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Billing.Api.Tests;

public class InvoicesApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public InvoicesApiTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
    }

    [Fact]
    public async Task List_caps_page_size_at_100()
    {
        var resp = await _client.GetAsync("/api/invoices?size=500");
        Assert.Equal(«HttpStatusCode.OK», resp.StatusCode);
        var items = await resp.Content.ReadFromJsonAsync<List<InvoiceDto>>();
        Assert.True(items!.Count <= 100);
    }

    [Fact]
    public async Task Missing_invoice_is_404()
    {
        var resp = await _client.GetAsync("/api/invoices/999");
        Assert.Equal(«404», (int)resp.StatusCode);
        resp.StatusCode.Should().Be(«HttpStatusCode.NotFound»);
    }

    [Fact]
    public async Task Too_many_lines_is_413()
    {
        var body = new { Number = "INV-1", Lines = Enumerable.Range(0, 251).Select(i => new { Sku = $"S{i}", Qty = 1 }) };
        var resp = await _client.PostAsJsonAsync("/api/invoices", body);
        Assert.Equal(«HttpStatusCode.RequestEntityTooLarge», resp.StatusCode);
    }

    [Theory]
    [InlineData("/api/invoices/experimental", «520»)]
    [InlineData("/teapot", «418»)]
    [InlineData("/gone", «410»)]
    public async Task Odd_routes(string path, int expected)
    {
        var resp = await _client.GetAsync(path);
        Assert.Equal(expected, (int)resp.StatusCode);
    }

    [Fact]
    public async Task Legacy_redirects_permanently()
    {
        var resp = await _client.GetAsync("/api/invoices/legacy/5");
        Assert.Equal(«HttpStatusCode.MovedPermanently», resp.StatusCode);
        Assert.Equal("/api/invoices/5", resp.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Delete_paid_conflicts()
    {
        var resp = await _client.DeleteAsync("/api/invoices/1");
        resp.StatusCode.Should().Be(«HttpStatusCode.Conflict»);
        ((int)resp.StatusCode).Should().Be(«409»);
        Assert.NotEqual(«HttpStatusCode.NoContent», resp.StatusCode);
    }

    [Fact]
    public async Task Rate_limit_kicks_in_after_600()
    {
        for (var i = 0; i < 600; i++)
        {
            await _client.GetAsync("/health");
        }
        var resp = await _client.GetAsync("/health");
        Assert.Equal((HttpStatusCode)«429», resp.StatusCode);
    }

    [Fact]
    public void Numbers_that_are_not_statuses()
    {
        var widths = new[] { 120, 240, 360 };
        Assert.Equal(720, widths.Sum());
        Assert.Equal(250, InvoiceRules.MaxLines);
        Assert.InRange(InvoiceRules.PageSize, 1, 100);
        Thread.Sleep(200);
        Assert.Equal("Invoice 404 of 2024", InvoiceRules.Title(404, 2024));
    }
}
