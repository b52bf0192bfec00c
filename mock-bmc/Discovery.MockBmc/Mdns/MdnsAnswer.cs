using Makaretu.Dns;

namespace Discovery.MockBmc.Mdns;

/// <summary>
/// Builds the answers of the mock's mDNS responder: PTR for a browsed service type (with SRV, TXT and A as additional
/// records), SRV and TXT for an instance, A for a host. Large answers are split into several messages so each stays
/// well under RFC 6762's 9,000-byte limit.
/// </summary>
public static class MdnsAnswer
{
    // Instances per message: a PTR, SRV, TXT and A of one instance take about 200 bytes.
    private const int InstancesPerMessage = 30;

    /// <summary>The answer messages for <paramref name="query"/>; none when nothing advertised matches.</summary>
    /// <param name="query">The query as received.</param>
    /// <param name="advertisements">What is advertised.</param>
    /// <param name="legacyUnicast">
    /// True when the query came from a port other than 5353 (an RFC 6762 one-shot query): the answer then repeats the
    /// query's id and questions and caps TTLs at 10 s (section 6.7).
    /// </param>
    public static IReadOnlyList<Message> For(Message query, IReadOnlyList<MdnsAdvertisement> advertisements, bool legacyUnicast)
    {
        ArgumentNullException.ThrowIfNull(query);
        ArgumentNullException.ThrowIfNull(advertisements);
        var matched = new List<(MdnsAdvertisement Ad, bool Ptr)>();
        foreach (var question in query.Questions)
        {
            var name = question.Name.ToString();
            foreach (var ad in advertisements)
            {
                if (question.Type is DnsType.PTR or DnsType.ANY && Same(name, ad.QualifiedType))
                {
                    matched.Add((ad, true));
                }
                else if (Same(name, ad.QualifiedInstance) || Same(name, ad.Host))
                {
                    matched.Add((ad, false));
                }
            }
        }

        var ttl = legacyUnicast ? TimeSpan.FromSeconds(10) : TimeSpan.FromMinutes(75);
        return [.. matched.Distinct().Chunk(InstancesPerMessage).Select(chunk => Message(query, chunk, ttl, legacyUnicast))];
    }

    private static Message Message(Message query, IEnumerable<(MdnsAdvertisement Ad, bool Ptr)> matched, TimeSpan ttl, bool legacyUnicast)
    {
        var message = new Message { QR = true, AA = true, Id = legacyUnicast ? query.Id : (ushort)0 };
        if (legacyUnicast)
        {
            message.Questions.AddRange(query.Questions);
        }

        foreach (var (ad, ptr) in matched)
        {
            var records = ptr ? message.AdditionalRecords : message.Answers;
            if (ptr)
            {
                message.Answers.Add(new PTRRecord { Name = ad.QualifiedType, DomainName = ad.QualifiedInstance, TTL = ttl });
            }

            records.Add(new SRVRecord { Name = ad.QualifiedInstance, Target = ad.Host, Port = (ushort)ad.Port, TTL = ttl });
            records.Add(new TXTRecord { Name = ad.QualifiedInstance, Strings = [.. ad.Text], TTL = ttl });
            records.Add(new ARecord { Name = ad.Host, Address = ad.Address, TTL = ttl });
        }

        return message;
    }

    private static bool Same(string a, string b) => string.Equals(a.TrimEnd('.'), b, StringComparison.OrdinalIgnoreCase);
}
