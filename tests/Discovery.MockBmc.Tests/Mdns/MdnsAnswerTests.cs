using System.Net;
using Discovery.MockBmc.Mdns;
using Makaretu.Dns;

namespace Discovery.MockBmc.Tests.Mdns;

/// <summary>What the mock's mDNS responder answers (MdnsAnswer), through the DNS wire format.</summary>
public sealed class MdnsAnswerTests
{
    private static readonly MdnsAdvertisement[] Advertised =
    [
        new("bmc-0", MdnsAdvertisement.Redfish, IPAddress.Parse("127.0.0.2"), 8443, ["txtvers=1", "uuid=u-0"]),
        new("bmc-1", MdnsAdvertisement.OpenBmcRedfish, IPAddress.Parse("127.0.0.3"), 443, ["txtvers=1"]),
        new("printer", "_ipp._tcp", IPAddress.Parse("127.0.0.2"), 631, ["txtvers=1"]),
    ];

    [Fact]
    public void For_OneShotPtrQuery_AnswersThatTypeOnlyWithSrvTxtAndAddress_EchoingIdAndQuestion()
    {
        var query = Query(7, ("_redfish._tcp.local", DnsType.PTR));

        var answer = RoundTrip(Assert.Single(MdnsAnswer.For(query, Advertised, legacyUnicast: true)));

        Assert.Equal(7, answer.Id);
        Assert.Equal("_redfish._tcp.local", Assert.Single(answer.Questions).Name.ToString());
        var ptr = Assert.IsType<PTRRecord>(Assert.Single(answer.Answers));
        Assert.Equal("bmc-0._redfish._tcp.local", ptr.DomainName.ToString());
        Assert.Equal(TimeSpan.FromSeconds(10), ptr.TTL);
        var srv = Assert.Single(answer.AdditionalRecords.OfType<SRVRecord>());
        Assert.Equal((8443, "bmc-0.local"), (srv.Port, srv.Target.ToString()));
        Assert.Equal(["txtvers=1", "uuid=u-0"], Assert.Single(answer.AdditionalRecords.OfType<TXTRecord>()).Strings);
        Assert.Equal(IPAddress.Parse("127.0.0.2"), Assert.Single(answer.AdditionalRecords.OfType<ARecord>()).Address);
    }

    [Fact]
    public void For_MulticastQueryForAHost_AnswersWithoutQuestionsOrId()
    {
        var query = Query(9, ("bmc-1.local", DnsType.A));

        var answer = RoundTrip(Assert.Single(MdnsAnswer.For(query, Advertised, legacyUnicast: false)));

        Assert.Equal(0, answer.Id);
        Assert.Empty(answer.Questions);
        Assert.Equal(IPAddress.Parse("127.0.0.3"), Assert.Single(answer.Answers.OfType<ARecord>()).Address);
    }

    [Fact]
    public void For_UnknownNameOrType_AnswersNothing()
    {
        Assert.Empty(MdnsAnswer.For(Query(1, ("_http._tcp.local", DnsType.PTR), ("other.local", DnsType.A)), Advertised, legacyUnicast: true));
    }

    [Fact]
    public void For_ManyInstances_SplitsIntoMessagesUnderTheMdnsLimit()
    {
        var fleet = Enumerable.Range(0, 200)
            .Select(i => new MdnsAdvertisement($"bmc-{i}", MdnsAdvertisement.Redfish, IPAddress.Parse($"127.0.{i / 250}.{(i % 250) + 2}"), 443, ["txtvers=1", "path=/redfish/v1/", $"uuid={Guid.NewGuid()}"]))
            .ToList();

        var answers = MdnsAnswer.For(Query(1, ("_redfish._tcp.local", DnsType.PTR)), fleet, legacyUnicast: true);

        Assert.All(answers, a => Assert.InRange(a.ToByteArray().Length, 1, 9000));
        Assert.Equal(200, answers.Sum(a => a.Answers.Count));
    }

    private static Message Query(ushort id, params (string Name, DnsType Type)[] questions)
    {
        var query = new Message { Id = id };
        query.Questions.AddRange(questions.Select(q => new Question { Name = q.Name, Type = q.Type }));
        return RoundTrip(query);
    }

    private static Message RoundTrip(Message message)
    {
        var bytes = message.ToByteArray();
        var read = new Message();
        read.Read(bytes, 0, bytes.Length);
        return read;
    }
}
