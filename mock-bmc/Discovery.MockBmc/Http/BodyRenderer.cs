using System.Buffers;
using System.Text;
using System.Text.Json;
using Discovery.MockBmc.Mockups;

namespace Discovery.MockBmc.Http;

/// <summary>Turns a shared mockup resource into the bytes one instance serves: identity tokens swapped, then body faults.</summary>
internal static class BodyRenderer
{
    public const string CycleKey = "/redfish/v1/mockcycle";

    private static readonly byte[] CycleRootLink = Encoding.UTF8.GetBytes("\"MockCycle\": {\"@odata.id\": \"/redfish/v1/MockCycle\"}, ");
    private static readonly byte[] SelfNextLink = Encoding.UTF8.GetBytes("\"Members@odata.nextLink\": \"/redfish/v1/Systems?$skiptoken=mock\", ");

    public static ReadOnlyMemory<byte> Render(MockupResource resource, IdentityToken[] tokens, string[] served, FaultState state)
    {
        var faults = state.Faults;
        var body = resource.Spans.Count == 0 && !state.ChangesBodies ? resource.Body : Substitute(resource, tokens, served, faults.FirmwareVersion);
        if (faults.LinkCycle && resource.Role is ResourceRole.ServiceRoot or ResourceRole.SystemsCollection)
        {
            body = InsertAfterOpeningBrace(body, resource.Role == ResourceRole.ServiceRoot ? CycleRootLink : SelfNextLink);
        }

        if (faults.OversizedBodyBytes is { } size && resource.Role == ResourceRole.SystemMember && body.Length < size)
        {
            body = Pad(body, size);
        }

        return Corrupt(resource.Key, body, state);
    }

    /// <summary>Applies the malformed/truncated faults to any body (dynamic ones included).</summary>
    public static ReadOnlyMemory<byte> Corrupt(string key, byte[] body, FaultState state)
    {
        if (state.IsTruncated(key))
        {
            return body.AsMemory(0, body.Length / 2);
        }

        if (state.IsMalformed(key))
        {
            // A dangling member and a doubled comma: no JSON parser accepts it, yet it starts like the real body.
            var cut = Array.LastIndexOf(body, (byte)'}');
            var head = cut > 0 ? body.AsSpan(0, cut) : body.AsSpan();
            return Concat(head, ",, \"Broken\": }"u8);
        }

        return body;
    }

    /// <summary>The MockCycle resources: a collection whose next page is itself, and A -> B -> A, each also linking the ServiceRoot.</summary>
    public static byte[]? Cycle(string key) => key switch
    {
        CycleKey => Encoding.UTF8.GetBytes("{\"@odata.id\": \"/redfish/v1/MockCycle\", \"@odata.type\": \"#MockCycleCollection.MockCycleCollection\", \"Name\": \"Link cycle\", \"Members@odata.count\": 2, \"Members\": [{\"@odata.id\": \"/redfish/v1/MockCycle/A\"}], \"Members@odata.nextLink\": \"/redfish/v1/MockCycle?$skiptoken=1\"}"),
        CycleKey + "/a" => Encoding.UTF8.GetBytes("{\"@odata.id\": \"/redfish/v1/MockCycle/A\", \"Id\": \"A\", \"Name\": \"Cycle A\", \"Links\": {\"Next\": {\"@odata.id\": \"/redfish/v1/MockCycle/B\"}, \"Root\": {\"@odata.id\": \"/redfish/v1\"}}}"),
        CycleKey + "/b" => Encoding.UTF8.GetBytes("{\"@odata.id\": \"/redfish/v1/MockCycle/B\", \"Id\": \"B\", \"Name\": \"Cycle B\", \"Links\": {\"Next\": {\"@odata.id\": \"/redfish/v1/MockCycle/A\"}, \"Collection\": {\"@odata.id\": \"/redfish/v1/MockCycle/\"}}}"),
        _ => null,
    };

    private static byte[] Substitute(MockupResource resource, IdentityToken[] tokens, string[] served, string? firmware)
    {
        var source = resource.Body;
        var buffer = new ArrayBufferWriter<byte>(source.Length + 64);
        var position = 0;
        foreach (var span in resource.Spans)
        {
            buffer.Write(source.AsSpan(position, span.Offset - position));
            if (tokens[span.TokenId].Kind == TokenKind.FirmwareVersion && firmware is not null)
            {
                buffer.Write(JsonEncodedText.Encode(firmware).EncodedUtf8Bytes);
            }
            else
            {
                var value = served[span.TokenId];
                var bytes = buffer.GetSpan(Encoding.UTF8.GetMaxByteCount(value.Length));
                buffer.Advance(Encoding.UTF8.GetBytes(value, bytes));
            }

            position = span.Offset + span.Length;
        }

        buffer.Write(source.AsSpan(position));
        return buffer.WrittenSpan.ToArray();
    }

    private static byte[] InsertAfterOpeningBrace(byte[] body, byte[] insert)
    {
        var brace = Array.IndexOf(body, (byte)'{');
        return brace < 0 ? body : [.. body.AsSpan(0, brace + 1), .. insert, .. body.AsSpan(brace + 1)];
    }

    private static byte[] Pad(byte[] body, long size)
    {
        var cut = Array.LastIndexOf(body, (byte)'}');
        if (cut < 0)
        {
            return body;
        }

        var padded = new byte[size];
        body.AsSpan(0, cut).CopyTo(padded);
        padded.AsSpan(cut, (int)size - body.Length).Fill((byte)' ');
        body.AsSpan(cut).CopyTo(padded.AsSpan((int)size - (body.Length - cut)));
        return padded;
    }

    private static byte[] Concat(ReadOnlySpan<byte> head, ReadOnlySpan<byte> tail) => [.. head, .. tail];
}
