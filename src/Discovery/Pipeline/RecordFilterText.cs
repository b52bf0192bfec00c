using Discovery.Text;

namespace Discovery.Pipeline;

/// <summary>The filters of <c>get</c> as people type them (<c>--where arch=aarch64</c>, <c>--xname</c>, <c>--missing-ip</c>), as the API's filter map.</summary>
internal static class RecordFilterText
{
    /// <summary>
    /// <paramref name="where"/>'s <c>NAME=VALUE</c> pairs, then the named filters that are set (null or false: not set).
    /// </summary>
    /// <exception cref="PipelineInputException">A <c>--where</c> item is not <c>NAME=VALUE</c>.</exception>
    public static Dictionary<string, string> Parse(IEnumerable<string> where, params (string Name, string? Value)[] named)
    {
        ArgumentNullException.ThrowIfNull(where);
        var filters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var item in where)
        {
            var equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                throw new PipelineInputException($"--where {QuotedValue.Of(item)} is not NAME=VALUE");
            }

            filters[item[..equals]] = item[(equals + 1)..];
        }

        foreach (var (name, value) in named.Where(n => n.Value is not null))
        {
            filters[name] = value!;
        }

        return filters;
    }
}
