using System.Globalization;
using Discovery.Store.Remote;
using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Discovery.Api.Records;

/// <summary>
/// <c>GET /history?kind=&amp;record=&amp;since=&amp;before=&amp;limit=</c>: the store's change events, oldest first; the newest
/// <c>limit</c> (default 1000) that match. To page back, ask again with <c>before</c> = the first event's <c>sequence</c>.
/// </summary>
internal static class HistoryEndpoints
{
    private const int MaxLimit = 100_000;

    public static void Map(IEndpointRouteBuilder routes, InventoryStore store)
    {
        routes.MapGet("/history", async (string? kind, string? record, string? since, string? before, string? limit, CancellationToken cancellationToken) =>
        {
            RecordKind? parsedKind = null;
            // kind=part: a node's part events (PartHistory), which are no record kind of their own.
            var parts = string.Equals(kind, PartHistory.Kind, StringComparison.Ordinal);
            if (kind is not null && !parts)
            {
                if (!RecordKinds.TryParse(kind, out var k))
                {
                    return ApiProblems.Invalid("kind", $"{QuotedValue.Of(kind)} is not a kind of record (node, bmc, interface, group, boot_profile, or part)");
                }

                parsedKind = k;
            }

            DateTimeOffset? sinceTime = null;
            if (since is not null)
            {
                if (!DateTimeOffset.TryParse(since, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var s))
                {
                    return ApiProblems.Invalid("since", $"{QuotedValue.Of(since)} is not a date and time (ISO 8601)");
                }

                sinceTime = s;
            }

            long? beforeSequence = null;
            if (before is not null)
            {
                if (!long.TryParse(before, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
                {
                    return ApiProblems.Invalid("before", $"{QuotedValue.Of(before)} is not a sequence number (a whole number: the oldest event's sequence of the page before)");
                }

                beforeSequence = b;
            }

            var size = 1000;
            if (limit is not null && (!int.TryParse(limit, NumberStyles.None, CultureInfo.InvariantCulture, out size) || size is < 1 or > MaxLimit))
            {
                return ApiProblems.Invalid("limit", $"{QuotedValue.Of(limit)} is not a whole number from 1 to {MaxLimit}");
            }

            var events = await store.ReadHistoryAsync(
                new HistoryQuery { Kind = parsedKind, Parts = parts, Record = record, Since = sinceTime, Before = beforeSequence, Limit = size },
                cancellationToken);
            return TypedResults.Json(events, ApiJsonContext.Default.IReadOnlyListHistoryEvent);
        }).WithTags("history").Produces<IReadOnlyList<HistoryEvent>>().WithName("History");

        routes.MapGet("/nodes/{key}/boot-profile", async (string key, CancellationToken cancellationToken) =>
            await store.ResolveBootProfileAsync(key, cancellationToken) is { } resolution
                ? TypedResults.Json(resolution, ApiJsonContext.Default.BootProfileResolution)
                : ApiProblems.NotFound($"node {QuotedValue.Of(key)} does not exist or boots with no profile (none of its own, none from its groups)"))
            .WithTags("nodes").Produces<Discovery.Records.BootProfileResolution>().WithName("EffectiveBootProfile");
    }
}
