using System.Text.Json;
using Discovery.Redfish.Mapping;

namespace Discovery.Redfish.Crawling;

/// <summary>Finds the links of a Redfish document: every <c>@odata.id</c> and <c>@odata.nextLink</c>, at any depth.</summary>
internal static class LinkExtractor
{
    /// <summary>One link and whether it sits in the document's top-level <c>Members</c> array.</summary>
    public readonly record struct Link(string Uri, bool IsMember);

    /// <summary>The followable links of <paramref name="document"/> (same-service relative paths only).</summary>
    public static List<Link> Extract(JsonElement document)
    {
        var links = new List<Link>();
        if (document.ValueKind != JsonValueKind.Object)
        {
            return links;
        }

        foreach (var property in document.EnumerateObject())
        {
            // The document's own @odata.id is where we are; skip it.
            if (property.NameEquals("@odata.id"))
            {
                continue;
            }

            Walk(property.Name, property.Value, property.NameEquals("Members"), links);
        }

        return links;
    }

    private static void Walk(string name, JsonElement value, bool isMember, List<Link> links)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String when name is "@odata.id" or "@odata.nextLink" or "Members@odata.nextLink":
                var uri = value.Text();
                // The DMTF mockup links an absolute https://redfishpdu.contoso.com/...: never leave the BMC.
                if (uri is not null && RedfishPath.IsFollowable(uri))
                {
                    links.Add(new Link(uri, isMember));
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in value.EnumerateObject())
                {
                    // Only a member's own @odata.id is the member; links inside an expanded member are not.
                    Walk(property.Name, property.Value, isMember && property.NameEquals("@odata.id"), links);
                }

                break;
            case JsonValueKind.Array:
                foreach (var item in value.EnumerateArray())
                {
                    Walk(name, item, isMember, links);
                }

                break;
            default:
                break;
        }
    }
}
