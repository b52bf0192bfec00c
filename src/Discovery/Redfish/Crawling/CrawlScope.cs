namespace Discovery.Redfish.Crawling;

/// <summary>Decides, from a URI's identity key, whether a profile fetches it.</summary>
internal static class CrawlScope
{
    /// <summary>Whether <paramref name="profile"/> fetches <paramref name="key"/>.</summary>
    /// <param name="profile">The crawl profile.</param>
    /// <param name="key">A <see cref="RedfishPath.Key"/>.</param>
    /// <param name="memberOfFetchedCollection">
    /// The link is a <c>Members</c> entry of a collection this profile fetched. Intel S2600BPB nests chassis
    /// (<c>Chassis/RackMount/Baseboard</c>), so collection membership, not depth, says it is a chassis.
    /// </param>
    public static bool Includes(CrawlProfile profile, string key, bool memberOfFetchedCollection)
    {
        var s = RedfishPath.SegmentsAfterRoot(key);
        if (!key.StartsWith("/redfish/v1", StringComparison.Ordinal) || IsExcludedEverywhere(s))
        {
            return false;
        }

        return profile == CrawlProfile.Full || memberOfFetchedCollection || IncludesInventory(s, parts: profile != CrawlProfile.Nodes);
    }

    private static bool IsExcludedEverywhere(string[] s)
    {
        if (s.Length > 0 && s[0] is "jsonschemas" or "registries" or "schemastore" or "$metadata" or "odata")
        {
            return true;
        }

        var logs = Array.IndexOf(s, "logservices");
        return logs >= 0 && Array.IndexOf(s, "entries", logs) > logs;
    }

    private static bool IncludesInventory(string[] s, bool parts)
    {
        if (s.Length == 0)
        {
            return true;
        }

        return s[0] switch
        {
            "systems" => s.Length <= 2 || (s[2] switch
            {
                "ethernetinterfaces" or "processors" or "memory" => s.Length <= 4,
                "graphicscontrollers" or "simplestorage" => parts && s.Length <= 4,
                "storage" or "networkinterfaces" => s.Length <= 6,
                "pciedevices" => parts && s.Length <= 6,
                _ => false,
            }),
            "managers" => s.Length <= 2 || (s[2] switch
            {
                "ethernetinterfaces" or "hostinterfaces" => s.Length <= 4,
                "networkprotocol" => s.Length == 3,
                _ => false,
            }),
            "chassis" => s.Length <= 2 || ((s[2] == "networkadapters" || (parts && s[2] == "pciedevices")) && s.Length <= 6),
            "updateservice" => s.Length == 1 || (s[1] == "firmwareinventory" && s.Length <= 3),
            _ => false,
        };
    }
}
