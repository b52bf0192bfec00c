using System.Globalization;
using System.Text.Json.Nodes;

namespace Discovery.Store;

/// <summary>
/// How many items each list inside a record may hold when people write it (the API's POST and PUT, <c>apply</c>), in
/// one place. Generous for any real cluster, yet a record stays small enough to read, diff and store at once: without
/// them one request of 300,000 NICs took the server to 1.8 GB. Records collected from BMCs are never checked
/// against these: what a BMC reports is kept whole.
/// </summary>
internal static class RecordListLimits
{
    /// <summary>NICs of one node or BMC.</summary>
    public const int NetworkInterfaces = 1024;

    /// <summary>Groups one node is a member of.</summary>
    public const int GroupsPerNode = 1024;

    /// <summary>IPv4 or IPv6 addresses of one NIC (each list).</summary>
    public const int AddressesPerInterface = 256;

    /// <summary>Members of one group (a group of every node of a large cluster still fits).</summary>
    public const int MembersPerGroup = 262_144;

    /// <summary>Labels of one group.</summary>
    public const int LabelsPerGroup = 256;

    private static readonly (string Field, int Limit)[] InterfaceLists =
        [("ipv4_addresses", AddressesPerInterface), ("ipv6_addresses", AddressesPerInterface)];

    private static readonly (string Field, int Limit)[] NodeLists = [("network_interfaces", NetworkInterfaces), ("groups", GroupsPerNode)];

    private static readonly (string Field, int Limit)[] BmcLists = [("network_interfaces", NetworkInterfaces)];

    private static readonly (string Field, int Limit)[] GroupLists = [("members", MembersPerGroup), ("labels", LabelsPerGroup)];

    /// <summary>
    /// The lists of <paramref name="record"/> (a <paramref name="kind"/> as JSON, whole or only the fields a manifest
    /// names) that are longer than allowed, each named by its path (<c>network_interfaces[2].ipv4_addresses</c>).
    /// </summary>
    public static IReadOnlyList<RecordError> Check(RecordKind kind, JsonObject record)
    {
        ArgumentNullException.ThrowIfNull(record);
        var errors = new List<RecordError>();
        Check(record, string.Empty, kind switch
        {
            RecordKind.Node => NodeLists,
            RecordKind.Bmc => BmcLists,
            RecordKind.Interface => InterfaceLists,
            RecordKind.Group => GroupLists,
            _ => [],
        }, errors);
        if (kind is RecordKind.Node or RecordKind.Bmc && record["network_interfaces"] is JsonArray nics && nics.Count <= NetworkInterfaces)
        {
            for (var i = 0; i < nics.Count; i++)
            {
                if (nics[i] is JsonObject nic)
                {
                    Check(nic, string.Create(CultureInfo.InvariantCulture, $"network_interfaces[{i}]."), InterfaceLists, errors);
                }
            }
        }

        return errors;
    }

    private static void Check(JsonObject record, string prefix, (string Field, int Limit)[] lists, List<RecordError> errors)
    {
        foreach (var (field, limit) in lists)
        {
            var count = record[field] switch
            {
                JsonArray array => array.Count,
                JsonObject map => map.Count,
                _ => 0,
            };
            if (count > limit)
            {
                errors.Add(new RecordError(prefix + field, string.Create(CultureInfo.InvariantCulture, $"{count} items; at most {limit} are allowed")));
            }
        }
    }
}
