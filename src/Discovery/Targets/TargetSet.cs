using System.Net;
using System.Net.Sockets;

namespace Discovery.Targets;

/// <summary>
/// The addresses to scan: included ranges merged, excluded ranges cut out. Kept as disjoint sorted ranges, so
/// every address is enumerated exactly once and a /16 costs a handful of numbers until it is enumerated.
/// </summary>
internal sealed class TargetSet
{
    private TargetSet(IReadOnlyList<AddressRange> ranges)
    {
        Ranges = ranges;
        Count = ranges.Aggregate(0UL, (sum, r) => sum + r.Count);
    }

    /// <summary>An empty set.</summary>
    public static TargetSet Empty { get; } = new([]);

    /// <summary>Disjoint, non-adjacent ranges in ascending order (IPv4 before IPv6).</summary>
    public IReadOnlyList<AddressRange> Ranges { get; }

    /// <summary>How many distinct addresses the set holds.</summary>
    public ulong Count { get; }

    /// <summary>Builds the set of <paramref name="include"/> minus <paramref name="exclude"/>.</summary>
    public static TargetSet Create(IEnumerable<AddressRange> include, IEnumerable<AddressRange> exclude)
    {
        ArgumentNullException.ThrowIfNull(include);
        ArgumentNullException.ThrowIfNull(exclude);
        var kept = Merge(include);
        var cut = Merge(exclude);
        var result = new List<AddressRange>(kept.Count);
        var j = 0;
        foreach (var range in kept)
        {
            var first = range.First;
            var done = false;
            while (j < cut.Count && Before(cut[j], range))
            {
                j++;
            }

            for (var k = j; k < cut.Count && !done && cut[k].Family == range.Family && cut[k].First <= range.Last; k++)
            {
                if (cut[k].First > first)
                {
                    result.Add(new AddressRange(range.Family, first, cut[k].First - 1));
                }

                if (cut[k].Last >= range.Last)
                {
                    done = true;
                }
                else if (cut[k].Last >= first)
                {
                    first = cut[k].Last + 1;
                }
            }

            if (!done)
            {
                result.Add(new AddressRange(range.Family, first, range.Last));
            }
        }

        return new TargetSet(result);
    }

    /// <summary>Enumerates every address once, lazily, in ascending order.</summary>
    public IEnumerable<IPAddress> Enumerate() => Ranges.SelectMany(r => r.Enumerate());

    /// <summary>True when <paramref name="address"/> is in the set.</summary>
    public bool Contains(IPAddress address) => Ranges.Any(r => r.Contains(address));

    private static bool Before(AddressRange cut, AddressRange range) =>
        FamilyOrder(cut.Family) < FamilyOrder(range.Family)
        || (cut.Family == range.Family && cut.Last < range.First);

    private static List<AddressRange> Merge(IEnumerable<AddressRange> ranges)
    {
        var sorted = ranges.OrderBy(r => FamilyOrder(r.Family)).ThenBy(r => r.First).ToList();
        var merged = new List<AddressRange>(sorted.Count);
        foreach (var range in sorted)
        {
            if (merged.Count > 0)
            {
                var last = merged[^1];
                // Overlapping or adjacent ranges of one family become one, so no address is counted twice.
                if (last.Family == range.Family && (last.Last == UInt128.MaxValue || range.First <= last.Last + 1))
                {
                    merged[^1] = new AddressRange(last.Family, last.First, UInt128.Max(last.Last, range.Last));
                    continue;
                }
            }

            merged.Add(range);
        }

        return merged;
    }

    private static int FamilyOrder(AddressFamily family) => family == AddressFamily.InterNetwork ? 0 : 1;
}
