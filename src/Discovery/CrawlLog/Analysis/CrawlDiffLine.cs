namespace Discovery.CrawlLog.Analysis;

/// <summary>One line of a flattened <see cref="CrawlLogDiff"/>: an added or removed entity, or one changed field.</summary>
/// <param name="Entity"><c>bmc</c>, <c>node</c>, <c>nic</c> or <c>part</c>.</param>
/// <param name="Change"><c>added</c>, <c>removed</c> or <c>changed</c>.</param>
/// <param name="Key">The identity key the entity was matched on.</param>
/// <param name="Field">The changed field (null for added/removed).</param>
/// <param name="Before">The field's value in the first run.</param>
/// <param name="After">The field's value in the second run.</param>
internal sealed record CrawlDiffLine(string Entity, string Change, string Key, string? Field, string? Before, string? After);
