using Discovery.CrawlLog;

namespace Discovery.Tests.TestSupport;

/// <summary>Realistic responses rows (1-2 KB Redfish bodies of a few resource types) for the benchmark and kill test.</summary>
internal static class BenchRows
{
    private static readonly string[] Paddings = [.. Enumerable.Range(0, 8).Select(i => new string('x', i * 90))];

    public static ResponseLogRow Response(int i)
    {
        var body = (i % 4) switch
        {
            // The same text as replacing "On" in SystemBody(i), without a second copy of every fourth body.
            0 => CrawlLogSamples.SystemBody(i, i % 9 == 0 ? "Off" : "On"),
            1 => $$$"""
                {"@odata.type":"#EthernetInterface.v1_9_0.EthernetInterface","@odata.id":"/redfish/v1/Systems/{{{i % 500}}}/EthernetInterfaces/{{{i}}}",
                 "Id":"{{{i}}}","Name":"Ethernet Interface","Description":"System NIC {{{i}}}","Status":{"State":"Enabled","Health":"OK"},
                 "PermanentMACAddress":"12:44:6A:3B:04:{{{i % 256:X2}}}","MACAddress":"12:44:6A:3B:04:{{{i % 256:X2}}}","SpeedMbps":10000,
                 "AutoNeg":true,"FullDuplex":true,"MTUSize":1500,"HostName":"node{{{i % 500}}}","FQDN":"node{{{i % 500}}}.cluster.example",
                 "IPv4Addresses":[{"Address":"10.{{{i % 200}}}.{{{i % 250}}}.{{{i % 240}}}","SubnetMask":"255.255.252.0","AddressOrigin":"DHCP","Gateway":"10.0.0.1"}],
                 "IPv6Addresses":[{"Address":"fe80::1ec1:deff:fe6f:{{{i % 65536:x4}}}","PrefixLength":64,"AddressOrigin":"SLAAC","AddressState":"Preferred"}],
                 "NameServers":["10.0.0.2"],"VLAN":{"VLANEnable":false,"VLANId":0},"Pad":"{{{Paddings[i % 8]}}}"}
                """,
            2 => $$$"""
                {"@odata.type":"#Manager.v1_10_0.Manager","@odata.id":"/redfish/v1/Managers/BMC{{{i % 500}}}","Id":"BMC","Name":"Manager",
                 "ManagerType":"BMC","UUID":"58893887-8974-2487-2389-{{{i:D12}}}","Model":"Joo Janta 200","FirmwareVersion":"4.4.{{{i % 7}}}",
                 "DateTime":"2026-11-22T02:15:00+00:00","DateTimeLocalOffset":"+00:00","Status":{"State":"Enabled","Health":"OK"},
                 "PowerState":"On","ServiceEntryPointUUID":"92384634-2938-2342-8820-489239905423",
                 "GraphicalConsole":{"ServiceEnabled":true,"MaxConcurrentSessions":2,"ConnectTypesSupported":["KVMIP"]},
                 "SerialConsole":{"ServiceEnabled":true,"MaxConcurrentSessions":1,"ConnectTypesSupported":["Telnet","SSH","IPMI"]},
                 "EthernetInterfaces":{"@odata.id":"/redfish/v1/Managers/BMC/EthernetInterfaces"},"Pad":"{{{Paddings[i % 8]}}}",
                 "Links":{"ManagerForServers":[{"@odata.id":"/redfish/v1/Systems/{{{i % 500}}}"}],"ManagerForChassis":[{"@odata.id":"/redfish/v1/Chassis/1U"}]}}
                """,
            _ => $$$"""
                {"@odata.type":"#AccountService.v1_11_0.AccountService","@odata.id":"/redfish/v1/AccountService","Id":"AccountService",
                 "Name":"Account Service","Status":{"State":"Enabled","Health":"OK"},"ServiceEnabled":true,"AuthFailureLoggingThreshold":3,
                 "MinPasswordLength":8,"MaxPasswordLength":20,"AccountLockoutThreshold":5,"AccountLockoutDuration":30,
                 "AccountLockoutCounterResetAfter":30,"Accounts":{"@odata.id":"/redfish/v1/AccountService/Accounts"},
                 "Roles":{"@odata.id":"/redfish/v1/AccountService/Roles"},"LocalAccountAuth":"Enabled","Pad":"{{{Paddings[i % 8]}}}",
                 "LDAP":{"ServiceEnabled":false,"Authentication":{"AuthenticationType":"UsernameAndPassword","Username":"cn=admin","Password":null} } }
                """,
        };
        return new ResponseLogRow
        {
            Timestamp = CrawlLogSamples.Start.AddTicks(i * 1000L),
            Bmc = $"127.0.{(i / 250) % 200}.{2 + (i % 250)}",
            Port = 443,
            Method = "GET",
            Uri = $"/redfish/v1/Resource/{i}",
            Status = i % 97 == 0 ? 503 : 200,
            ElapsedMs = 5 + (i % 400),
            Bytes = body.Length,
            ETag = $"W/\"{i % 10007:x}\"",
            Body = body,
        };
    }
}
