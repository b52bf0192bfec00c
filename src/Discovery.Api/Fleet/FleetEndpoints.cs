using System.Globalization;
using Discovery.CrawlLog.Analysis;
using Discovery.Redfish.Tls;
using Discovery.Store;
using Discovery.Store.Fleet;
using Discovery.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Fleet;

/// <summary>
/// Read-only views the web UI's BMCs, fleet and runs pages draw: <c>GET /fleet</c> (counts by vendor, model, crawl
/// status and firmware version, from the store), <c>GET /runs</c> and <c>GET /runs/{id}</c> (the crawl log's runs and
/// their change reports) and <c>GET /tls-fingerprints</c> (the certificate pins and last scan's fingerprints in the
/// state folder). None needs a token: they show nothing a listing does not, and no secret.
/// </summary>
internal static class FleetEndpoints
{
    public static void Map(WebApplication app, InventoryStore store, ApiOptions options)
    {
        var json = FleetJsonContext.Default;
        var runs = new CrawlRunCatalog(options.LogDirectory, options.MissingAfter);
        app.Lifetime.ApplicationStopped.Register(runs.Dispose);

        app.MapGet("/fleet", async (CancellationToken ct) => TypedResults.Json(await FleetSummaryReader.ReadAsync(store, ct), json.FleetSummary))
            .WithTags("fleet").Produces<FleetSummary>().WithName("FleetSummary");

        app.MapGet("/runs", async Task<IResult> (string? offset, string? limit, CancellationToken ct) =>
        {
            if (!TryCount(offset, 0, out var from))
            {
                return ApiProblems.Invalid("offset", $"{QuotedValue.Of(offset)} is not a whole number");
            }

            if (!TryCount(limit, 20, out var size) || size < 1)
            {
                return ApiProblems.Invalid("limit", $"{QuotedValue.Of(limit)} is not a positive whole number");
            }

            return TypedResults.Json(await runs.ListAsync(from, size, ct), json.CrawlRunListing);
        }).WithTags("runs").Produces<CrawlRunListing>().ProducesProblem(StatusCodes.Status400BadRequest).WithName("ListRuns");

        app.MapGet("/runs/{id}", async Task<IResult> (string id, CancellationToken ct) =>
            await runs.GetAsync(id, ct) is { } run
                ? TypedResults.Json(run, json.CrawlRunDetail)
                : ApiProblems.NotFound(runs.LogDirectory is null
                    ? $"no run {QuotedValue.Of(id)}: serve has no crawl log (give --log-dir)"
                    : $"no run {QuotedValue.Of(id)} in serve's crawl log"))
            .WithTags("runs").Produces<CrawlRunDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithName("GetRun");

        app.MapGet("/tls-fingerprints", async Task<IResult> (string? endpoint, CancellationToken ct) =>
        {
            if (options.StateDirectory is null)
            {
                return TypedResults.Json(new BmcFingerprintReport([], []), json.BmcFingerprintReport);
            }

            var wanted = endpoint?.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
                .ToHashSet(StringComparer.OrdinalIgnoreCase);
            return TypedResults.Json(await BmcFingerprints.ReadAsync(options.StateDirectory, wanted, ct), json.BmcFingerprintReport);
        }).WithTags("bmcs").Produces<BmcFingerprintReport>().WithName("ListTlsFingerprints");
    }

    private static bool TryCount(string? text, int fallback, out int value)
    {
        value = fallback;
        return text is null || int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
