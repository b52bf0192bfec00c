using System.Net;
using System.Net.Sockets;
using Makaretu.Dns;

namespace Discovery.Scanning.Mdns;

/// <summary>
/// Folds mDNS answers (PTR, SRV, TXT, A, AAAA, from any section of any message) into service instances of the browsed
/// types. An instance is ready once its PTR, its SRV and an address of its SRV host have all been seen, in whatever
/// order and message they came. Not thread-safe: one browse feeds it from one loop.
/// </summary>
internal sealed class MdnsAnswers
{
    private readonly HashSet<string> _types;
    private readonly Dictionary<string, string> _instanceTypes = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, SRVRecord> _services = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, IReadOnlyList<string>> _texts = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, List<IPAddress>> _addresses = new(StringComparer.OrdinalIgnoreCase);
    private readonly HashSet<string> _reported = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Creates the fold for <paramref name="serviceTypes"/> (e.g. <c>_redfish._tcp.local</c>); answers for other types are ignored.</summary>
    public MdnsAnswers(IEnumerable<string> serviceTypes)
    {
        ArgumentNullException.ThrowIfNull(serviceTypes);
        _types = new HashSet<string>(serviceTypes, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Adds every record of <paramref name="message"/>.</summary>
    public void Add(Message message)
    {
        ArgumentNullException.ThrowIfNull(message);
        foreach (var record in message.Answers.Concat(message.AuthorityRecords).Concat(message.AdditionalRecords))
        {
            var name = record.Name?.ToString() ?? string.Empty;
            switch (record)
            {
                case PTRRecord ptr when _types.Contains(name):
                    _instanceTypes.TryAdd(ptr.DomainName.ToString(), name);
                    break;
                case SRVRecord srv:
                    _services[name] = srv;
                    break;
                case TXTRecord txt:
                    _texts[name] = [.. txt.Strings];
                    break;
                case ARecord a:
                    AddAddress(name, a.Address);
                    break;
                case AAAARecord aaaa:
                    AddAddress(name, aaaa.Address);
                    break;
            }
        }
    }

    /// <summary>Instances that became ready since the last call (each is returned once).</summary>
    public IReadOnlyList<MdnsServiceInstance> TakeReady()
    {
        var ready = new List<MdnsServiceInstance>();
        foreach (var (instance, type) in _instanceTypes)
        {
            if (_reported.Contains(instance) || !_services.TryGetValue(instance, out var srv)
                || !_addresses.TryGetValue(srv.Target.ToString(), out var addresses))
            {
                continue;
            }

            // IPv4 first: a BMC's management address is nearly always v4, and a v6 one here is often link-local.
            var address = addresses.FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork) ?? addresses[0];
            _reported.Add(instance);
            ready.Add(new MdnsServiceInstance(instance, type, srv.Target.ToString(), srv.Port, address, _texts.GetValueOrDefault(instance) ?? []));
        }

        return ready;
    }

    /// <summary>
    /// Names still to ask about: instances seen by PTR without an SRV (ask SRV), and SRV hosts without an address (ask A).
    /// </summary>
    public IEnumerable<(string Name, DnsType Type)> Missing()
    {
        foreach (var instance in _instanceTypes.Keys.Where(i => !_reported.Contains(i)))
        {
            if (!_services.TryGetValue(instance, out var srv))
            {
                yield return (instance, DnsType.SRV);
            }
            else if (!_addresses.ContainsKey(srv.Target.ToString()))
            {
                yield return (srv.Target.ToString(), DnsType.A);
            }
        }
    }

    private void AddAddress(string host, IPAddress address)
    {
        if (!_addresses.TryGetValue(host, out var list))
        {
            _addresses[host] = list = [];
        }

        if (!list.Contains(address))
        {
            list.Add(address);
        }
    }
}
