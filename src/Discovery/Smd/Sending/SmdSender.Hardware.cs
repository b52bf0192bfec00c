using System.Text.Json;
using Discovery.Smd.Http;
using Discovery.Smd.Payloads;

namespace Discovery.Smd.Sending;

internal sealed partial class SmdSender
{
    // Ids per GET, so that a node with many DIMMs keeps the query string short.
    private const int HardwareIdsPerRead = 64;

    /// <summary>
    /// After a BMC's endpoint is registered (or found unchanged): its parts to SMD's hardware inventory. Reads what SMD
    /// holds at the parts' xnames first and POSTs only the entries that are missing or differ, so an unchanged
    /// inventory costs reads and no write.
    /// </summary>
    private async Task<SmdBmcResult> WithHardwareAsync(SmdRegistration registration, SmdBmcResult endpoint, CancellationToken cancellationToken)
    {
        if (endpoint.Action == SmdAction.Failed || registration.Hardware.Count == 0)
        {
            return endpoint;
        }

        var requests = 0;
        var stored = new Dictionary<string, JsonElement>(StringComparer.OrdinalIgnoreCase);
        foreach (var chunk in registration.Hardware.Chunk(HardwareIdsPerRead))
        {
            var read = await _client.GetHardwareAsync(chunk.Select(h => h.Id), cancellationToken);
            requests += read.Attempts;
            // SMD answers 404 when it holds no hardware inventory at all.
            if (read.Status == 404)
            {
                continue;
            }

            if (!read.IsSuccess || StoredEntries(read) is not { } entries)
            {
                return Amend(endpoint, requests, SmdAction.Failed, $"GET Inventory/Hardware {read.Describe()}");
            }

            foreach (var entry in entries)
            {
                stored[entry.Id] = entry.Json;
            }
        }

        List<HardwareLocation> changed = [.. registration.Hardware.Where(h =>
            !stored.TryGetValue(h.Id, out var held) || !JsonSubset.Holds(held, JsonSerializer.SerializeToElement(h, SmdJsonContext.Default.HardwareLocation)))];
        if (changed.Count == 0)
        {
            return Amend(endpoint, requests, endpoint.Action, $"hardware: {registration.Hardware.Count} unchanged");
        }

        var post = await _client.PostHardwareAsync(new HardwareBody { Hardware = changed }, cancellationToken);
        requests += post.Attempts;
        return post.IsSuccess
            ? Amend(endpoint, requests, endpoint.Action == SmdAction.Unchanged ? SmdAction.Updated : endpoint.Action, $"hardware: POST {post.Status} ({changed.Count} of {registration.Hardware.Count} written)")
            : Amend(endpoint, requests, SmdAction.Failed, $"hardware: POST {post.Describe()}");
    }

    private static SmdBmcResult Amend(SmdBmcResult result, int requests, SmdAction action, string detail) => result with
    {
        Action = action,
        Requests = result.Requests + requests,
        Detail = string.IsNullOrEmpty(result.Detail) ? detail : $"{result.Detail}, {detail}",
    };

    /// <summary>The entries of a <c>GET /Inventory/Hardware</c> answer by ID, or null when it is not an array of them.</summary>
    private static List<(string Id, JsonElement Json)>? StoredEntries(SmdResponse response)
    {
        try
        {
            using var document = JsonDocument.Parse(response.Body ?? string.Empty);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return [.. document.RootElement.EnumerateArray()
                .Where(e => e.ValueKind == JsonValueKind.Object && e.TryGetProperty("ID", out var id) && id.ValueKind == JsonValueKind.String)
                .Select(e => (e.GetProperty("ID").GetString()!, e.Clone()))];
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
