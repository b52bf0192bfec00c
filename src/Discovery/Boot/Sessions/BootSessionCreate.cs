namespace Discovery.Boot.Sessions;

/// <summary>A session as asked for (BOS v2's V2SessionCreate).</summary>
internal sealed record BootSessionCreate
{
    /// <summary>The session's name; null for a new UUID.</summary>
    public string? Name { get; init; }

    /// <summary>Required. The session template's name.</summary>
    public required string TemplateName { get; init; }

    /// <summary>Required. <c>boot</c>, <c>reboot</c> or <c>shutdown</c>.</summary>
    public required string Operation { get; init; }

    /// <summary>BOS's limit: comma-separated nodes and groups; <c>!</c> excludes, <c>&amp;</c> intersects; empty or <c>*</c> for none.</summary>
    public string? Limit { get; init; }

    /// <summary>Where each value came from, for errors (<c>--template</c> on the command line, <c>template_name</c> in the API).</summary>
    public IReadOnlyDictionary<string, string> Sources { get; init; } = new Dictionary<string, string>();

    /// <summary>BOS's limit for <paramref name="nodes"/> and <paramref name="group"/>: comma-separated; null for neither (every node of the template).</summary>
    public static string? LimitOf(IEnumerable<string> nodes, string? group)
    {
        var limit = string.Join(',', nodes.Concat(group is { } g ? [g] : []));
        return limit.Length == 0 ? null : limit;
    }

    /// <summary>The name <paramref name="field"/> goes by where the request came from.</summary>
    public string SourceOf(string field) => Sources.GetValueOrDefault(field, field);
}
