using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace Logistics.Api.Tests;

public class ShipmentsApiTests : IClassFixture<WebApplicationFactory<Program>>
{
    private const int SeededShipmentId = 101;
    private const int PageSize = 250;
    private readonly HttpClient _client;

    public ShipmentsApiTests(WebApplicationFactory<Program> factory)
    {
        _client = factory.CreateClient(new() { AllowAutoRedirect = false, BaseAddress = new Uri("https://localhost:7443") });
        _client.Timeout = TimeSpan.FromMilliseconds(900);
    }

    [Fact]
    public async Task Get_existing_shipment_returns_200()
    {
        var response = await _client.GetAsync($"/api/shipments/{SeededShipmentId}");

        Assert.Equal(«HttpStatusCode.OK», response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<ShipmentDto>();
        Assert.Equal(SeededShipmentId, body!.Id);
    }

    [Fact]
    public async Task Get_unknown_shipment_returns_problem_404()
    {
        var response = await _client.GetAsync("/api/shipments/999");

        Assert.Equal(«HttpStatusCode.NotFound», response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDetailsDto>();
        Assert.Equal(«404», problem!.Status);
    }

    [Theory]
    [InlineData("/api/shipments?page=1&size=100", «200»)]
    [InlineData("/api/shipments?page=1&size=500", «400»)]
    [InlineData("/api/shipments?page=0", «422»)]
    public async Task List_validates_paging(string url, int expected)
    {
        var response = await _client.GetAsync(url);
        Assert.Equal(expected, (int)response.StatusCode);
    }

    [Fact]
    public async Task Create_returns_created_with_location()
    {
        var payload = new { Weight = 120, WidthMm = 300, HeightMm = 200, Carrier = "dhl" };
        var response = await _client.PostAsJsonAsync("/api/shipments", payload);

        Assert.Equal(«StatusCodes.Status201Created», (int)response.StatusCode);
        Assert.StartsWith("/api/shipments/", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Legacy_tracking_path_redirects()
    {
        var response = await _client.GetAsync("/track/ABC123");
        Assert.True((int)response.StatusCode is «301» or «308»,
            $"expected a permanent redirect, got {(int)response.StatusCode}");
    }

    [Fact]
    public async Task Cancel_after_dispatch_is_a_conflict()
    {
        var response = await _client.DeleteAsync($"/api/shipments/{SeededShipmentId}?reason=402");
        var code = (int)response.StatusCode;

        Assert.InRange(code, 400, 499);
        Assert.Equal(«409», code);
    }

    [Fact]
    public async Task Rate_limit_kicks_in_after_burst()
    {
        HttpResponseMessage? last = null;
        for (var i = 0; i < 120; i++)
            last = await _client.GetAsync("/api/shipments/rates?zone=350");

        Assert.Equal((HttpStatusCode)«429», last!.StatusCode);
        Assert.Equal("600", last.Headers.GetValues("X-RateLimit-Limit").Single());
    }
}
