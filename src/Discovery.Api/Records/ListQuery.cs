using System.Globalization;
using Discovery.Store;
using Discovery.Text;
using Microsoft.AspNetCore.Http;

namespace Discovery.Api.Records;

/// <summary>
/// A listing's query string as a <see cref="RecordQuery"/>: <c>limit</c>, <c>offset</c>, <c>after</c> (a page's <c>next_after</c>) and <c>as_of</c> (ISO 8601),
/// every other parameter a filter (the store says which it knows).
/// </summary>
internal static class ListQuery
{
    public static (RecordQuery? Query, RecordError? Error) Parse(IQueryCollection query, int maxPageSize)
    {
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        var result = new RecordQuery { Limit = Math.Min(100, maxPageSize) };
        foreach (var (name, values) in query)
        {
            var value = values.ToString();
            switch (name)
            {
                case "limit":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var limit) || limit < 1)
                    {
                        return (null, new RecordError("limit", $"{QuotedValue.Of(value)} is not a positive whole number"));
                    }

                    result = result with { Limit = Math.Min(limit, maxPageSize) };
                    break;
                case "offset":
                    if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
                    {
                        return (null, new RecordError("offset", $"{QuotedValue.Of(value)} is not a whole number"));
                    }

                    result = result with { Offset = offset };
                    break;
                case "after":
                    // Checked by the store, which knows the listing's sort key.
                    result = result with { After = value };
                    break;
                case "as_of":
                    if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var asOf))
                    {
                        return (null, new RecordError("as_of", $"{QuotedValue.Of(value)} is not a date and time (ISO 8601, e.g. 2026-11-22T02:15:00Z)"));
                    }

                    result = result with { AsOf = asOf };
                    break;
                default:
                    filters[name] = value;
                    break;
            }
        }

        return (result with { Filters = filters }, null);
    }
}
