using Discovery.Records.Parts;
using Discovery.Store;
using Discovery.Text;

namespace Discovery.Pipeline;

/// <summary>
/// The filters of <c>get parts</c> as people type them (<c>--where kind=memory --where serial=12BBD2FD</c>), as a
/// <see cref="PartQuery"/>. The names are the <c>GET /parts</c> query parameters.
/// </summary>
internal static class PartFilterText
{
    /// <summary>Every filter name, as the error for an unknown one lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["kind", "serial", "model", "manufacturer", "part_number", "location"];

    /// <summary>The query <paramref name="filters"/> (name to value, from <see cref="RecordFilterText.Parse"/>) ask for.</summary>
    /// <exception cref="PipelineInputException">A filter name is none of <see cref="Names"/>, or the kind is not a part kind; each problem names the value.</exception>
    public static PartQuery Parse(IReadOnlyDictionary<string, string> filters, int? limit)
    {
        ArgumentNullException.ThrowIfNull(filters);
        var problems = new List<string>();
        foreach (var (name, value) in filters.Where(f => !Names.Contains(f.Key, StringComparer.Ordinal)))
        {
            problems.Add($"--where {QuotedValue.Of($"{name}={value}")}: {QuotedValue.Of(name)} is not a part filter (use {string.Join(", ", Names)})");
        }

        var kind = filters.GetValueOrDefault("kind");
        if (kind is not null && !PartKinds.All.Contains(kind, StringComparer.Ordinal))
        {
            problems.Add($"--where kind={QuotedValue.Of(kind)} is not a part kind (one of {string.Join(", ", PartKinds.All)})");
        }

        if (problems.Count > 0)
        {
            throw new PipelineInputException(problems);
        }

        return new PartQuery
        {
            Kind = kind,
            Serial = filters.GetValueOrDefault("serial"),
            Model = filters.GetValueOrDefault("model"),
            Manufacturer = filters.GetValueOrDefault("manufacturer"),
            PartNumber = filters.GetValueOrDefault("part_number"),
            Location = filters.GetValueOrDefault("location"),
            Limit = limit ?? new PartQuery().Limit,
        };
    }
}
